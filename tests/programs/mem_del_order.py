# When __del__ runs under reference counting: at once when the last reference goes, in
# CPython's orders (containers release their items last to first), with errors reported
# as unraisable.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("-- rebinding")
x = D("first")
x = D("second")
print("-- del statement")
del x
print("-- list")
l = [D("l0"), D("l1"), D("l2")]
del l
print("-- tuple")
t = (D("t0"), D("t1"))
del t
print("-- dict")
d = {"a": D("d0"), "b": D("d1")}
del d
print("-- set of one")
s = {D("s0")}
s.clear()
print("-- list slice")
l = [D("m0"), D("m1"), D("m2"), D("m3")]
del l[1:3]
print("-- slice assignment")
l[0:1] = [D("n0"), D("n1")]
l[::2] = [D("e0"), D("e1")]
print("-- pop")
l.pop()
print("-- instance attributes")
class Holder:
    pass
h = Holder()
h.a = D("attr a")
h.b = D("attr b")
del h
print("-- function local")
def f():
    loc = D("local")
    print("returning")
f()
print("-- temporaries")
D("temp").name
print("-- exception in __del__")
def hook(args):
    print("unraisable:", type(args.exc_value).__name__, args.exc_value, args.object.__qualname__)
sys.unraisablehook = hook
class Bad:
    def __del__(self):
        raise ValueError("oops")
b = Bad()
del b
print("-- after bad")
sys.unraisablehook = sys.__unraisablehook__
print("-- nested")
class Chain:
    def __init__(self, name, nxt):
        self.name, self.nxt = name, nxt
    def __del__(self):
        print("del chain", self.name)
c = Chain("outer", Chain("middle", Chain("inner", None)))
del c
print("-- loop variable")
for i in range(3):
    obj = D(f"loop{i}")
print("-- end of loop")
del obj
print("-- generator")
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
next(g)
del g
print("-- resurrect by refcount")
class R:
    keep = None
    def __del__(self):
        print("R.__del__")
        R.keep = self
r = R()
del r
print(R.keep is not None)
R.keep = None
print("-- done")
