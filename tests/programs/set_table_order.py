# Set iteration order follows CPython's table layout exactly: adds that reuse dummy slots, the
# side an intersection walks, symmetric difference, merges, resizes, pops, with mixed key types.
import random

r = random.Random(5)
POOL = ["x", "yy", "zz", "q", "abc", "", 1, 2, 3, 0, -1, 2.5, -0.5, 1e100, -7, 10**20, 10**30,
        (1, 2), ("a",), True, frozenset({1})] + [r.randint(-10**12, 10**12) for _ in range(30)]

def sample(n):
    return [r.choice(POOL) for _ in range(n)]

for trial in range(150):
    a = set(sample(r.randint(0, 30)))
    b = set(sample(r.randint(0, 30)))
    l = sample(r.randint(0, 20))
    print(trial, list(a | b), list(a & b), list(b & a), list(a - b), list(a ^ b), list(b ^ a))
    print(" ", a <= b, a >= b, a < b, a.isdisjoint(b), a == b)
    print(" ", list(a.union(l)), list(a.intersection(l)), list(a.difference(l)), list(a.symmetric_difference(l)))
    print(" ", list(a.intersection(b, l)), list(a.difference(b, l)), list(a.union(b, l)))
    c = set(a); c |= b; print(" |=", list(c))
    c = set(a); c &= b; print(" &=", list(c))
    c = set(a); c -= b; print(" -=", list(c))
    c = set(a); c ^= b; print(" ^=", list(c))
    c = set(a); c.update(l, b); print(" upd", list(c))
    c = set(a); c.intersection_update(l, b); print(" iupd", list(c))
    c = set(a); c.difference_update(l); print(" dupd", list(c))
    c = set(a); c.symmetric_difference_update(l); print(" sdupd", list(c))
    d = dict.fromkeys(l)
    print(" dict", list(a - d.keys()), list(a.difference(d)), list(a.union(d)), list(a.intersection(d)))
    c = set(a)
    for k in sample(15):
        if r.random() < 0.5:
            c.discard(k)
        else:
            c.add(k)
    print(" mix", list(c))
    popped = []
    while c and len(popped) < 5:
        popped.append(c.pop())
    print(" pop", popped, list(c))
    f = frozenset(a)
    print(" fz", list(f | b), list(f & b), list(f ^ b), list(frozenset(l)), type(f | b).__name__)

# growth through many adds and removals
s = set()
for i in range(2000):
    s.add(r.choice(POOL) if i % 3 else r.randint(-10**15, 10**15))
    if i % 4 == 0:
        s.discard(r.choice(POOL))
print(len(s), list(s)[:40])
