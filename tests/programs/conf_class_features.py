# __init_subclass__, __class_getitem__, __getattribute__, __getattr__, super() forms, __prepare__ mappings
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class CSV(Plugin, name="csv"): pass
class Json(Plugin): pass
print(sorted(Plugin.registry), CSV.plugin_name, Json.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], list[int], dict[str, list[int]], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(tuple[int, ...], list[int] == list[int], isinstance([], list[int].__origin__))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)

class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"<default {name}>"
l = Logged()
print(l.x, l.missing, l.secret_key, getattr(l, "secret2", "dflt"), hasattr(l, "anything"))

class Prop:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"getattr({name})"
print(Prop().broken)

class A:
    def who(self): return "A"
    @classmethod
    def cm(cls): return f"A.cm({cls.__name__})"
    @staticmethod
    def sm(): return "A.sm"
class B(A):
    def who(self): return "B>" + super().who()
    @classmethod
    def cm(cls): return "B>" + super().cm()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
    def explicit(self): return super(B, self).who()
print(D().who(), D.cm(), D().explicit(), [k.__name__ for k in D.__mro__], super(D, D()).sm())
print(super(D).__class__.__name__, repr(super(B, D()))[:20])
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
def free():
    return super().x
try:
    free()
except RuntimeError as e:
    print("RuntimeError:", e)

class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OrderedNS()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
class Fields(metaclass=M):
    z = 1
    a = 2
    def m(self): pass
    z = 3
print(Fields.order, Fields.z)
class CallCount(type):
    def __call__(cls, *a, **k):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*a, **k)
class Thing(metaclass=CallCount):
    def __init__(self, v=0): self.v = v
Thing(); Thing(2)
print(Thing.count, type(Thing), isinstance(Thing, CallCount))
T = type("T", (A,), {"x": 5, "who": lambda self: "T"})
print(T().who(), T.x, T.__name__, T.__bases__, T.__qualname__)
class WithSlotsAndDict:
    __slots__ = ("a", "__dict__")
w = WithSlotsAndDict(); w.a = 1; w.b = 2
print(w.a, w.__dict__)
print(A.__dict__["cm"].__func__.__name__, type(A.__dict__["sm"]).__name__, A.sm.__name__, A().cm.__self__ is A)
class Abstract:
    def method(self):
        raise NotImplementedError("subclass must implement")
try:
    Abstract().method()
except NotImplementedError as e:
    print("NotImplementedError:", e)
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Sq(Shape):
    def area(self): return 4
    def name(self): return "sq"
print(Sq().area(), isinstance(Sq(), Shape), Shape.__abstractmethods__ == frozenset({"area", "name"}))
