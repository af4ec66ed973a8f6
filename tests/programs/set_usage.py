# Sets and frozensets
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union(b, [9]), a.intersection(b, {4}), a.difference([1]), a.symmetric_difference(range(3)))
print(a <= b, {3} <= a, {3} < a, a >= {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}), a == {4, 3, 2, 1})
s = set()
s.add(1); s.add(1); s.add("x")
s.update([2, 3], (4,))
print(sorted(s, key=str), len(s))
s.discard(99)
s.remove(1)
print(sorted(s, key=str))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
c = a.copy()
c |= {10}
c &= {1, 10, 2}
c -= {2}
c ^= {1, 20}
print(c, a)
f = frozenset([1, 2, 2, 3])
print(f, type(f).__name__, hash(f) == hash(frozenset([3, 2, 1])), f | {9}, type(f | {9}).__name__, type({9} | f).__name__)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print(set("hello"), sorted(set("mississippi")), {x % 4 for x in range(20)}, set(), frozenset())
print(repr(set()), repr({1}), str(frozenset({1})), {True, 1, 1.0})
words = "the cat and the hat and the bat".split()
print(len(set(words)), sorted(set(words)), sorted({w for w in words if len(w) == 3} - {"the"}))
seen, dups = set(), set()
for w in words:
    (dups if w in seen else seen).add(w)
print(sorted(dups))
print(max({3, 1, 2}), min(frozenset("abc")), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True), list(reversed(sorted({1, 2}))))
e = set(range(100))
e -= set(range(0, 100, 2))
e -= set(range(0, 100, 3))
print(len(e), sorted(e)[:10])
try:
    {1} + {2}
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    {1} < [1]
except TypeError as e2:
    print(type(e2).__name__, e2)
print({1, 2}.__contains__(1), frozenset([1]) == {1}, {1} == frozenset([1]), set([1]) is not set([1]))
x = {1, 2, 3}
for item in list(x):
    if item % 2:
        x.discard(item)
print(x)
try:
    for item in x:
        x.add(item * 10)
except RuntimeError as e3:
    print(type(e3).__name__, e3)
print(set.union({1}, {2}, {3}), frozenset.intersection(frozenset("abc"), "bcd"))
