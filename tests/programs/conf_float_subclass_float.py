# float(x) calls __float__ of float subclasses (only an exact float is returned as is)
class Foo2(float):
    def __float__(self):
        return 42.


class Foo4(float):
    def __float__(self):
        return 42


class Plain(float):
    pass


print(float(Foo2()), float(Foo2(3.5)), float(Plain(2.5)), type(float(Plain(2.5))).__name__)
try:
    float(Foo4(1))
except TypeError as exc:
    print(exc)


class Sub(float):
    pass


print(Sub(Foo2(1.0)), type(Sub(Plain(7.0))).__name__)
