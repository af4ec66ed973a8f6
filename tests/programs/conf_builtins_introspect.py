class Base:
    cls_attr = 1
    def method(self):
        return "m"
class Derived(Base):
    def __init__(self):
        self.inst = 2
d = Derived()
print(vars(d), sorted(vars(Derived)), [n for n in dir(d) if not n.startswith("__")], "method" in dir(Derived))
print(getattr(d, "inst"), getattr(d, "cls_attr"), getattr(d, "nope", None), hasattr(d, "method"), callable(d.method), callable(Derived))
setattr(d, "dyn", 3); print(d.dyn); delattr(d, "dyn"); print(hasattr(d, "dyn"))
try:
    delattr(d, "dyn")
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(d, Base), isinstance(d, (int, Base)), isinstance(1, int | str), isinstance(None, type(None) | int), issubclass(Derived, Base | int), issubclass(bool, (str, int)))
print(type(d) is Derived, type(d).__mro__, Derived.__base__, Derived.__bases__, Base.__subclasses__())
print(isinstance(Derived, type), isinstance(type, type), isinstance(type, object), isinstance(object, type), type(type) is type)
def func(a, b=2):
    x = a + b
    return locals()
print(func(1), sorted(globals())[:3] if False else "")
class Dir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Dir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)
print(len(dir()) > 0, "Dir" in dir(), sorted(dir([]))[:3])
print(vars()["Base"] is Base)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class SlotsOnly:
    __slots__ = ("q",)
try:
    vars(SlotsOnly())
except TypeError as e:
    print("TypeError:", e)
print(getattr(Derived, "__name__"), getattr(5, "__class__"), type(getattr(d, "method")).__name__)
print(all(callable(getattr(__builtins__, n)) for n in ["len", "print", "sorted", "zip", "map"]))
print(id(d) == id(d), type(id(d)) is int, hash(d) == hash(d), d.__sizeof__() > 0, object.__sizeof__(d) > 0)
print(Derived.__dict__["__init__"].__name__, Derived.__init__.__qualname__, Base.method.__get__(d)(), Base.__dict__["method"](d))
import sys
print(sys.getrefcount(d) >= 2 if hasattr(sys, "getrefcount") else True, sys.getsizeof(1) > 0, type(sys.getsizeof([])).__name__)
print(format(d.method()), ascii(d.method()), repr(d.method()), str(d.method).startswith("<bound method Base.method of"))
