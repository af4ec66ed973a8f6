import copy
from copy import copy as cp, deepcopy as dcp
# --- atomic and builtins
x = [1, [2, 3], {'a': (4, [5])}]
y = cp(x); y == x, y is x, y[1] is x[1]
z = dcp(x); z == x, z[1] is x[1], z[2]['a'][1] is x[2]['a'][1]
t = (1, 2); cp(t) is t, dcp(t) is t
t2 = (1, [2]); dcp(t2) is t2, dcp(t2) == t2
s = {1, 2}; cp(s) is s, cp(s) == s
fs = frozenset([1]); cp(fs) is fs, dcp(fs) is fs
cp(len) is len, dcp(len) is len, cp(int) is int, dcp(int) is int
def f(): pass
cp(f) is f, dcp(f) is f
b = bytearray(b'ab'); cp(b), cp(b) is b, dcp(b)
cp(1.5), dcp('s'), cp(None), dcp(Ellipsis), cp(range(3)), dcp(slice(1, 2))
cp(iter([])).__class__.__name__
# --- recursion and memo
l = [1]; l.append(l)
m = dcp(l); m[1] is m, m is not l
d = {}; d['self'] = d; e = dcp(d); e['self'] is e
t = ([],); t[0].append(t); u = dcp(t); u[0][0] is u
a = [1]; b = [a, a]; c = dcp(b); c[0] is c[1]
memo = {}; r1 = dcp([a], memo); id(a) in memo, memo[id(a)] is r1[0]
# --- classes and protocols
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return type(o) is A and o.v == self.v
a1 = A([1]); a2 = cp(a1); a3 = dcp(a1)
a2 == a1, a2 is a1, a2.v is a1.v, a3.v is a1.v, a3 == a1
class WithCopy:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return ('deep', len(memo))
cp(WithCopy()), dcp(WithCopy())
class Slots:
    __slots__ = ('a', 'b')
s1 = Slots(); s1.a = [1]; s2 = cp(s1); s3 = dcp(s1); s2.a is s1.a, s3.a == s1.a, s3.a is s1.a, hasattr(s3, 'b')
class State:
    def __init__(self): self.x = 1
    def __getstate__(self): return {'x': self.x * 10}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
c = cp(State()); c.x, c.restored
class Red:
    def __init__(self, a, b=0): self.a, self.b = a, b
    def __reduce__(self): return (Red, (self.a, self.b))
r = dcp(Red([1], 2)); r.a, r.b
class RedStr:
    def __reduce__(self): return 'RedStr'
o = RedStr(); cp(o) is o, dcp(o) is o
class Sub(list):
    pass
sl = Sub([1, [2]]); sl.attr = 'x'; c1 = cp(sl); c2 = dcp(sl)
type(c1).__name__, c1, c1.attr, c1[1] is sl[1], c2[1] is sl[1], c2.attr
class DSub(dict): pass
ds = DSub(a=[1]); type(dcp(ds)).__name__, dcp(ds), dcp(ds)['a'] is ds['a']
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
cp(WithMeta) is WithMeta, dcp(WithMeta) is WithMeta
class Bad:
    def __reduce_ex__(self, p): raise TypeError('nope')
cp(Bad())
import types
class K:
    def m(self): return self
k = K(); bm = dcp(k.m); bm.__self__ is k, type(bm.__self__).__name__
copy.Error, copy.error is copy.Error, copy.__all__
import collections
dcp(collections.OrderedDict(a=[1])), cp(collections.Counter('aab')), dcp(collections.deque([[1]], 3))
dcp(collections.namedtuple('P', 'x y')(1, [2]))
cp(complex(1, 2)), dcp(int | str)
