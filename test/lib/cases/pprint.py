import pprint
from pprint import *
import collections, types, dataclasses, random, io
def fmt_all(obj):
    out = []
    for width in (1, 7, 20, 40, 80):
        for kw in ({}, {'indent': 4}, {'compact': True}, {'depth': 2}, {'sort_dicts': False}, {'underscore_numbers': True}):
            out.append(pformat(obj, width=width, **kw))
    return out
# --- basics
pformat([1, 2, 3]), pformat({'b': 1, 'a': 2}), pformat(()), pformat((1,)), pformat(set()), pformat({3, 1, 2}), pformat(frozenset({'x', 'y'})), pformat(10**20, underscore_numbers=True)
data = {'name': 'x' * 30, 'list': list(range(30)), 'nested': {'a': [1, {'b': (2, 3)}], 'c': 'hello world ' * 8}, 'bytes': bytes(range(40)), 'ba': bytearray(b'abcdefghij' * 5)}
fmt_all(data)
fmt_all(['short', 'a much longer string that will need wrapping because it is long and has spaces ' * 2, 'multi\nline\nstring that goes on and on and on and on and on and on'])
fmt_all(collections.OrderedDict((str(i), i) for i in range(15)))
fmt_all(collections.defaultdict(list, {i: [i] * i for i in range(8)}))
fmt_all(collections.Counter('abracadabra' * 5))
fmt_all(collections.ChainMap({'a': list(range(10))}, {'b': 'x' * 50}))
fmt_all(collections.deque(range(30))), fmt_all(collections.deque(range(30), maxlen=40))
fmt_all(collections.UserDict(a=list(range(20)))), fmt_all(collections.UserList(range(25))), fmt_all(collections.UserString('y ' * 50))
fmt_all(types.MappingProxyType({'k': list(range(20))})), fmt_all(types.SimpleNamespace(a=list(range(20)), b='z' * 40))
@dataclasses.dataclass
class Point:
    x: int
    y: list
    z: str = 'zzz'
fmt_all(Point(1, list(range(20))))
fmt_all([Point(i, [i] * 5) for i in range(3)])
l = [1, 2]; l.append(l); pformat(l).replace(str(id(l)), 'ID'), saferepr(l).replace(str(id(l)), 'ID'), isrecursive(l), isreadable(l)
d = {'a': 1}; d['self'] = d; pformat(d, width=5).replace(str(id(d)), 'ID')
saferepr({'b': [1, (2,)], 'a': object}), isreadable([1, 'a']), isreadable(object()), isreadable(object), isrecursive([1])
pformat({1: 'a', 'b': 2, None: 3, (1,): 4}), pformat({1.5: 1, 2: 2, 'x': 3}, width=10)
pformat({'a': [1, 2]}, depth=1), pformat([[[[1]]]], depth=2), pformat(([1],), depth=1)
PrettyPrinter(indent=-1)
PrettyPrinter(depth=0)
PrettyPrinter(width=0)
s = io.StringIO(); pprint.pprint({'a': 1}, stream=s); s.getvalue()
s = io.StringIO(); pprint.pp({'b': 1, 'a': 2}, stream=s); s.getvalue()
pp = PrettyPrinter(width=20); pp.pformat(list(range(10))), pp.isrecursive([]), pp.isreadable([1])
pformat('x' * 100, width=30), pformat(b'x' * 100, width=30), pformat(bytearray(b'xy' * 30), width=20), pformat(b'abc'), pformat('')
pformat([('a' * 10 + ' ') * 10], width=40)
# --- random structures
rng = random.Random(9)
def rand(depth=0):
    k = rng.randrange(10 if depth < 3 else 5)
    if k == 0: return rng.randrange(-10**9, 10**12)
    if k == 1: return rng.choice(['', 'a', 'word ' * rng.randrange(8), 'line\nbreak ' * 3, 'é😀'])
    if k == 2: return rng.choice([1.5, None, True, b'bytes' * rng.randrange(5)])
    if k == 3: return (rand(depth + 1),) * rng.randrange(3)
    if k == 4: return rng.choice([frozenset(), {1, 2, 3}])
    if k in (5, 6): return [rand(depth + 1) for _ in range(rng.randrange(6))]
    if k == 7: return {rng.choice(['k', 'key', 1, 2.5, None]): rand(depth + 1) for _ in range(rng.randrange(5))}
    if k == 8: return collections.OrderedDict((str(i), rand(depth + 1)) for i in range(rng.randrange(4)))
    return tuple(rand(depth + 1) for _ in range(rng.randrange(5)))
objs = [rand() for _ in range(150)]
[fmt_all(o) for o in objs]
