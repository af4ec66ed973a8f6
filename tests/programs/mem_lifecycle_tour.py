# probe: __del__ timing, cycles and gc.collect, weakref callbacks, resurrection, getsizeof, identity, finalize
import gc, sys, weakref
class Noisy:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
def scope():
    a = Noisy("a"); b = Noisy("b")
    print("leaving")
scope()
x = Noisy("x"); x = Noisy("x2")
l = [Noisy(i) for i in range(3)]; del l
d = {"k": Noisy("dk")}; d.clear()
class Node:
    def __init__(self, n): self.n = n; self.other = None
    def __del__(self): print("node del", self.n)
p, q = Node(1), Node(2); p.other, q.other = q, p
del p, q
print("before collect")
print("collected", gc.collect())
def cb(ref): print("weakref callback", ref() is None)
o = Noisy("w"); r = weakref.ref(o, cb); del o
print(r())
class Res:
    instances = []
    def __del__(self): Res.instances.append(self); print("resurrect")
z = Res(); del z
print(len(Res.instances)); Res.instances.clear(); print("cleared")
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof({}), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof(2**100), sys.getsizeof(()), sys.getsizeof(1.0), sys.getsizeof(set()))
lst = []
for i in range(10): lst.append(i); print(sys.getsizeof(lst), end=" ")
print()
print(id(object()) == id(object()), (lambda: 0) is not None)
a = 256; b = 256; print(a is b, int("257") is int("257"), "abc" is "abc", sys.intern("hello world") is sys.intern("hello world"))
print(sys.getrefcount(object()), gc.isenabled(), gc.get_threshold())
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
g = gen(); next(g); g = None
wd = weakref.WeakValueDictionary(); k = Noisy("wv"); wd["a"] = k; print(len(wd)); del k; print(len(wd))
fin = weakref.finalize(Noisy("fz"), print, "finalized")
print("end")
