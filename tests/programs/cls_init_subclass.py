class Registry:
    plugins = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Registry.plugins[key] = cls
        print("registered", key, "->", cls.__qualname__)

class Alpha(Registry): pass
class Beta(Registry, name="bee"): pass
class Gamma(Beta): pass
print(sorted(Registry.plugins))

try:
    class Bad(Registry, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)

class Plain: pass
try:
    class Bad2(Plain, flag=True): pass
except TypeError as e:
    print(type(e).__name__, e)

class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")

class Shape(Validated):
    required = ("area",)
    def area(self): return 0
try:
    class Broken(Validated):
        required = ("area", "perimeter")
except TypeError as e:
    print(type(e).__name__, e)

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset:" + self.name)
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v

class Model:
    x = Desc()
    y = Desc()
m = Model()
m.x = 10
print(m.x, m.y, Model.x.name)

class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class Holder:
        attr = BadSetName()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))

d = Desc()
class Late: pass
Late.z = d   # no __set_name__ call for later assignment
print(hasattr(d, "name"))
d.__set_name__(Late, "z")
print(Late().z)

class GenericBox:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(GenericBox[int], GenericBox["x"], GenericBox[int, str])
class SubBox(GenericBox): pass
print(SubBox[float])
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, list[int]], tuple[int, ...], type[Plain])
print(list[int]([1, 2]), list[int].__origin__, dict[str, int].__args__)
import collections, typing
print(collections.OrderedDict[str, int], typing.List[int], typing.Optional[int])

class WithMeta(type):
    def __init_subclass__(mcls, **kw):
        print("meta subclass", mcls.__name__)
class SubMeta(WithMeta): pass

class Counter:
    count = 0
    def __init_subclass__(cls):
        Counter.count += 1
        cls.ident = Counter.count
class C1(Counter): pass
class C2(Counter): pass
class C3(C1): pass
print(C1.ident, C2.ident, C3.ident, Counter.count)

def __init_subclass__(cls):
    print("not used")
class NS:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit classmethod", cls.__name__, kw)
class NSub(NS, a=1): pass
t = type("Dynamic", (Registry,), {}, name="dyn")
print(Registry.plugins["dyn"] is t)
