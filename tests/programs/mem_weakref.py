import weakref, gc, sys

class A:
    def __init__(self, n): self.n = n
    def m(self): return self.n
    def __repr__(self): return f"A({self.n})"

a = A(1)
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])
print(weakref.ref(a) is r, weakref.ref(a, None) is r)
r2 = weakref.ref(a, lambda w: print("cb r2", w is r2))
r3 = weakref.ref(a, lambda w: print("cb r3"))
print(weakref.getweakrefcount(a), weakref.getweakrefs(a)[0] is r)
p = weakref.proxy(a)
print(p.n, p.m(), repr(p).startswith("<weakproxy at"), str(p))
print(weakref.getweakrefcount(a))
del a
print(r(), r2(), weakref.getweakrefcount(r))
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
print(r.__callback__, r2.__callback__)
print(repr(r).endswith("; dead>"))

for x in [1, "s", [], {}, (), None, 1.5, object()]:
    try:
        weakref.ref(x)
    except TypeError as e:
        print(e)

# proxies of callables and numbers
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __call__(self, *a): return ("called", a)
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
    def __iter__(self): return iter([1, 2])
    def __bool__(self): return False
    def __lt__(self, o): return self.v < o
n = N(5)
pn = weakref.proxy(n)
print(type(pn).__name__, (pn + 1).v, (1 + pn).v, pn(1, 2), len(pn), pn[4], list(pn), bool(pn), pn < 10)
pn.w = 7
print(n.w, hasattr(pn, "zz"))
try:
    hash(pn)
except TypeError as e:
    print(e)

# WeakMethod
a = A(2)
wm = weakref.WeakMethod(a.m)
print(wm()(), wm() == a.m)
del a
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)

# WeakValueDictionary
d = weakref.WeakValueDictionary()
objs = [A(i) for i in range(5)]
for o in objs:
    d[o.n] = o
print(len(d), sorted(d.keys()), d.get(3))
del objs[3]
print(len(d), 3 in d, d.get(3, "gone"), sorted(d))
objs.clear()
print(len(d), list(d.items()))

# WeakKeyDictionary
k = weakref.WeakKeyDictionary()
keys = [A(i) for i in range(3)]
for key in keys:
    k[key] = key.n * 10
print(len(k), sorted(k.values()), keys[0] in k, 5 in k)
del keys[0]
print(len(k), sorted(k.values()))

# WeakSet
s = weakref.WeakSet()
items = [A(i) for i in range(4)]
for it in items:
    s.add(it)
print(len(s), items[1] in s, 3 in s)
items.pop()
print(len(s))
t = weakref.WeakSet(items[:2])
print(t <= s, s >= t, len(s | t), len(s & t), len(s - t), t == weakref.WeakSet(items[:2]))

# iteration while items die
s2 = weakref.WeakSet(items)
it = iter(s2)
first = next(it)
items.clear()
del first
rest = list(it)
print(len(rest) <= 3, len(s2))

# finalize
class B: pass
b = B()
f = weakref.finalize(b, print, "finalized b", 1)
print(f.alive, f.atexit, f.peek()[1] is print)
del b
print(f.alive)
b2 = B()
f2 = weakref.finalize(b2, lambda: print("f2"))
print(f2(), f2.alive, f2())
b3 = B()
f3 = weakref.finalize(b3, print, "at exit 3")
b4 = B()
f4 = weakref.finalize(b4, print, "at exit 4")
b5 = B()
f5 = weakref.finalize(b5, print, "never")
f5.atexit = False
det = weakref.finalize(B(), print, "x")
print(det.alive)
print("end")
