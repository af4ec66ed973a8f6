import collections
from collections import *
import collections.abc as cabc
import copy, pickle
# --- deque basics
d = deque([1, 2, 3])
d, len(d), d[0], d[-1], list(reversed(d)), 2 in d, 9 in d
d.append(4); d.appendleft(0); d
d.pop(), d.popleft(), d
d.extend('ab'); d.extendleft('xy'); d
d.rotate(2); d
d.rotate(-3); d
d.rotate(0); d.rotate(100); d
d.count(1), d.index('a'), d.index(2, 1)
d.index(99)
d.index(1, 0, 1)
d.insert(1, 'ins'); d
d.remove('ins'); d
d.remove('zzz')
d.reverse(); d
d[1] = 'set'; d
del d[0]; d
d[99]
d[-99]
d['a']
d[1:2]
d.clear(); d, bool(d)
deque().pop()
deque().popleft()
deque(maxlen=-1)
deque(maxlen=1.5)
deque(1)
deque('abc', 2), deque(maxlen=0), deque([1, 2], maxlen=None)
deque()
# --- deque maxlen
d = deque(range(5), maxlen=3)
d, d.maxlen
d.append(9); d
d.appendleft(-1); d
d.extend([7, 8]); d
d.extendleft([1, 2]); d
d.insert(0, 5)
z = deque(maxlen=0); z.append(1); z.appendleft(2); z
d.maxlen = 5
deque('ab', 3) * 2, deque('ab') * 0, 3 * deque('a')
d2 = deque('abc', 5); d2 *= 3; d2
deque('ab') + deque('cd'), deque('ab', 3) + deque('cde')
deque('ab') + 'cd'
d3 = deque('ab'); d3 += 'cd'; d3
d3 += d3; d3
# --- deque compare / copy / misc
deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]), deque([1]) != deque([1.0]), deque([2]) >= deque([1, 5])
d = deque([[1], 2], maxlen=4)
c = d.copy(); c, c.maxlen, c[0] is d[0]
copy.copy(d), copy.deepcopy(d)[0] is d[0]
d.__reduce__()[:3]
d = deque([1]); d.append(d); d
d = deque([1, 2, 3])
it = iter(d); next(it); d.append(4)
next(it)
list(reversed(deque(range(5))))
class MyDeque(deque): pass
MyDeque([1, 2]), MyDeque([1], 3), type(MyDeque([1]).copy()).__name__
isinstance(deque(), cabc.MutableSequence), isinstance(deque(), cabc.Sequence)
d = deque(range(10)); [d.popleft() for _ in range(4)], [d.pop() for _ in range(4)], d
d = deque()
for i in range(20):
    d.appendleft(i) if i % 3 else d.append(i)
d, [d[i] for i in range(0, 20, 3)]
d.rotate(1.5)
deque.__class_getitem__(int)
# --- defaultdict
dd = defaultdict(list)
dd['a'].append(1); dd['b']; dd
dd.default_factory
defaultdict(), defaultdict(None), defaultdict(int, {1: 2}, x=3), defaultdict(int, [(1, 1)])
defaultdict(1)
dd2 = defaultdict(None); dd2['x']
dd.copy(), copy.copy(dd), type(copy.deepcopy(dd)).__name__
dd.__reduce__()[:2]
dd | {'z': 1}, {'z': 1} | dd
dd |= {'q': 0}; dd
dd.get('nope'), 'nope' in dd
d = defaultdict(lambda: 'x'); d[1]
class DD(defaultdict): pass
DD(int)
dd = defaultdict(list); dd['r'] = dd; dd
# --- OrderedDict
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
od, list(od), list(od.keys()), list(od.values()), list(od.items())
od.keys(), od.values(), od.items()
od.move_to_end('b'); od
od.move_to_end('b', last=False); od
od.move_to_end('zz')
od.popitem(), od.popitem(last=False), od
OrderedDict().popitem()
od = OrderedDict.fromkeys('abc', 0); od
od == OrderedDict.fromkeys('cba', 0), od == dict.fromkeys('cba', 0), od != OrderedDict.fromkeys('cba', 0)
list(reversed(od)), list(reversed(od.keys())), list(reversed(od.items())), list(reversed(od.values()))
od.pop('a'), od.pop('zz', 'dflt'), od
od.pop('zz')
od.setdefault('n', 5), od.setdefault('n', 6), od
od.update([('x', 1)], y=2); od
del od['x']; od
del od['x']
od.clear(); od
OrderedDict(a=1) | {'b': 2}, {'b': 2} | OrderedDict(a=1)
OrderedDict([(1, 2)], [2])
o = OrderedDict(a=1); o |= {'z': 0}; o
copy.copy(OrderedDict(a=1)), copy.deepcopy(OrderedDict(a=[1]))
type(OrderedDict().keys()).__name__
o = OrderedDict(a=1); o['self'] = o; o
o = OrderedDict(a=1, b=2)
for k in o:
    o['c'] = 3
