class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, bases, kw)
        d = {'injected': 1}
        return d
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('call', cls.__name__, a, k)
        return super().__call__(*a, **k)
class A(metaclass=Meta, flag=True):
    x = 1
    def m(self): pass
a = A()
print(A.injected, type(A).__name__)
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))
class C1(Base, tag='one'): pass
class C2(C1): pass
print(Base.registry, C2.tag)
try:
    class C3(Base, bogus=1): pass
except TypeError as e:
    print('TypeError', e)
try:
    class C4(object, bogus=1): pass
except TypeError as e:
    print('TypeError', e)
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, v):
        setattr(obj, self.name, v * 2)
    def __delete__(self, obj):
        print('delete', self.name)
class R:
    f = Field()
    g = Field()
r = R()
print(r.f); r.f = 5; print(r.f, r.__dict__); del r.f
print(type(R.__dict__['f']).__name__, R.f.name)
class NonData:
    def __get__(self, obj, t=None): return 'nondata'
class S:
    nd = NonData()
s = S(); print(s.nd); s.nd = 'inst'; print(s.nd); del s.nd; print(s.nd)
class G:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(G[int], G[1, 2], list[int], dict[str, list[int]], type(list[int]).__name__, list[int](('a',)), tuple[int, ...])
try:
    int[3]
except TypeError as e:
    print(e)
class X: pass
class Y: pass
try:
    class Z(X, Y, X): pass
except TypeError as e:
    print(e)
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Bad(P1, P2): pass
except TypeError as e:
    print(e)
print([k.__name__ for k in P1.__mro__])
class Sl:
    __slots__ = ('a', 'b')
sl = Sl(); sl.a = 1
try:
    sl.c = 3
except AttributeError as e:
    print(e)
try:
    print(sl.b)
except AttributeError as e:
    print(e)
print(hasattr(sl, '__dict__'), Sl.a, type(Sl.a).__name__)
class Sl2(Sl):
    pass
s2 = Sl2(); s2.c = 5; print(s2.__dict__)
try:
    class SlBad:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print(e)
try:
    class SlBad2(int):
        __slots__ = ('y',)
except TypeError as e:
    print(e)
class Sup:
    def who(self): return 'Sup'
    @classmethod
    def cm(cls): return 'cm ' + cls.__name__
class Sub(Sup):
    def who(self): return 'Sub>' + super().who() + '|' + super(Sub, self).who()
    @classmethod
    def cm(cls): return 'sub ' + super().cm()
    @staticmethod
    def st():
        try:
            return super().who()
        except RuntimeError as e:
            return str(e)
print(Sub().who(), Sub.cm(), Sub.st(), super(Sub, Sub()).who.__func__.__qualname__)
try:
    super(int, 'x')
except TypeError as e:
    print(e)
class Abstract:
    def __init_subclass__(cls): print('isc', cls.__name__, cls.__mro__[1].__name__)
class Conc(Abstract): pass
print(type('Dyn', (Conc,), {'v': 2}).v)
class WithNew:
    def __new__(cls, *a):
        print('__new__', a)
        return 42
    def __init__(self, *a):
        print('never')
print(WithNew(1, 2))
class NoInitArgs: pass
try:
    NoInitArgs(1)
except TypeError as e:
    print(e)
class OnlyInit:
    def __init__(self): pass
try:
    OnlyInit(1)
except TypeError as e:
    print(e)
try:
    object.__init__(OnlyInit(), 1)
except TypeError as e:
    print(e)
class RInit:
    def __init__(self): return 5
try:
    RInit()
except TypeError as e:
    print(e)
