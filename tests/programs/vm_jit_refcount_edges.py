# Reference counts around values a local still holds while they are on the stack (the JIT tier
# skips their "reached zero" path): rebinding the local in between, walrus, del, constants as
# indices, and __del__ timing of values released by subscripts and attribute loads.
import sys

log = []

class D:
    def __init__(self, name):
        self.name = name
        self.items = [1, 2, 3]
    def __del__(self):
        log.append(self.name)

def rebind(n):
    total = 0
    l = [10, 20, 30]
    for i in range(n):
        total += l[0] + l[2]
        l = [i, i + 1, i + 2]
        total += l[-1]
    return total

def walrus(n):
    out = []
    for i in range(n):
        x = [i, D("w%d" % i)]
        out.append(x[(x := None) or 0])
    return out

def attr_release(n):
    s = 0
    for i in range(n):
        d = D("a%d" % i)
        s += d.items[1]
        d = None
    return s

def store_release(n):
    l = [D("s-1")]
    for i in range(n):
        l[0] = D("s%d" % i)
    del l
    return len(log)

def unpack(n):
    s = 0
    for i in range(n):
        a, b, c = [i, D("u%d" % i), 3]
        s += a + c
    return s

def del_local(n):
    r = []
    for i in range(n):
        t = (i, i * 2)
        r.append(t[1])
        del t
        try:
            t
        except UnboundLocalError as e:
            r.append(str(e))
    return r[-3:]

print(rebind(200))
print(walrus(60)[-3:], log[-3:])
print(attr_release(60), log[-3:])
print(store_release(60), log[-3:])
print(unpack(60), log[-3:])
print(del_local(60))
x = object()
held = [x, x, x]
before = sys.getrefcount(x)
for i in range(100):
    y = held[1]
    held[2] = held[0]
print(sys.getrefcount(x) - before)
