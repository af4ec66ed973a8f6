# dict(d) / update from dicts: the fast path only when __iter__ is dict's; mutation of the
# source during the merge; setdefault hashes its key once
import collections

pairs = [('a', 1), ('b', 2), ('c', 3)]


class Plain(dict):
    pass


class Reversed(dict):
    def keys(self):
        return reversed(list(dict.keys(self)))

    __iter__ = keys


print(list(dict(Plain(pairs)).items()), list(dict(Reversed(pairs)).items()))
od = collections.OrderedDict(pairs)
od.move_to_end('a')
print(list(dict(od).items()))
e = {}
e.update(Reversed(pairs))
print(e)


class EqMut:
    def __hash__(self):
        return 5

    def __eq__(self, other):
        src2['new%d' % len(src2)] = 1
        return False


src2 = {EqMut(): 1, 'x': 2}
t2 = {EqMut(): 0}
try:
    t2.update(src2)
except RuntimeError as exc:
    print('RuntimeError', exc)


class Counted:
    hashes = 0

    def __hash__(self):
        Counted.hashes += 1
        return 3


d = {}
k = Counted()
d.setdefault(k, 1)
d.setdefault(k, 2)
print(Counted.hashes, list(d.values()))


class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0

    def __hash__(self):
        self.hash_count += 1
        return 42

    def __eq__(self, other):
        self.eq_count += 1
        return self is other


h1 = Hashed()
y = {h1: 5}
h2 = Hashed()
print(y.setdefault(h2, []), y.setdefault(h1, 0), y.setdefault('s', 'v'), y.setdefault('s'))
print(h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count, len(y))
