# __bool__/__len__ priority, __contains__ vs __iter__, __getitem__ slices, __missing__, __eq__/__hash__ in containers
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()), len(Both()))
class OnlyLen:
    def __len__(self):
        return 0
print(bool(OnlyLen()), not OnlyLen())
class IterOnly:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetitemOnly:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i
print(3 in GetitemOnly(), 9 in GetitemOnly())
class Sliceable:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step)
            return Sliceable(self.data[key])
        if isinstance(key, tuple):
            return [self.data[k] for k in key]
        return self.data[key]
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Sliceable({self.data})"
s = Sliceable(range(10))
print(s[2], s[-1], s[2:5], s[::3], s[1, 3, 5])
s[0] = "zero"
s[1:3] = ["a", "b", "c"]
del s[-1]
del s[:2]
print(s, len(s))
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        print("missing", key)
        self[key] = value = self.factory()
        return value
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(dict(dd), dd.get("c"), "c" in dd)
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        print(f"eq {self.k} vs {other.k}")
        return self.k == other.k
    def __hash__(self):
        print(f"hash {self.k}")
        return hash(self.k) % 3
d = {}
d[Key(1)] = "one"
d[Key(4)] = "four"
print(d[Key(1)])
print(Key(7) in d)
class AlwaysEqual:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 1
print(AlwaysEqual() in [1, 2], [1, 2].index(AlwaysEqual()) if False else [1, 2].count(AlwaysEqual()), {1: "x"}.get(AlwaysEqual()))
print(len({AlwaysEqual(), AlwaysEqual()}))
class Container:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __add__(self, other):
        c = Container()
        c.items = self.items + [other]
        return c
    def __contains__(self, x):
        return x in self.items
c = Container()
c += 1
c2 = c + 2
print(c.items, c2.items, 2 in c2, 2 in c)
class Reversible:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
print(list(reversed(Reversible(4))), list(Reversible(4)), sorted(Reversible(4), reverse=True))
class Summable:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Summable(self.v + (o.v if isinstance(o, Summable) else o))
    __radd__ = __add__
print(sum([Summable(1), Summable(2), Summable(3)]).v)
