# Assignment forms: chained, tuple/list unpacking, starred, augmented, attribute/subscript targets
a = b = c = [1, 2]
a.append(3)
print(a, b, c, a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
[s, t], u = "ab", "c"
print(p, q, r, s, t, u)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = "x"
print(head, rest)
a, *b, c, d = 1, 2, 3, 4, 5, 6
print(a, b, c, d)
for i, (k, v) in enumerate({"one": 1, "two": 2}.items()):
    print(i, k, v)
for a, *b in [(1, 2, 3), (4,), [5, 6]]:
    print(a, b)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
# augmented assignment on various targets
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7; n <<= 2; n >>= 1; n |= 8; n &= 12; n ^= 5
print(n)
f = 7.5
f /= 2; f -= 0.25
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias is lst)
tup = (1,)
alias_t = tup
tup += (2,)
print(tup, alias_t, alias_t is tup)
d = {"k": [0]}
d["k"] += [1]
d["k"][0] += 10
d.setdefault("new", 0)
d["new"] += 1
print(d)
class Obj:
    pass
o = Obj()
o.count = 0
o.count += 1
o.items = []
o.items += "ab"
print(o.count, o.items)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 5
m[0][0] += 1
print(m)
bad = [[0] * 2] * 2
bad[0][0] = 9
print(bad)
# slice assignment
l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[::3] = [None] * len(l[::3])
print(l)
del l[1::2]
print(l)
l[:] = []
print(l)
l[len(l):] = [1, 2]
l[0:0] = [0]
print(l)
try:
    l[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
# evaluation order of assignment targets
def key(n):
    print("key", n)
    return n
def val(n):
    print("val", n)
    return n
dd = {}
dd[key(1)] = dd[key(2)] = val(3)
print(dd)
i = 0
arr = [0, 0, 0]
i, arr[i] = 1, 5
print(i, arr)
# walrus
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
print((z := 5) + z)
# global and del
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
del counter
try:
    counter
except NameError as e:
    print(type(e).__name__, e)
v = 1
del v
try:
    del v
except NameError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
del lst[0], lst[-1]
print(lst)
# annotated assignments
count: int = 0
name: str
print(count, __annotations__)
try:
    name
except NameError as e:
    print(type(e).__name__, e)
