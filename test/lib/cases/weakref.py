import weakref
import gc, copy
class Obj:
    def __init__(self, n): self.n = n
    def meth(self): return self.n
    def __repr__(self): return f'Obj({self.n})'
# --- WeakValueDictionary
d = weakref.WeakValueDictionary()
a, b = Obj(1), Obj(2)
d['a'] = a; d['b'] = b
sorted(d.keys()), len(d), d['a'], 'a' in d, d.get('z', 'dflt'), sorted(d.items(), key=lambda kv: kv[0]), sorted(v.n for v in d.values())
del a; _ = gc.collect(); sorted(d.keys()), len(d), 'a' in d, d.get('a')
d['a']
d.setdefault('c', b), d.pop('c'), d.pop('zz', 0), len(d.valuerefs()), type(d.valuerefs()[0]).__name__, d.valuerefs()[0].key
d.pop('zz')
c = d.copy(); type(c).__name__, sorted(c.keys()), sorted(copy.deepcopy(d).keys()), sorted((d | {'q': b}).keys())
repr(d).startswith('<WeakValueDictionary at 0x')
d.update({'x': b}, y=b); sorted(d)
d.popitem()[1] is b
objs = [Obj(i) for i in range(5)]
wd = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
del objs[1:3]; _ = gc.collect(); sorted(wd.keys())
it = iter(wd.keys()); next(it); del objs[0]; _ = gc.collect(); list(it), len(wd), sorted(wd)
# --- WeakKeyDictionary
kd = weakref.WeakKeyDictionary()
k1, k2 = Obj(1), Obj(2)
kd[k1] = 'one'; kd[k2] = 'two'
len(kd), kd[k1], k1 in kd, 5 in kd, sorted(kd.values()), sorted(k.n for k in kd.keys()), kd.get(k2), kd.get(Obj(9), 'none')
del k1; _ = gc.collect(); len(kd), sorted(kd.values())
kd.setdefault(k2, 'x'), kd.pop(k2), len(kd), kd.pop(Obj(3), 'missing')
kd[Obj(4)] = 1
_ = gc.collect(); len(kd)
kd2 = weakref.WeakKeyDictionary({k2: 1}); len(kd2), kd2.copy()[k2], len(kd2.keyrefs()), repr(kd2).startswith('<WeakKeyDictionary at')
# --- WeakSet
ws = weakref.WeakSet()
s1, s2, s3 = Obj(1), Obj(2), Obj(3)
ws.add(s1); ws.add(s2); ws.update([s3])
len(ws), s1 in ws, 5 in ws, sorted(o.n for o in ws)
del s2; _ = gc.collect(); len(ws), sorted(o.n for o in ws)
ws.discard(s1); len(ws), ws.pop() is s3, len(ws)
ws.pop()
ws.remove(s1)
w1 = weakref.WeakSet([s1, s3]); w2 = weakref.WeakSet([s3])
len(w1 | w2), len(w1 & w2), len(w1 - w2), len(w1 ^ w2), w2 <= w1, w1 >= w2, w2 < w1, w1 == weakref.WeakSet([s3, s1]), w1.isdisjoint(w2), w1.issubset([s1, s3])
weakref.WeakSet[int]
# --- WeakMethod / finalize / refs
o = Obj(7)
wm = weakref.WeakMethod(o.meth)
wm()(), wm == weakref.WeakMethod(o.meth), isinstance(wm, weakref.ref), hash(wm) == hash(weakref.ref(o))
weakref.WeakMethod(len)
called = []
wm2 = weakref.WeakMethod(o.meth, lambda r: called.append('dead'))
del o; _ = gc.collect(); wm(), wm2(), called
t = Obj(8)
f = weakref.finalize(t, called.append, 'finalized')
f.alive, f.peek()[1] is called.append, f.atexit, repr(f).split(';')[1]
del t; _ = gc.collect(); called, f.alive, f(), f.peek(), repr(f).endswith('; dead>')
u = Obj(9); g = weakref.finalize(u, lambda: 'ran'); g.detach()[0] is u, g.alive, g()
h = weakref.finalize(Obj(10), lambda: 'x')
_ = gc.collect(); h.alive
weakref.ref(Obj(1))() is None, weakref.getweakrefcount(Obj(1)), weakref.ProxyTypes, weakref.ReferenceType is weakref.ref, sorted(weakref.__all__)
