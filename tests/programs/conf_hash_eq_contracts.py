class Key:
    calls = []
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        Key.calls.append(("hash", self.name))
        return self.h
    def __eq__(self, other):
        Key.calls.append(("eq", self.name, getattr(other, "name", other)))
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"Key({self.name})"
d = {}
d[Key("a", 1)] = 1
d[Key("b", 1)] = 2
d[Key("a", 1)] = 3
print(d, len(d))
print(Key.calls)
Key.calls.clear()
print(Key("b", 1) in d, Key("c", 2) in d, Key.calls)
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)
class InheritHash(NoHash):
    __hash__ = object.__hash__
print(len({InheritHash(), InheritHash()}))
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", None)
    __hash__ = None
print(EqOnly(1) == EqOnly(1), EqOnly(1) in [EqOnly(1)], [EqOnly(1)].index(EqOnly(1)), [EqOnly(2)].count(EqOnly(2)))
nan = float("nan")
print(nan in [nan], nan in {nan}, [nan] == [nan], {nan: 1}.get(nan), float("nan") in {nan}, (nan,) == (nan,))
print(1 == 1.0 == True, {1: "int", 1.0: "float"}, {True: "bool"}.get(1), hash(-1) == hash(-2), hash(0.0) == hash(-0.0), {0.0: 1}[-0.0])
class Identity:
    pass
i1 = Identity(); print(i1 == i1, i1 != Identity(), i1 in [i1], {i1: 1}[i1])
class Weird:
    def __eq__(self, o): return False
w = Weird(); print(w == w, w in [w], [w] == [w], w in {w: 1} if Weird.__hash__ else "unhashable")
class Mutable:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
m = Mutable(1); s = {m}; m.v = 2
print(m in s, Mutable(1) in s, Mutable(2) in s, len(s))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash("a") == hash("a"), hash(b"a") == hash("a") or "differ")
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]), sorted(["b", "a", "B"], key=str.casefold))