isinstance(OrderedDict(), dict), isinstance(OrderedDict(), cabc.MutableMapping)
OrderedDict(a=1).keys() == {'a'}, 'a' in OrderedDict(a=1).keys(), ('a', 1) in OrderedDict(a=1).items()
len(OrderedDict(a=1).items())
o = OrderedDict(a=1, b=2, c=3); o.move_to_end('a'); o.popitem(False), list(o)
class OD(OrderedDict): pass
OD(x=1), OD()
# --- Counter
c = Counter('abracadabra')
c
c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1)
c['z'], c.total()
sorted(c.elements())
Counter(), Counter(a=3, b=-1), Counter({'x': 2}), Counter(['a', 'a', 'b'])
Counter('ab', 'c')
Counter.fromkeys('abc')
c = Counter(a=3, b=1); c.update('aab'); c
c.update({'a': 1, 'z': 0}); c
c.subtract(a=10); c
c.subtract('bbb'); c
c.subtract({'q': 1}); c
del c['q']; del c['notthere']; c
a, b = Counter(a=3, b=1, c=-1), Counter(a=1, b=2, d=4)
a + b, a - b, a | b, a & b, +a, -a
a + 1
x = Counter(a=1); x += Counter(a=-1, b=2); x
x = Counter(a=3, b=1); x -= Counter(a=1, b=5); x
x = Counter(a=3, b=1); x |= Counter(a=1, b=5, c=-1); x
x = Counter(a=3, b=1); x &= Counter(a=1); x
Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter(a=1) > Counter()
Counter(a=1) == {'a': 1}
Counter(a=1) < {'a': 2}
Counter({1: 'a', 2: 1})
Counter(a=1).copy(), copy.deepcopy(Counter(a=[1]))
Counter(a=1).__reduce__()
Counter('hello world').most_common(3)
class C2(Counter): pass
C2('aa'), C2('a') + C2('a')
# --- namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
p, p.x + p.y, p[0], tuple(p), Point._fields, Point.__name__, Point.__doc__, Point._field_defaults
p._asdict(), p._replace(x=100), Point._make([1, 2]), p.__getnewargs__()
Point(1)
Point(1, 2, 3)
Point(1, z=2)
Point._make([1])
p._replace(z=1)
p.x = 5
Point.__new__.__doc__, Point.x.__doc__, Point.__module__, Point.__match_args__
Point3 = namedtuple('Point3', 'x y z', defaults=[0, 1])
Point3(5), Point3._field_defaults, Point3.__new__.__defaults__
namedtuple('N', 'a b', defaults=[1, 2, 3])
namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1'], rename=True)._fields
namedtuple('N', 'a a')
namedtuple('N', 'a _b')
namedtuple('N', 'a def')
namedtuple('class', 'a')
namedtuple('N', '1a')
namedtuple('N', [1])
namedtuple('N', 'a,b  c')._fields
namedtuple('N', 'x', module='mymod').__module__
One = namedtuple('One', 'a'); One(1), One.__doc__
Empty = namedtuple('Empty', ''); Empty(), Empty._fields
copy.copy(p), copy.deepcopy(p)
hash(Point(1, 2)) == hash((1, 2)), Point(1, 2) == (1, 2)
class Sub(Point):
    def total(self): return self.x + self.y
Sub(1, 2), Sub(1, 2).total()
Point.__new__.__qualname__, Point._make.__doc__, Point._replace.__doc__
match Point(1, 2):
    case Point(a, b): print(a, b)
# --- ChainMap
base = {'a': 1, 'b': 2}; over = {'b': 3, 'c': 4}
cm = ChainMap(over, base)
cm, cm['a'], cm['b'], len(cm), list(cm), sorted(cm.items()), 'c' in cm, cm.get('z', 0)
cm['z']
cm['a'] = 10; over, base
del cm['a']; over
del cm['a']
cm.pop('b'), over
cm.pop('zz')
cm.pop('zz', 5)
cm.popitem(), ChainMap().popitem()
ChainMap(), ChainMap({}), bool(ChainMap({})), bool(ChainMap({}, {1: 1}))
cm = ChainMap({1: 1}, {2: 2}); cm.new_child(), cm.new_child({3: 3}), cm.new_child(x=1), cm.parents
cm.copy(), copy.copy(cm), ChainMap.fromkeys('ab', 0)
cm | {5: 5}, {5: 5} | cm
cm |= {6: 6}; cm
cm.clear(); cm
cm.maps
ChainMap({1: 1}) == {1: 1}
r = ChainMap(); r.maps[0]['self'] = r; r
class MissingCM(ChainMap):
    def __missing__(self, k): return 'missing'
