# Slice assignment of a list/tuple of the same length (stored in place) and slicing with step 1:
# results, reference counts and the order in which replaced items are released.
import sys

class D:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __del__(self):
        self.log.append(self.name)

log = []
l = [D(i, log) for i in range(6)]
l[1:4] = [10, 11, 12]
print([x if isinstance(x, int) else x.name for x in l], log)
log.clear()
l[0:2] = (20, 21)
print([x if isinstance(x, int) else x.name for x in l], log)
log.clear()
l[3:] = [D("a", log), D("b", log), D("c", log)]
print(log)
l[3:6] = [1, 2, 3]
print(l, log)

# the source aliasing the target, different lengths, negative and empty slices
p = list(range(10))
p[:4] = p[3::-1]
print(p)
p[2:5] = p
print(p)
p[-3:] = (7, 8, 9)
print(p)
p[5:5] = []
print(p, len(p))
p[8:2] = [1, 1]
print(p)

# refcounts of shared items after both paths
x = object()
src = [x] * 4
dst = [None] * 4
before = sys.getrefcount(x)
dst[0:4] = src
print(sys.getrefcount(x) - before)
del dst[:]
print(sys.getrefcount(x) - before)
s = src[1:3]
print(len(s), sys.getrefcount(x) - before)
print(src[::2] == [x, x], src[1:1], src[5:9])
t = tuple(range(5))
q = list(range(5))
q[1:4] = t[1:4]
print(q)
try:
    q[::2] = [1, 2]
except ValueError as e:
    print(e)
