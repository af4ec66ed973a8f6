# _functools: builtin reduce / cmp_to_key (no method binding, repr, pickling by name),
# lru_cache surviving a cached builtins.len, dict lookups re-entering the cache
import builtins
import functools
import pickle
import _functools

print(functools.reduce, functools.reduce.__module__, functools.cmp_to_key.__name__)
print(functools.partial is _functools.partial, functools.reduce is _functools.reduce)
print(pickle.loads(pickle.dumps(functools.reduce)) is functools.reduce)


class Holder:
    r = functools.reduce
    k = functools.cmp_to_key


h = Holder()
print(h.r(lambda a, b: a * b, [1, 2, 3, 4]), sorted([3, 1, 2], key=h.k(lambda a, b: b - a)))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as exc:
    print(exc)

old_len = builtins.len
try:
    builtins.len = functools.lru_cache(4)(len)
    print([len('abcdefghijklmn'[:i]) for i in [0, 0, 1, 2, 3, 3, 4, 5, 6, 1, 7, 2, 1]])
finally:
    builtins.len = old_len


@functools.lru_cache(maxsize=10)
def ident(x):
    return x


class DoubleEq:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return self.x

    def __eq__(self, other):
        if self.x == 2:
            ident(DoubleEq(1))
        return self.x == other.x


ident(DoubleEq(1))
ident(DoubleEq(2))
print(ident(DoubleEq(2)).x)


class C:
    @functools.cached_property
    def v(self):
        return 42


print(C().v, type(C.__dict__['v'].lock).__name__ in ('RLock', '_RLock', 'RLock'))


@functools.total_ordering
class Orderable:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v


print(Orderable.__gt__.__qualname__, Orderable.__gt__.__name__, Orderable.__ge__.__qualname__)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for name in '__gt__', '__le__', '__ge__':
        assert pickle.loads(pickle.dumps(getattr(Orderable, name), proto)) is getattr(Orderable, name)
print(Orderable(1) > Orderable(0), Orderable(1) <= Orderable(1), Orderable(0) >= Orderable(1))
