l = [3, 1, 4, 1, 5, 9, 2, 6]
l.append(5)
l.extend([3, 5])
l.insert(0, 0)
print(l, len(l), l.count(5), l.index(9), l.pop(), l.pop(0), l)
l.sort()
print(l, sorted(l, reverse=True), sorted(["b", "A", "c"], key=str.lower))
l.reverse()
print(l, l[1:4], l[::-1][:3], l * 2 if len(l) < 5 else len(l * 2))
del l[0]
l[1:3] = ["x", "y", "z"]
print(l)
l.remove("x")
print(l, [x for x in l if isinstance(x, int) and x > 2])
t = (1, 2, 3)
a, b, c = t
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
print(t, a + b + c, first, rest, init, last, t + (4,), t * 2, t.index(2), t.count(3))
d = {"a": 1, "b": 2}
d["c"] = 3
d.update(x=10)
d.setdefault("b", 99)
print(d, d.get("z"), d.get("z", 0), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d, "b" in d, len(d), {k: v * 2 for k, v in d.items()})
del d["b"]
print(d, dict(zip("abc", range(3))), dict([(1, 2)]), dict.fromkeys("ab", 0), d | {"q": 1})
s = {3, 1, 2}
s.add(4)
s.discard(1)
print(s, {1, 2} | {3}, {1, 2, 3} & {2, 3, 4}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1, 2} <= {1, 2, 3})
print(set("hello"), frozenset([1, 2]), {x % 3 for x in range(10)}, set(), len({1, 1, 1}))
print(list(range(10)), list(range(2, 20, 3)), list(range(10, 0, -2)), range(5)[2], range(0, 10, 2)[1:3], 5 in range(10))
print(list(enumerate("abc", 1)), list(zip([1, 2], "ab")), list(map(lambda x: x * x, [1, 2, 3])), list(filter(None, [0, 1, 2])))
print(list(reversed([1, 2, 3])), any([0, 1]), all([]), all([1, 0]), max({1: "a", 3: "b"}))
nested = [[1, 2], [3, [4, 5]]]
print(nested, nested[1][1][0], [y for x in [[1, 2], [3]] for y in x], {i: [j for j in range(i)] for i in range(3)})
print({1, 2, 3, 100, 1000, -1, 2 ** 40}, {(1, 2), (3, 4), (0, 0)}, {"single"})
print([1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0), {1: 2} == {1: 2}, [] == (), {1} == frozenset({1}))
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
