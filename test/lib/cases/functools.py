import functools
from functools import *
# --- partial basics
def f(*args, **kw): return (args, kw)
p = partial(f, 1, 2, a=3)
p
p(3, b=4)
p(a=5)
p.func is f, p.args, p.keywords
q = partial(p, 9, c=1)
q.func is f, q.args, q.keywords
q
partial()
partial(1)
p.func = 1
p.args = ()
p.x = 5
p.x
r = partial(p, 7)
r.func is p, r.args
class P(partial): pass
P(f, 1)
P(p, 2).func is f
repr(partial(print, 'x', sep='-'))
partial(f)()
partial(f, *range(3))(**{'z': 1})
type(partial.__class_getitem__(int))
partial(f, 1).__reduce__()[1]
s = partial(f); s.__setstate__((f, (1,), {'k': 2}, None)); s
s.__setstate__(1)
s.__setstate__((1, 2, 3, 4))
s.__setstate__((f, (), None, None)); s.keywords
# --- partial recursion
def g(*a): pass
p = partial(g)
p2 = partial(g, p)
p2
# --- partialmethod
class C:
    def m(self, *a, **k): return (a, k)
    pm = partialmethod(m, 1, x=2)
    cm = partialmethod(classmethod(m), 5)
C().pm(3)
C.cm()
repr(C.__dict__['pm']).split(' at ')[0]
partialmethod(1)
class D:
    f = partialmethod(partial(lambda self, a, b: (a, b), b=2))
D().f(1)
# --- reduce
reduce(lambda a, b: a + b, [1, 2, 3])
reduce(lambda a, b: a + b, [], 5)
reduce(lambda a, b: a + b, [])
reduce(lambda a, b: a * b, range(1, 10), 1)
reduce()
reduce(1)
reduce(1, 2, 3, 4)
reduce(max, 5)
reduce(max, [1], x=1)
reduce(None, [1, 2])
reduce(None, [1])
reduce(lambda a, b: a + [b], 'abc', [])
# --- wraps / update_wrapper
def deco(fn):
    @wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def hello(x: int) -> str:
    "doc of hello"
    return str(x)
hello.__name__, hello.__doc__, hello.__annotations__, hello.__qualname__.split('.')[-1]
hello.__wrapped__.__name__
hello(4)
def src(): pass
src.attr = 1
def dst(): pass
update_wrapper(dst, src).attr
dst.__wrapped__ is src
class Obj: pass
o = Obj()
update_wrapper(o, src, assigned=('__name__', 'missing'), updated=()).__name__
update_wrapper(o, 1, updated=('__dict__',)).__wrapped__
WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES
# --- total_ordering
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v if isinstance(o, V) else NotImplemented
    def __lt__(self, o): return self.v < o.v if isinstance(o, V) else NotImplemented
V(1) < V(2), V(1) <= V(1), V(2) > V(1), V(2) >= V(3), V(1) >= V(1)
V(1) < 1
V(1) >= 1
V.__gt__.__name__
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
[W(1) < W(2), W(1) <= W(1), W(2) > W(1), W(2) >= W(3), W(1) > W(1), W(1) <= W(0)]
@total_ordering
class X:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
[X(1) < X(2), X(1) <= X(1), X(2) > X(1), X(2) >= X(3), X(1) < X(1), X(1) >= X(0)]
@total_ordering
class Y:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __le__(self, o): return self.v <= o.v
[Y(1) < Y(2), Y(1) <= Y(1), Y(2) > Y(1), Y(2) >= Y(3), Y(1) < Y(1), Y(1) >= Y(0)]
@total_ordering
class Z: pass
# --- cmp_to_key
def cmp(a, b): return (a > b) - (a < b)
sorted([3, 1, 2], key=cmp_to_key(cmp))
sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a)))
k = cmp_to_key(cmp)
type(k).__name__
k(1) < k(2), k(1) == k(1), k(2) >= k(3), k(1) != k(1), k(1) > k(0), k(1) <= k(1)
k(1).obj
k(1) < 1
k()
k(1, 2)
min([5, 3, 4], key=cmp_to_key(cmp))
# --- lru_cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
sq(2), sq(3), sq(2), sq(4), sq(3)
calls
sq.cache_info()
sq.cache_parameters()
sq.cache_clear(); sq.cache_info()
sq.__wrapped__.__name__, sq.__name__
type(sq).__name__
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(30)
fib.cache_info()
@lru_cache(maxsize=None)
def ident(*a, **k): return (a, k)
ident(1, x=2), ident(1, x=2), ident(1.0, x=2)
ident.cache_info()
@lru_cache(typed=True)
def t(x): return type(x).__name__
t(1), t(1.0), t(True)
t.cache_info()
@lru_cache(maxsize=0)
def z(x): return x
z(1), z(1)
z.cache_info()
@lru_cache(maxsize=-5)
def neg(x): return x
neg(1); neg.cache_info()
lru_cache('x')
lru_cache(3)(5)
@lru_cache()
def unh(x): return x
unh([1])
@lru_cache
def boom(x):
    raise ValueError(x)