MissingCM()['x']
# --- UserDict / UserList / UserString
ud = UserDict({'a': 1}, b=2)
ud, len(ud), ud['a'], 'b' in ud, list(ud), ud.data
ud['c'] = 3; del ud['a']; ud
ud['zz']
ud | {'x': 1}, {'x': 1} | ud, ud.copy(), type(ud.copy()).__name__, UserDict.fromkeys('ab')
class MUD(UserDict):
    def __missing__(self, key): return key * 2
MUD()['ab'], MUD(a=1).copy()
ul = UserList([3, 1, 2])
ul, len(ul), ul[0], ul[1:], type(ul[1:]).__name__
ul.append(5); ul.sort(); ul
ul + [9], [9] + ul, ul * 2, ul == [1, 2, 3, 5], ul < [2], ul.count(1), ul.index(2)
ul.pop(), ul.pop(0), ul
ul.extend(UserList([7])); ul.insert(0, 0); ul.reverse(); ul
ul += (8,); ul
ul.remove(99)
UserList(), UserList((1, 2)), UserList(UserList([1])).copy()
us = UserString('Hello')
us, str(us), len(us), us[1], us.upper(), us.lower(), us + '!', '>' + us, us * 2, 'ell' in us
us.split('l'), us.replace('l', 'L'), us.find('l'), us.center(9, '*'), us.zfill(8), us.startswith('He'), us == 'Hello', us < 'World'
us.isalpha(), us.encode(), us.count('l'), us.title(), us.strip('Ho'), us % () if False else None, int(UserString('42')), float(UserString('1.5'))
UserString(5), UserString(us), hash(us) == hash('Hello')
# --- abc registrations
[isinstance(x, cabc.Hashable) for x in (1, 'a', [], {}, (), None)]
[isinstance(x, cabc.Iterable) for x in (1, 'a', [], {}, iter([]), range(3))]
[issubclass(t, cabc.Sequence) for t in (list, tuple, str, bytes, dict, set, range, memoryview, bytearray)]
[issubclass(t, cabc.MutableSequence) for t in (list, tuple, str, bytearray, deque)]
[issubclass(t, cabc.Mapping) for t in (dict, OrderedDict, Counter, ChainMap, UserDict, list)]
[issubclass(t, cabc.Set) for t in (set, frozenset, dict, type({}.keys()), type({}.items()), type({}.values()))]
[issubclass(t, cabc.Sized) for t in (list, int, str, deque)]
[issubclass(t, cabc.Callable) for t in (type, int, type(len), type(lambda: 1))]
[issubclass(t, cabc.Iterator) for t in (type(iter([])), type(iter({})), list, type(x for x in []))]
[issubclass(t, cabc.Generator) for t in (type(x for x in []), type(iter([])))]
[issubclass(t, cabc.Reversible) for t in (list, dict, set, tuple, str)]
[issubclass(t, cabc.Collection) for t in (list, dict, int)]
class Seq(cabc.Sequence):
    def __init__(self, *a): self.a = list(a)
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = Seq(1, 2, 3, 2)
list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), s.index(2, 2)
s.index(9)
class Incomplete(cabc.Sequence): pass
Incomplete()
class MS(cabc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
m = MS([1, 2, 3])
sorted(m & {2, 3, 4}), sorted(m | {9}), sorted(m - {1}), sorted(m ^ {1, 7}), m <= {1, 2, 3}, m < {1, 2, 3, 4}, m == {1, 2, 3}, m.isdisjoint({9})
m |= {4}; m -= {1}; m ^= {2, 8}; m &= {3, 4, 8}; list(m)
m.pop(), list(m)
m.remove(99)
m._hash() == frozenset(m).__hash__()
class MM(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MM(); mm.update({'a': 1}, b=2); mm.update([('c', 3)]); sorted(mm.items())
mm.pop('a'), mm.pop('zz', 0), mm.setdefault('q', 9), mm.popitem(), mm.get('zz'), mm == {'c': 3, 'q': 9}
mm.pop('zz')
list(mm.keys()), list(mm.values()), list(mm.items()), ('q', 9) in mm.items(), 9 in mm.values(), 'q' in mm.keys()
mm.keys()
mm.clear(); len(mm)
cabc.KeysView({'a': 1}) & {'a', 'b'}, cabc.ItemsView({'a': 1}) | {('b', 2)}
class H:
    __hash__ = None
isinstance(H(), cabc.Hashable)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
isinstance(It(), cabc.Iterator), isinstance(It(), cabc.Iterable), isinstance(It(), cabc.Reversible)
cabc.Callable[[int], str], cabc.Callable[..., int], cabc.Callable[[], None]
cabc.Callable[int]
cabc.Sequence[int], cabc.Mapping[str, int]
cabc.Sequence.__module__, cabc.Set.__abstractmethods__ == frozenset({'__contains__', '__iter__', '__len__'})
sorted(cabc.MutableMapping.__abstractmethods__)
class Reg: pass
cabc.Sized.register(Reg)
issubclass(Reg, cabc.Sized), isinstance(Reg(), cabc.Sized)
match OrderedDict(a=1):
    case {'a': v}: print('map', v)
