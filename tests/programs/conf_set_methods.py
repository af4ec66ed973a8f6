s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(s, len(s), 2 in s, sorted(s))
try:
    s.remove(10)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, a < a | b, a.isdisjoint({9}), a.issuperset({1}), a.union([7], (8,)), a.intersection("x"))
c = set(a); c |= {9}; c &= {1, 9}; c -= {1}; c ^= {5}; print(c)
c.update([1], {2}); c.intersection_update({1, 2, 5}); c.difference_update([5]); c.symmetric_difference_update({7}); print(c)
print(frozenset([1, 2]) | {3}, {3} | frozenset([1]), type(frozenset() | set()).__name__, type(set() | frozenset()).__name__)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): "x"})
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print(set("hello"), set(), frozenset(), set([1, 1.0, True]), {x % 3 for x in range(10)})
print(sorted({"b", "a"}), {None, 0, ""} == {0, "", None}, set(range(5)) == frozenset(range(5)))
p = s.pop(); print(type(p).__name__)
print({1, 2}.__len__(), set.__name__, repr(set()), repr(frozenset()), repr({frozenset({1})}))
x = {1}; x.add(x.copy().pop()); print(x)
try:
    for v in x:
        x.add(v + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
words = "the cat and the hat and the bat".split()
print(sorted(set(words)), len(set(words)), sorted(set(words) - {"the"}))
print(list({10, 20, 30, 5, 1000, -1}), list({"only"}))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 2
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __repr__(self): return f"H{self.v}"
hs = {H(1), H(3), H(1), H(2)}; print(len(hs), H(3) in hs, H(5) in hs)
print(set.union(*[{1}, {2}, {3}]), set().union(), frozenset.intersection(frozenset({1, 2}), {2}))
print({1, 2} == {2, 1}, {1} != {1}, {1, 2} > {1}, {1} >= {1}, {1} < {1})
print(sorted({-1, -2, 3.5, 2}), min({4, 2}), max(frozenset("xyz")))
