# set: set keys looked up as frozensets in remove/discard, difference against a dict with
# the stored hashes, pickling state (instance dict and __slots__)
import copy
import pickle

s = {frozenset({1}), 2}
s.discard({1})
print(s)
s.add(frozenset({3}))
s.remove({3})
print(s)
for op in (s.remove, s.discard):
    try:
        op({4})
        print('no error')
    except KeyError as exc:
        print('KeyError', exc.args[0], type(exc.args[0]).__name__)
try:
    s.remove([1])
except TypeError as exc:
    print(exc)


class H(int):
    def __hash__(self):
        self.count += 1
        return int.__hash__(self)


def mk(i):
    x = H(i)
    x.count = 0
    return x


d = dict.fromkeys(map(mk, range(10)))
base = set(d)
print(sum(k.count for k in d))
print(sorted(base.difference(d)), sorted({1, 2}.difference(d)), sum(k.count for k in d))


class Slotted(set):
    __slots__ = ('x', '__dict__')


a = Slotted([1, 2])
a.x = 5
a.y = 6
print(a.__reduce__()[2])
b = pickle.loads(pickle.dumps(a))
print(type(b).__name__, sorted(b), b.x, b.y)
c = copy.deepcopy(a)
print(sorted(c), c.x, c.y)
print(set([1]).__reduce__())
