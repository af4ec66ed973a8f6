# Metaclasses, __prepare__, __init_subclass__, __class_getitem__
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("Meta.__prepare__", name, kw)
        return {"injected": 42}

class A(metaclass=Meta, tag="hello"):
    x = 1
    def __init__(self, v=0):
        self.v = v
print(A.tag, A.injected, type(A).__name__)
a = A(5)
print(a.v)
class B(A):
    y = 2
print(B.tag, type(B).__name__)

# metaclass methods are visible on the class, not the instance
class M2(type):
    def describe(cls):
        return f"class {cls.__name__}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class C(metaclass=M2):
    pass
print(C.describe(), C.upper_name)
try:
    C().describe()
except AttributeError as e:
    print(type(e).__name__, e)

# singleton via metaclass
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self):
        print("Conf init")
print(Conf() is Conf())

# registry with __init_subclass__
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class P1(Plugin): pass
class P2(Plugin, name="second"): pass
class P3(P2): pass
print(Plugin.registry, P3.plugin_name)
try:
    class P4(Plugin, bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Q(object, bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)

# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
try:
    int[5]
except TypeError as e:
    print(type(e).__name__, e)

# metaclass conflict
class MA(type): pass
class MB(type): pass
class XA(metaclass=MA): pass
class XB(metaclass=MB): pass
try:
    class XC(XA, XB): pass
except TypeError as e:
    print(type(e).__name__, e)

# metaclass derived wins
class MC(MA): pass
class XD(metaclass=MC): pass
class XE(XA, XD): pass
print(type(XE).__name__)

# type() called with a function-like metaclass
def func_meta(name, bases, ns):
    ns["made_by"] = "func_meta"
    return type(name, bases, ns)
class F(metaclass=func_meta):
    pass
print(F.made_by, type(F).__name__)

# __new__ overriding on a regular class
class Pos:
    def __new__(cls, *args):
        print("Pos.__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, a):
        print("Pos.__init__", a)
p = Pos(7)
print(p.created)
# __new__ returning a different type skips __init__
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())

# type attributes
print(type.__name__, A.__dict__["x"], "x" in A.__dict__, type(A.__dict__).__name__)
try:
    A.__dict__["y"] = 3
except TypeError as e:
    print(type(e).__name__, e)
A.z = 10
print(A.z, a.z)
del A.z
print(hasattr(A, "z"))
try:
    del A.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("T", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(1), type("s"), type(None), type(...), type(NotImplemented))
class WithDoc:
    "docstring here"
print(WithDoc.__doc__, type(WithDoc().__doc__).__name__)
# __set_name__
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Holder:
    first = Named()
    second = Named()
print(Holder.first.name, Holder.second.name)
# __mro_entries__
class Fake:
    def __mro_entries__(self, bases):
        return (dict,)
class UsesFake(Fake()):
    pass
print(UsesFake.__bases__, UsesFake.__orig_bases__[0].__class__.__name__)
