# Tuples: packing, unpacking, immutability, methods, comparison, as keys, named records by hand
t = 1, 2, 3
single = (1,)
empty = ()
print(t, single, empty, type(single).__name__, len(empty), (1) == 1, tuple("ab"), tuple([1, [2]]))
a, b, c = t
print(a, b, c, t[0], t[-1], t[1:], t[::-1], t * 2, t + (4,), 2 in t, t.index(3), t.count(1))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") == (1, "a"), max([(2, "b"), (2, "a"), (1, "z")]))
points = {(0, 0): "origin", (1, 2): "p"}
print(points[(1, 2)], points[0, 0], (0, 0) in points)
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([4, 9, 1])
print(lo, hi, min_max("hello"))
people = [("alice", 30, "NYC"), ("bob", 25, "LA"), ("carol", 35, "NYC")]
for name, age, city in people:
    print(f"{name:>6} {age:3} {city}")
print(sorted(people, key=lambda p: p[1]), [n for n, _, c in people if c == "NYC"])
by_city = {}
for name, _, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
class Record(tuple):
    _fields = ("x", "y")
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Record(x={self.x!r}, y={self.y!r})"
    def _replace(self, **kw):
        return Record(kw.get("x", self.x), kw.get("y", self.y))
r = Record(1, 2)
print(r, r.x, r.y, r[0], len(r), r == (1, 2), isinstance(r, tuple), r._replace(y=5), tuple(r), hash(r) == hash((1, 2)))
x, y = r
print(x + y, sorted([Record(2, 1), Record(1, 5)]))
print(tuple(range(5)), tuple(x * x for x in range(4)), tuple({3: 1, 1: 2}), divmod(17, 5), tuple(zip("ab", "cd")))
print(repr((1,)), repr(()), str(("a", 'b"')), ((),), (((1,),),), tuple.__name__)
big = tuple(range(10000))
print(big[5000], sum(big), big.index(9999), big[-3:])
swap_a, swap_b = "first", "second"
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
(p, q), r2 = ("P", "Q"), "R"
print(p, q, r2)
