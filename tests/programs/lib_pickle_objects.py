import collections
import pickle
import re

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return type(other) is Point and vars(self) == vars(other)
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = 'drop me'
    def __getstate__(self):
        d = dict(self.__dict__)
        del d['cache']
        return d
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'

class Reduced:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduced, (self.v * 2,))

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
        self.b = [2]

Pair = collections.namedtuple('Pair', 'left right')

class MyList(list):
    pass

class MyDict(dict):
    pass

objs = [Point(1, 2), [Point(3, 4)] * 2, Stateful(), Reduced(5), Slotted(), Pair(1, 'b'),
        collections.OrderedDict([('z', 1), ('a', 2)]), collections.defaultdict(list, {'k': [1]}),
        collections.Counter('abca'), collections.deque([1, 2, 3]), MyList([1, 2]), MyDict(a=1)]
for proto in range(0, 6):
    for i, o in enumerate(objs):
        try:
            data = pickle.dumps(o, proto)
            back = pickle.loads(data)
        except Exception as e:
            print(proto, i, type(e).__name__, e)
            continue
        if isinstance(o, Stateful):
            shown = (back.a, back.cache)
        elif isinstance(o, Reduced):
            shown = back.v
        elif isinstance(o, Slotted):
            shown = (back.a, back.b)
        else:
            shown = back
        print(proto, i, type(back).__name__, shown, data if len(data) < 160 else len(data))
def local():
    pass
for bad in (lambda: 0, local):
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, re.sub('0x[0-9a-f]+', 'ADDR', str(e)))
class Unpicklable:
    def __reduce__(self):
        raise TypeError('nope')
try:
    pickle.dumps(Unpicklable())
except TypeError as e:
    print(e)
print(pickle.loads(pickle.dumps(Point, 2)) is Point, pickle.loads(pickle.dumps(len)) is len)
def f():
    pass
g = f
f = 3
try:
    pickle.dumps(g)
except pickle.PicklingError as e:
    print(re.sub('0x[0-9a-f]+', 'ADDR', str(e)))
class A:
    class B:
        pass
for proto in range(6):
    print(pickle.dumps(A.B, proto), pickle.loads(pickle.dumps(A.B, proto)) is A.B)
