# iter/next, enumerate, zip, map, filter, reversed, range, all/any, len, sorted
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
data = iter([5, 6, 0, 7])
print(list(iter(lambda: next(data), 0)))
class Reader:
    def __init__(self):
        self.lines = ["a", "b", ""]
    def readline(self):
        return self.lines.pop(0)
print(list(iter(Reader().readline, "")))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
e = enumerate(["x", "y"])
print(next(e), type(e).__name__)
print(list(zip("abc", [1, 2, 3], (True, False, None))), list(zip()), list(zip("ab", range(10))))
print(list(zip("ab", "cd", strict=True)))
try:
    list(zip("abc", "d", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("a", "de", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("a", "b", "cd", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(list(map(str.upper, "abc")), list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y, z: x + y + z, "ab", "cd", "ef")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
r = range(10, 0, -3)
print(list(r), len(r), r[1], r[-1], r[1:3], 7 in r, 8 in r, r.index(4), r.count(7), range(5) == range(0, 5), repr(range(1, 5, 2)))
print(list(range(-3)), list(range(2, -2, -1)), range(0, 10, 2)[::2], bool(range(0)), hash(range(3)) == hash(range(3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(5)[10]
except IndexError as e:
    print(type(e).__name__, e)
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, None, 3]), any(x > 2 for x in [1, 2, 3]))
print(len("héllo"), len([1, 2]), len({1: 2}), len(range(100)), len(b"ab"), len({1, 2, 2}))
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted({"b": 1, "a": 2}))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)), sorted(words, key=str.casefold, reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
l = [3, 1, 2]
print(l.sort(), l)
# stable sort by multiple keys
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(records, key=lambda r: r[1]), sorted(sorted(records), key=lambda r: -r[1]))
# iterator exhaustion and reuse
gen = (x for x in range(3))
print(list(gen), list(gen), sum(gen))
m = map(int, ["1", "2"])
print(list(m), list(m))
# iterating over dict views while modifying
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    for x in s:
        s.add(2)
except RuntimeError as e:
    print(type(e).__name__, e)
# list modified during iteration is allowed
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
print(l)
# unpacking of iterators
first, *rest = iter(range(5))
print(first, rest)
*init, last = "hello"
print(init, last)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
