import types
from types import *
import sys
# --- type objects
FunctionType, LambdaType, CodeType, MappingProxyType, SimpleNamespace, CellType, GeneratorType, CoroutineType, AsyncGeneratorType, MethodType, BuiltinFunctionType, BuiltinMethodType, WrapperDescriptorType, MethodWrapperType, MethodDescriptorType, ClassMethodDescriptorType, ModuleType, TracebackType, FrameType, GetSetDescriptorType, MemberDescriptorType, GenericAlias, UnionType, EllipsisType, NoneType, NotImplementedType
sorted(n for n in types.__all__)
# --- new_class / prepare_class / resolve_bases
C = new_class('C', (int,), {}, lambda ns: ns.update(x=1)); C, C.x, C(5), C.__module__
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
D = new_class('D', (), {'metaclass': Meta, 'flag': 1}); type(D), D.prepared
prepare_class('E', (), {'metaclass': Meta, 'k': 2})
prepare_class('E'), prepare_class('E', (int,))
class M2(type): pass
class X(metaclass=M2): pass
class M3(type): pass
class Y(metaclass=M3): pass
new_class('Z', (X, Y))
class Entry:
    def __mro_entries__(self, bases): return (int,)
resolve_bases((Entry(), str)), resolve_bases((int,))
class BadEntry:
    def __mro_entries__(self, bases): return int
resolve_bases((BadEntry(),))
Q = new_class('Q', (Entry(),)); Q.__bases__, Q.__orig_bases__[0].__class__.__name__
# --- DynamicClassAttribute
class DA:
    def __init__(self): self._v = 5
    @DynamicClassAttribute
    def v(self):
        "doc of v"
        return self._v
    @v.setter
    def v(self, x): self._v = x
    def __getattr__(self, name): return 'getattr:' + name
d = DA(); d.v, DA.__dict__['v'].__doc__
d.v = 7; d.v
del d.v
class DA2:
    @DynamicClassAttribute
    def w(self): return 1
DA2.w
# --- SimpleNamespace / MappingProxyType
ns = SimpleNamespace(a=1, b='x'); ns, ns.a, ns == SimpleNamespace(b='x', a=1)
mp = MappingProxyType({'k': 1}); mp, mp['k'], len(mp), list(mp)
mp['z'] = 1
# --- coroutine
@coroutine
def gen():
    yield 1
    return 2
list(gen())
def plain(): return iter([1])
cp = coroutine(plain); type(cp).__name__, cp.__name__
coroutine(1)
async def real(): return 1
coroutine(real) is real