boom(1)
boom.cache_info()
class M:
    @lru_cache
    def meth(self, x): return (self.__class__.__name__, x)
M().meth(1)
M.meth.cache_info().misses
@cache
def c1(x): return x + 1
c1(1), c1(1), c1.cache_info()
lru_cache(maxsize=3, typed=1)(len).cache_parameters()
# --- cached_property
class CP:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        "the doc"
        self.n += 1
        return self.n * 10
c = CP()
c.val, c.val, c.n
c.__dict__
del c.val
c.val
CP.val.attrname, CP.val.__doc__
type(CP.val).__name__
class Slotted:
    __slots__ = ()
    @cached_property
    def v(self): return 1
Slotted().v
cp = cached_property(lambda self: 1)
class Two:
    a = cp
class Three:
    a = cp
    b = cp
cached_property(len).__get__(CP())
# --- singledispatch
@singledispatch
def fun(arg, verbose=False):
    return 'default ' + type(arg).__name__
@fun.register
def _(arg: int, verbose=False):
    return 'int'
@fun.register(list)
def _(arg, verbose=False):
    return 'list'
def nothing(arg, verbose=False):
    return 'nothing'
fun.register(type(None), nothing)
@fun.register(float | complex)
def _(arg):
    return 'float or complex'
fun(1), fun(True), fun([1]), fun(None), fun('x'), fun(1.5), fun(2j)
fun.dispatch(bool).__name__ if hasattr(fun.dispatch(bool), '__name__') else None
fun.dispatch(dict) is fun.registry[object]
sorted(t.__name__ for t in fun.registry.keys())
fun()
fun.__name__
fun.register(1)
@fun.register
def _(arg): return 1
import collections.abc as cabc
@singledispatch
def g(obj): return 'base'
@g.register(cabc.Mapping)
def _(obj): return 'mapping'
@g.register(cabc.Sequence)
def _(obj): return 'sequence'
@g.register(cabc.Set)
def _(obj): return 'set'
g({}), g([]), g((1,)), g(set()), g(frozenset()), g(1), g('s')
import collections
g(collections.OrderedDict()), g(collections.deque())
class Both(dict):
    pass
cabc.Sequence.register(Both)
g(Both())
@singledispatch
def h(a): return 'h'
@h.register
def _(a: 'int'): return 'int via string'
h(3)
@h.register
def _(a: 'list[int]'): return 'x'
# --- singledispatchmethod
class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
    @singledispatchmethod
    @classmethod
    def cls(cls, arg): return ('cls', cls.__name__, 'default')
    @cls.register
    @classmethod
    def _(cls, arg: str): return ('cls', cls.__name__, 'str')
Neg().neg(5), Neg().neg(True)
Neg().neg('x')
Neg.cls(1), Neg.cls('s')
Neg.neg.__name__
