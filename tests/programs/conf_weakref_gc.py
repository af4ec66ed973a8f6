import weakref, gc
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
o = Obj("a")
r = weakref.ref(o, lambda ref: print("callback: referent gone", ref() is None))
print(r(), weakref.getweakrefcount(o))
del o
print(r())
cache = weakref.WeakValueDictionary()
k1, k2 = Obj("k1"), Obj("k2")
cache["one"] = k1; cache["two"] = k2
print(sorted(cache.keys()))
del k1
print(sorted(cache.keys()))
ws = weakref.WeakSet(); a, b = Obj("x"), Obj("y"); ws.add(a); ws.add(b); del a
print(len(ws), list(ws))
wk = weakref.WeakKeyDictionary(); key = Obj("key"); wk[key] = "value"; print(dict(wk)); del key; print(len(wk))
p = weakref.proxy(b); print(p.name, repr(p.name))
del b
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
class Cyc:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("Cyc finalized")
c = Cyc(); del c
print("collected", gc.collect() >= 1)
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
f = weakref.finalize(Obj("fin"), print, "finalize ran")
print(f.alive)
gc.collect()
print(f.alive)
