# Random sequences of set mutations (add, discard, pop, |=, -=, &=, ^=, update, copy) over mostly-int
# keys, then the binary operations: iteration order must be CPython's table order throughout.
import random
r = random.Random(11)
out = []
for trial in range(400):
    s = set()
    other = set(r.randint(-50, 300) for _ in range(r.randint(0, 60)))
    for step in range(r.randint(1, 60)):
        op = r.randrange(12)
        k = r.randint(-50, 300) if r.random() < 0.8 else r.choice([2**61 - 1, 2**64, -2**63, 1.5, 2.0, "a", "bb", (1,)])
        if op < 4: s.add(k)
        elif op == 4: s.discard(k)
        elif op == 5 and s: s.pop()
        elif op == 6: s |= set(r.sample(range(-50, 300), r.randint(0, 20)))
        elif op == 7: s -= other
        elif op == 8: s &= set(range(r.randint(-50, 0), r.randint(0, 300)))
        elif op == 9: s ^= set(r.sample(range(-50, 300), r.randint(0, 20)))
        elif op == 10: s.update(range(r.randint(0, 40)), [k, k])
        elif op == 11: s = s.copy() if r.random() < 0.5 else set(s)
    out.append(repr(list(s)))
    out.append(repr([list(s - other), list(other - s), list(s ^ other), list(s & other), list(other & s), list(s | other)]))
print("\n".join(out))
