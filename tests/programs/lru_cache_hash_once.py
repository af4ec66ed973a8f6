# functools.lru_cache hashes each argument once per call (the key caches its hash)
import functools


class Counted:
    hashes = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Counted.hashes += 1
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Counted) and self.v == other.v


@functools.lru_cache(maxsize=2)
def f(x, y=0):
    return (x.v if isinstance(x, Counted) else x) * 3 + y


a = Counted(5)
for args, kw in [((a, 1), {}), ((a, 1), {}), ((6, 2), {}), ((7,), {}), ((a,), {'y': 1}), ((a,), {'y': 1})]:
    before = Counted.hashes
    print(f(*args, **kw), Counted.hashes - before, f.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def g(*args, **kw):
    return len(args) + len(kw)


print(g(1, 2.0, a=a), g(1, 2.0, a=a), g(1.0, 2.0, a=a), g.cache_info())
print(f.cache_parameters(), g.cache_parameters())
