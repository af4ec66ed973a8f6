# Class creation machinery: __prepare__, namespaces, __qualname__, __module__, type() forms, __new__/__init__ interplay
class LoggingDict(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("define", key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return LoggingDict()
    def __new__(mcls, name, bases, ns, **kwargs):
        print("new", name, type(ns).__name__, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, dict(ns))
class Tracked(metaclass=Meta, option=1):
    a = 1
    def method(self):
        pass
    b = a + 1
print(Tracked.b, type(Tracked).__name__)
class Outer:
    class Inner:
        class Deepest:
            pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.Inner.Deepest.__qualname__, Outer().method().__qualname__, Outer.Inner.__module__)
def factory():
    class Made:
        def m(self):
            pass
    return Made
print(factory().__qualname__, factory().m.__qualname__)
X = type("X", (), {"v": 1, "get": lambda self: self.v})
Y = type("Y", (X,), {"v": 2})
print(X().get(), Y().get(), Y.__qualname__, Y.__module__, Y.__bases__[0].__name__)
class Explicit:
    __qualname__ = "Renamed"
    __module__ = "custom.module"
print(Explicit.__qualname__, Explicit.__module__, repr(Explicit))
try:
    class BadQual:
        __qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class WithNew:
    def __new__(cls, *args, **kwargs):
        print("__new__", args, kwargs)
        return super().__new__(cls)
    def __init__(self, a, b=2):
        print("__init__", a, b)
WithNew(1, b=3)
class ReturnsOther:
    def __new__(cls):
        return "a string"
    def __init__(self):
        print("not called")
print(ReturnsOther())
class ReturnsSubclass:
    def __new__(cls):
        return super().__new__(Sub2)
    def __init__(self):
        print("init of", type(self).__name__)
class Sub2(ReturnsSubclass):
    pass
print(type(ReturnsSubclass()).__name__)
class Immutable:
    __slots__ = ("_x",)
    def __new__(cls, x):
        self = super().__new__(cls)
        object.__setattr__(self, "_x", x)
        return self
    def __setattr__(self, name, value):
        raise AttributeError("immutable")
    @property
    def x(self):
        return self._x
im = Immutable(5)
print(im.x)
try:
    im.x = 6
except AttributeError as e:
    print(type(e).__name__, e)
class Dynamic:
    pass
def added_method(self):
    return "added later"
Dynamic.method = added_method
Dynamic.cls_var = 10
print(Dynamic().method(), Dynamic.cls_var, "method" in Dynamic.__dict__)
del Dynamic.method
print(hasattr(Dynamic(), "method"))
class ClassVars:
    x = 1
    y = [x * i for i in range(3)][0] if False else 0
    z = (lambda: 1)()
print(ClassVars.z, ClassVars.y)
print(type.__call__(Tracked).__class__.__name__)
class Abstract:
    def __init_subclass__(cls, **kwargs):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} must define 'required'")
        super().__init_subclass__(**kwargs)
class Good(Abstract):
    required = True
try:
    class Bad(Abstract):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Good.required)
class Base:
    pass
class A(Base):
    pass
class B(Base):
    pass
print(sorted(c.__name__ for c in Base.__subclasses__()))
print(type(Base.__dict__).__name__, "__module__" in Base.__dict__, Base.__dict__.get("__doc__"))
C = type("C", (A, B), {})
print([k.__name__ for k in C.__mro__])
print(isinstance(C(), (A, B)), C.__name__, C.__bases__ == (A, B))
