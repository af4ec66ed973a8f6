class Bad:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot bind {name}")
try:
    class Owner:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None, getattr(e, "__notes__", None))
class Good:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class O2:
    a = Good()
    b = Good()
O2.c = Good()
print(hasattr(O2, "c"))
class Meta(type):
    def __getattr__(cls, name):
        return f"meta-{name}"
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter([1, 2])
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, x):
        return x == "in"
    def __bool__(cls):
        return False
    def __invert__(cls):
        return "inverted"
class WithMeta(metaclass=Meta):
    real = 1
print(WithMeta.real, WithMeta.fake, len(WithMeta), list(WithMeta), WithMeta[5], "in" in WithMeta, bool(WithMeta), ~WithMeta)
class Meta2(type):
    def __repr__(cls):
        return f"<{cls.__name__} via Meta2>"
    def __str__(cls):
        return "str of class"
    def __eq__(cls, other):
        return True
    __hash__ = type.__hash__
class X(metaclass=Meta2):
    pass
print(repr(X), str(X), X == 5, f"{X}", [X])
class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
print(s.a, hasattr(s, "b"), Slotted.a.__name__, Slotted.a.__objclass__.__name__, repr(Slotted.a))
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.b
except AttributeError as e:
    print("AttributeError:", e)
del s.a
print(hasattr(s, "a"))
try:
    Slotted.a.__get__(5)
except TypeError as e:
    print("TypeError:", e)
class Parent:
    __slots__ = ("x",)
class Child(Parent):
    __slots__ = ("y",)
c = Child(); c.x = 1; c.y = 2
print(c.x, c.y, Child.__slots__, hasattr(c, "__dict__"))
class Child2(Parent):
    pass
c2 = Child2(); c2.z = 3; print(c2.__dict__)
class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = "hidden"
    def get(self):
        return self.__secret
print(Private().get(), Private.__slots__, [k for k in Private.__dict__ if "secret" in k])
class Mangle:
    def __init__(self):
        self.__x = 1
        self._y = 2
        self.__z__ = 3
print(sorted(vars(Mangle())))
