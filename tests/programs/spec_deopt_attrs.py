# PEP 659: specialised attribute access must follow changes to classes, instances and modules
# made while a loop runs (type versions, dict hints, polymorphic caches, deoptimisation).

class A:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def m(self):
        return self.x + 1


def read_all(objs):
    total = 0
    for o in objs:
        total += o.x + o.y + o.m()
    return total


objs = [A(i) for i in range(100)]
print("plain", read_all(objs))

# a method redefined on the class mid-run
def run_changing_method(n):
    out = []
    a = A(3)
    for i in range(n):
        if i == 60:
            A.m = lambda self: self.x * 100
        out.append(a.m())
    return out[58:63]

print("method changed", run_changing_method(120))
del A.m
A.m = lambda self: -1
print("method replaced again", run_changing_method(70)[-1])


# an instance attribute shadowing a method (LOAD_METHOD must see it)
class B:
    def f(self):
        return "method"

def call_f(objs):
    return [o.f() for o in objs]

bs = [B() for _ in range(100)]
bs[80].f = lambda: "instance attr"
r = call_f(bs)
print("shadowed", r[79], r[80], r[81])


# a property added on the class after the instance attribute was cached
class C:
    def __init__(self):
        self.v = 1

def read_v(objs, n):
    s = []
    for i in range(n):
        if i == 50:
            C.v = property(lambda self: 42)
        try:
            s.append(objs[i % len(objs)].v)
        except AttributeError as e:
            s.append(str(e))
    return s

cs = [C() for _ in range(10)]
vs = read_v(cs, 100)
print("property", vs[48:53])


# many classes through one site (polymorphic caches), then a new one
class P1:
    def __init__(self): self.a = 1
class P2:
    def __init__(self): self.b = 0; self.a = 2
class P3(P1):
    pass
class P4(P2):
    def __init__(self): self.a = 4
class P5:
    __slots__ = ("a",)
    def __init__(self): self.a = 5
class P6:
    a = 6

def get_a(objs):
    return sum(o.a for o in objs)

mixed = [P1(), P2(), P3(), P4(), P5(), P6()] * 50
print("poly", get_a(mixed))
P3.a = property(lambda self: 300)
print("poly after property", get_a(mixed))


# __slots__ and deleted attributes
class S:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

def slots_read(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x + o.y)
        except AttributeError as e:
            out.append(type(e).__name__)
    return out

ss = [S(i) for i in range(60)]
for i, o in enumerate(ss):
    if i % 7:
        o.y = i
print("slots", slots_read(ss)[:10])
del ss[5].x
print("slots deleted", slots_read(ss)[4:7])


# instance __dict__ replaced, __class__ reassigned
class D:
    def __init__(self):
        self.k = "d"
class E:
    def __init__(self):
        self.k = "e"
    def who(self):
        return "E"
class F:
    def who(self):
        return "F"

def ks(objs):
    return "".join(o.k for o in objs)

ds = [D() for _ in range(40)]
print("dict", ks(ds)[:5])
ds[20].__dict__ = {"k": "X"}
ds[21].__class__ = E
print("dict replaced", ks(ds)[18:24])

def whos(objs):
    return "".join(o.who() for o in objs)

es = [E() for _ in range(60)]
es[30].__class__ = F
print("class changed", whos(es)[28:33])


# module attributes
import math
def use_math(n):
    out = 0.0
    for i in range(n):
        if i == 70:
            math.pi = 3.0
        out += math.pi
    return out

saved = math.pi
print("module attr", use_math(100))
math.pi = saved


# attribute set in __init__ in different orders (dict hints differ)
class H:
    def __init__(self, flip):
        if flip:
            self.b = 2
            self.a = 1
        else:
            self.a = 1
            self.b = 2

def hs(objs):
    t = 0
    for o in objs:
        o.a += 1
        t += o.a * 10 + o.b
    return t

print("hints", hs([H(i % 3 == 0) for i in range(200)]))
