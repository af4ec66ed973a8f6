def t(f):
    try:
        r = f()
        print('ok', repr(r)[:60])
    except Exception as e:
        print(type(e).__name__, e)
class C:
    @property
    def p(self): return 1
    @property
    def q(self): return 2
    @q.setter
    def q(self, v): pass
    def m(self): pass
    cls_attr = 5
    __slots__ = ('s',)
c = C()
t(lambda: setattr(c, 'p', 2)); t(lambda: delattr(c, 'p')); t(lambda: delattr(c, 'q')); t(lambda: c.s); t(lambda: setattr(c, 'cls_attr', 1)); t(lambda: setattr(c, 'm', 1))
t(lambda: delattr(c, 's')); t(lambda: delattr(C, 'nope')); t(lambda: C.nope); t(lambda: c.nope); t(lambda: format(c, 'x')); t(lambda: format(object(), '>5')); t(lambda: object().__format__(1))
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
t(lambda: type('AB', (A, B), {}))
def mk():
    class AB(A, B): pass
t(mk)
t(lambda: property().__get__(1)); t(lambda: property(lambda s: 1).__set__(1, 2)); t(lambda: setattr(property(), 'fget', 1))
class D:
    x = property(doc='docd')
t(lambda: D().x); t(lambda: setattr(D(), 'x', 1)); t(lambda: D.x.__doc__)
t(lambda: int.__dict__['real'].__get__('s')); t(lambda: str.upper(1)); t(lambda: str.upper()); t(lambda: list.append([], 1, 2)); t(lambda: dict.get({}, 1, 2, 3)); t(lambda: int.bit_length('x'))
t(lambda: object.__setattr__(1, 'x', 1)); t(lambda: object.__getattribute__(1, 2)); t(lambda: type.__dict__['__name__'].__get__(1)); t(lambda: setattr(int, '__name__', 'x')); t(lambda: setattr(C, '__name__', 5))
t(lambda: setattr(C, '__qualname__', 5)); t(lambda: setattr(C, '__bases__', (int,))); t(lambda: setattr(C, '__module__', 5)); t(lambda: setattr(C(), '__class__', int)); t(lambda: setattr(1, '__class__', bool))
class E: pass
class F: pass
e = E(); e.__class__ = F; print(type(e).__name__)
t(lambda: setattr(E, '__bases__', ())); t(lambda: setattr(E, '__mro__', ())); t(lambda: setattr(E, '__dict__', {})); t(lambda: setattr(e, '__dict__', 5)); t(lambda: delattr(e, '__dict__'))
e.__dict__ = {'k': 1}; print(e.k)
class G:
    def __getattr__(self, n):
        if n == 'dyn': return 'dynamic'
        raise AttributeError(f'custom no {n}')
g = G(); t(lambda: g.dyn); t(lambda: g.other); t(lambda: getattr(g, 'other', 'default'))
class H:
    def __getattribute__(self, n):
        if n == 'boom': raise KeyError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return 'fallback ' + n
h = H(); t(lambda: h.missing); t(lambda: h.boom); t(lambda: hasattr(h, 'boom'))
class I:
    def __setattr__(self, n, v):
        print('setattr', n, v)
        super().__setattr__(n, v)
    def __delattr__(self, n):
        print('delattr', n)
        super().__delattr__(n)
i = I(); i.a = 1; del i.a; t(lambda: delattr(i, 'a'))
t(lambda: (lambda: 0).nope); t(lambda: setattr(len, 'x', 1)); t(lambda: len.__self__); t(lambda: [].append.__self__); t(lambda: [].append.__name__); t(lambda: [].append.__qualname__)
t(lambda: (1).__class__.__name__); t(lambda: type(None)()); t(lambda: type(...)()); t(lambda: type(NotImplemented)()); t(lambda: type(print)()); t(lambda: type(lambda: 0)())
import types
t(lambda: types.FunctionType()); t(lambda: types.ModuleType()); t(lambda: types.ModuleType('m').nope); t(lambda: types.SimpleNamespace(a=1)); t(lambda: types.SimpleNamespace(1))
t(lambda: __import__('math').nope); t(lambda: __import__('sys').nope)
class J:
    __slots__ = ()
t(lambda: setattr(J(), 'a', 1)); t(lambda: J().__dict__)
class K:
    __slots__ = ('__dict__',)
k = K(); k.z = 1; print(k.__dict__)
t(lambda: C.m(1)); t(lambda: C.m()); t(lambda: c.m(1)); t(lambda: classmethod(1)(2) if False else classmethod(len).__func__)
t(lambda: staticmethod(len)(1, 2)); t(lambda: getattr(c, 'p', 9)); t(lambda: c.__slots__)
