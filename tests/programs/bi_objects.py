# object(), type(), super(), property/classmethod/staticmethod as builtins, slice, memo of builtins
o = object()
print(type(o).__name__, o == o, o != object(), bool(o), str(o)[:8] == "<object ", hash(o) == hash(o))
print(object.__new__(object).__class__.__name__)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().__init__(1)
except TypeError as e:
    print(type(e).__name__, e)
print(dir(object())[:5])
print(object.__eq__(o, o), object.__ne__(o, 1), object.__lt__(o, 1), o.__reduce_ex__(2)[0].__name__ if hasattr(o, "__reduce_ex__") else "")
print(object.__subclasshook__(), object.__format__(o, "") == str(o))
try:
    format(o, "x")
except TypeError as e:
    print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(3), slice(None, None, -1).indices(4), slice(1, 2) == slice(1, 2))
print([0, 1, 2, 3, 4, 5][s], "abcdef"[slice(None, None, -2)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
# property(), classmethod(), staticmethod() called directly
class C:
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v * 2
    v = property(_get, _set, None, "v doc")
    def plain(cls):
        return cls.__name__
    cm = classmethod(plain)
    sm = staticmethod(len)
c = C()
c.v = 5
print(c.v, C.v.__doc__, C.cm(), c.sm("abc"), C.sm([1, 2]))
p = property(lambda self: 1)
p2 = p.setter(lambda self, v: None)
print(p is p2, p2.fset is not None, p.fset)
print(isinstance(C.__dict__["cm"], classmethod), C.__dict__["sm"].__func__ is len)
sm = staticmethod(lambda: "called directly")
print(sm())
# type() introspection
print(type("X", (), {})().__class__.__name__, type(1) == int, type("a") != str)
# memoryview/bytearray existence
print(callable(memoryview), callable(bytearray))
# NotImplemented and Ellipsis
print(NotImplemented, Ellipsis, ..., type(...).__name__, bool(...))
print(repr(NotImplemented), NotImplemented.__class__.__name__)
try:
    bool(NotImplemented)
    print("bool(NotImplemented) ok")
except TypeError as e:
    print(type(e).__name__, e)
print(None.__class__, type(None)() is None, None is None, None == None, bool(None))
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
# __debug__
print(__debug__)
# builtins module
import builtins
print(builtins.__name__, builtins.len is len, hasattr(builtins, "print"), "open" in dir(builtins))
builtins.my_global_helper = lambda: "from builtins"
print(my_global_helper())
del builtins.my_global_helper
try:
    my_global_helper()
except NameError as e:
    print(type(e).__name__, e)
# shadowing builtins
def shadow():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow(), len([1, 2]))
print(copyright.__class__.__name__, credits.__class__.__name__, license.__class__.__name__, type(help).__name__)
print(repr(exit), repr(quit))
