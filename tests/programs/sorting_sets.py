data = [("bob", 3), ("alice", 3), ("carol", 1), ("dave", 2), ("eve", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data), min(data, key=lambda t: t[1]), max(data, key=lambda t: (t[1], t[0])))
s = set()
for i in [5, 3, 17, 1, 100, 33, 8, -4, 64, 1000, 9999, 12, 7]:
    s.add(i)
print(s)
s.discard(17)
s.add(18)
print(s, sorted(s), len(s))
print({10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110})
print(set(range(20)), set(range(100, 0, -7)))
print({"apple", "banana", "cherry", "date"}, {"a", "b"} | {"c"})
print({(i, i * i) for i in range(6)})
print({1.5, 2.5, 0.1, -3.25}, {True, 1, 1.0, 2}, {0, ""})
fs = frozenset({3, 1, 2})
print(fs, hash(fs) == hash(frozenset([1, 2, 3])), {fs: "v"})
d = {}
for k in [5, 1, 9, 3]:
    d[k] = k * k
del d[1]
d[1] = 0
print(d, list(d), sorted(d.items(), key=lambda kv: kv[1]))
big = {i: str(i) for i in range(50)}
for i in range(0, 50, 3):
    del big[i]
print(list(big)[:10], len(big))
print(sorted([3, 1, 2], reverse=True), sorted("banana"), sorted([[2, 1], [1, 2], [1, 1]]))
l = [5, 2, 8, 1]
l.sort(key=lambda x: x % 3)
print(l)
print(sorted({"b": 1, "a": 2}.items()), sorted([1.5, 1, True, 0.5]))
s2 = {1, 2, 3}
s2 |= {4}
s2 &= {1, 2, 4, 5}
s2 -= {1}
s2 ^= {9}
print(s2, s2.pop() in (2, 4, 9), s2.issubset({2, 4, 9, 0}), s2.isdisjoint({100}))
