for base in (int, tuple, bytes, str, float, list):
    for slots in (("a",), ("__dict__",), ("__weakref__",), ()):
        try:
            class X(base):
                __slots__ = slots
            print(base.__name__, slots, "ok")
        except TypeError as e:
            print(base.__name__, slots, e)
class MyInt(int): pass
try:
    class Y(MyInt):
        __slots__ = ("q",)
except TypeError as e:
    print(e)
