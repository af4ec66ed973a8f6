class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __len__(self):
        return self.n
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(4)
print(list(c), list(reversed(c)), len(c), sum(c), max(c), sorted(c), 3 in c, list(enumerate(c, 1)))
it = iter(c); print(next(it), next(it), list(it), next(it, "done"))
print(list(zip(c, "abcdef")), list(map(str, c)), list(filter(lambda x: x % 2, c)), dict(zip(c, c)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
import io
f = io.StringIO("line1\nline2\nSTOP\nline4\n")
print(list(iter(f.readline, "STOP\n")))
e = enumerate("ab"); print(next(e), type(e).__name__, list(e))
r = reversed([1, 2, 3]); print(type(r).__name__, next(r), list(r), list(r))
m = map(lambda x, y: x * y, [1, 2, 3], [4, 5]); print(list(m), list(m))
z = zip(); print(list(z))
rng = range(10, 0, -3); print(list(rng), rng[1], rng[-1], len(rng), rng.index(4), rng.count(7), 7 in rng, rng[::2], reversed(rng).__class__.__name__)
print(range(5) == range(0, 5, 1), range(0) == range(1, 1), hash(range(3)) == hash(range(0, 3)), range(2, 20, 4)[1:3])
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(OldStyle()), [x for x in OldStyle()], 4 in OldStyle(), list(iter(OldStyle())))
class StopsEarly:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("payload")
print(list(StopsEarly()))
def g():
    yield 1
    yield 2
gi = g()
print(iter(gi) is gi, list(gi), next(gi, None))
import itertools
counter = itertools.count()
print([next(counter) for _ in range(3)], next(counter))
it2 = iter([1, 2, 3])
for x in it2:
    if x == 1:
        print("skip", next(it2))
    else:
        print("got", x)
class LenHint:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 100
print(list(LenHint()))
print(list(iter(int, 0)), all(iter([])), any(iter([0, "", None])))
a = [1, 2, 3]
for i, x in enumerate(a):
    if x == 2:
        a.remove(x)
print(a)
print(sorted(zip("bca", range(3))), list(map(max, [1, 5], [4, 2])), min(zip([3, 1], "ab")))
