def outer():
    def inner():
        pass
    class Local:
        def method(self):
            pass
        class Nested:
            pass
    return inner, Local
inner, Local = outer()
print(inner.__qualname__, Local.__qualname__, Local.method.__qualname__, Local.Nested.__qualname__, (lambda: 0).__qualname__, (lambda: 0).__name__)
print(repr(Local)[:30], repr(Local.Nested), str(Local.Nested))
class Top:
    class Mid:
        class Low:
            def f(self):
                def g():
                    pass
                return g
print(Top.Mid.Low.f.__qualname__, Top.Mid.Low().f().__qualname__, Top.Mid.Low, Top.Mid.Low.__name__, Top.Mid.Low.__module__)
g = (x for x in [])
print(g.__qualname__, outer.__code__.co_name, outer.__code__.co_qualname if hasattr(outer.__code__, "co_qualname") else "")
print(repr(len), repr(print), repr([].append)[:30], repr(int), repr(type), repr(object), repr(None), repr(NotImplemented), repr(Ellipsis))
print(repr(int.__add__), repr(str.upper), repr(dict.fromkeys)[:40], repr(object.__init__), repr(type.__call__))
print(repr(property), repr(staticmethod), repr(classmethod), type(Top.__dict__).__name__, repr(Top.__dict__["Mid"]))
import functools
print(repr(functools.partial(print, 1, sep="-")))
print(repr(range(3)), repr(slice(1, None)), repr(iter([])).split(" object")[0], repr(zip()).split(" object")[0], repr(map(len, [])).split(" object")[0])
print(type(iter("")).__name__, type(iter(b"")).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__, type(iter(range(2 ** 70))).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__, type(reversed([])).__name__, type(reversed(range(1))).__name__, type(enumerate([])).__name__)
import types
print(types.FunctionType.__name__, types.MethodType.__name__, types.BuiltinMethodType.__name__, types.GeneratorType.__name__, types.CodeType.__name__, types.ModuleType.__name__, types.SimpleNamespace.__name__, types.MappingProxyType.__name__, types.CoroutineType.__name__, types.AsyncGeneratorType.__name__, types.TracebackType.__name__, types.FrameType.__name__, types.CellType.__name__, types.GetSetDescriptorType.__name__, types.MemberDescriptorType.__name__, types.WrapperDescriptorType.__name__, types.MethodWrapperType.__name__, types.MethodDescriptorType.__name__, types.ClassMethodDescriptorType.__name__, types.NoneType.__name__, types.EllipsisType.__name__, types.NotImplementedType.__name__, types.UnionType.__name__, types.GenericAlias.__name__)
ns = types.SimpleNamespace(a=1, b="x"); ns.c = [1]; print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
mp = types.MappingProxyType({"k": 1}); print(mp, mp["k"], len(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError:", e)
class Cls:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
o = Cls()
print(type(o.m).__name__, type(Cls.m).__name__, type(Cls.c).__name__, type(Cls.s).__name__, o.m.__func__ is Cls.m, o.m.__self__ is o, Cls.c.__self__ is Cls)
print(repr(o.m).split(" of ")[0], repr(Cls.c).split(" of ")[0], repr(Cls.s).split(" at ")[0])
m = types.MethodType(lambda self: self, 5); print(m(), type(m).__name__)
print(Cls.__dict__["c"].__class__.__name__, isinstance(Cls.__dict__["s"], staticmethod), callable(Cls.__dict__["s"]))
