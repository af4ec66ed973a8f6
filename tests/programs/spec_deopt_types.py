# PEP 659: specialised operators, comparisons, subscripts, unpacking and calls must give the
# generic results when the operands' types change while a loop runs.

def arith(values):
    out = []
    acc = 0
    for v in values:
        acc = acc + v
        out.append(acc * 2 - v)
    return out[-3:], acc

ints = list(range(100))
print("ints", arith(ints))
print("to floats", arith(ints[:60] + [0.5] * 40))
print("big ints", arith([2 ** 60] * 30 + [3] * 30 + [-2 ** 70] * 5))
print("bools", arith([True, False] * 40))

class MyInt(int):
    def __add__(self, other):
        return "MyInt.add"
print("int subclass", arith([1] * 70 + [MyInt(5)] + [1] * 5)[0][0] if False else "skip")
try:
    print("subclass add", arith([1] * 70 + [MyInt(5)]))
except TypeError as e:
    print("TypeError", e)

def strs(items):
    s = ""
    for it in items:
        s += it
    return len(s)

print("str concat", strs(["ab"] * 100))
try:
    strs(["ab"] * 60 + [1])
except TypeError as e:
    print("TypeError", e)

def compare(pairs):
    n = 0
    for a, b in pairs:
        if a < b:
            n += 1
        if a == b:
            n += 100
    return n

print("cmp ints", compare([(i, 50) for i in range(100)]))
print("cmp mixed", compare([(i, 50) for i in range(60)] + [(1.5, 2), (2, 1.5), (float("nan"), 1.0), ("a", "a")]))
print("cmp str", compare([("a", "b")] * 70 + [("b", "a"), ("x", "x")]))
try:
    compare([(1, 2)] * 70 + [(1, "x")])
except TypeError as e:
    print("TypeError", e)
print("cmp big", compare([(2 ** 40, 2 ** 41)] * 70 + [(2 ** 80, 2 ** 81)]))

def subscr(containers, k):
    out = []
    for c in containers:
        try:
            out.append(c[k])
        except (IndexError, KeyError, TypeError) as e:
            out.append(type(e).__name__)
    return out

lists = [[1, 2, 3]] * 60
print("list", subscr(lists, 1)[-1], subscr(lists + [(7, 8, 9)], 1)[-1], subscr(lists + [[1]], 1)[-1])
print("negative", subscr(lists, -1)[-1], subscr([(4, 5)] * 60, -2)[-1])
print("dict", subscr([{"a": 1}] * 60 + [{"b": 2}], "a")[-2:])
print("str index", subscr(["xyz"] * 70, 2)[-1])

class G:
    def __getitem__(self, k):
        return k * 2
class G2(G):
    pass
print("getitem", subscr([G()] * 60, 4)[-1], subscr([G()] * 60 + [G2()], 5)[-1])
G.__getitem__ = lambda self, k: "changed"
print("getitem changed", subscr([G()] * 5, 4)[-1])

def store(lst, n):
    for i in range(n):
        lst[i % len(lst)] = i
    return lst

print("store list", store([0] * 10, 100)[:3])
try:
    print(store([0] * 3, 50) + store((0,), 1))
except TypeError as e:
    print("TypeError", e)
d = {}
for i in range(100):
    d[i % 7] = i
print("store dict", sorted(d.items())[:3])

def unpack(seqs):
    out = 0
    for s in seqs:
        try:
            a, b = s
            out += a * b
        except ValueError as e:
            return str(e)
        except TypeError as e:
            return str(e)
    return out

print("unpack", unpack([(2, 3)] * 70), unpack([[2, 3]] * 70), unpack([(1, 2)] * 60 + [(1, 2, 3)]))
print("unpack iter", unpack([(1, 2)] * 60 + [iter((4, 5))]), unpack([(1, 2)] * 60 + [5]))

def calls(fs):
    out = []
    for f in fs:
        out.append(f(3))
    return out

def sq(x):
    return x * x
def dflt(x, y=10):
    return x + y
print("calls", calls([sq] * 60)[-1], calls([sq] * 60 + [dflt])[-1], calls([len] * 0 + [str] * 60)[-1])
sq.__code__ = dflt.__code__
sq.__defaults__ = (100,)
print("code changed", calls([sq] * 5)[-1])
def mk(k):
    def inner(x):
        return x + k
    return inner
print("closures", calls([mk(i) for i in range(100)])[-3:])

class Cls:
    def __init__(self, v):
        self.v = v
def make(n):
    return [Cls(i).v for i in range(n)][-1]
print("class call", make(100))
Cls.__init__ = lambda self, v, w=7: setattr(self, "v", v + w)
print("init changed", make(10))
class Meta(type):
    def __call__(cls, *a):
        return "meta"
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        pass
def make2(k, n):
    return [k(i) for i in range(n)][-1]
print("metaclass", make2(WithMeta, 70))
class WithNew:
    def __new__(cls, v):
        return v * 3
    def __init__(self, v):
        raise RuntimeError("not called")
print("new", make2(WithNew, 70))
class Bad:
    def __init__(self, v):
        if v == 65:
            return v
try:
    make2(Bad, 70)
except TypeError as e:
    print("TypeError", e)
