# Random list mutations (slice assignment/deletion with steps, insert, pop, index, remove, sort, *=) and
# dict merges and key/item view set operations, with their error messages, as CPython 3.11.
import random
r = random.Random(8)
out = []
def rv(): return r.choice([0, 1, 2, -1, 3, "a", "b", 2.5, (1,), True, "c"])
def ri(): return r.choice([None, 0, 1, -1, 2, -3, 5, 100, -100])
for t in range(2500):
    l = [rv() for _ in range(r.randint(0, 8))]
    op = r.randrange(14)
    try:
        if op == 0: l[ri() or 0:ri()] = [rv() for _ in range(r.randint(0, 4))]
        elif op == 1: l[ri():ri():r.choice([None, 1, 2, -1, -2, 3])] = [rv() for _ in range(r.randint(0, 4))]
        elif op == 2: del l[ri():ri():r.choice([None, 1, 2, -1, -2])]
        elif op == 3: l.insert(ri() or 0, rv())
        elif op == 4: out.append(repr(l.pop(*( [ri() or 0] if r.random() < 0.5 else []))))
        elif op == 5: out.append(repr(l.index(rv(), *([ri() or 0] if r.random() < 0.5 else []))))
        elif op == 6: l.remove(rv())
        elif op == 7: l.sort(key=lambda x: repr(x), reverse=r.random() < 0.5)
        elif op == 8: l.sort()
        elif op == 9: out.append(repr(l[ri():ri():r.choice([None, 1, 2, -1, -2, 0])]))
        elif op == 10: l *= r.randint(-1, 3)
        elif op == 11: l += (rv(), rv())
        elif op == 12: out.append(repr((l.count(rv()), rv() in l, l == sorted(l, key=repr), min(l, key=repr, default="E"), max(l, key=str, default="E"))))
        elif op == 13: l.extend(x for x in "xyz"); l.reverse()
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
    out.append(repr(l))
    d = {rv(): rv() for _ in range(r.randint(0, 6))}
    e = {rv(): rv() for _ in range(r.randint(0, 6))}
    try:
        out.append(repr([d | e, list(d.keys() & e.keys()), list(d.keys() | e.keys()), list(d.keys() - e.keys()), list(d.keys() ^ e.keys()), list(d.items() & e.items()), d.keys() <= e.keys(), d.keys().isdisjoint(e)]))
        d2 = dict(d); d2 |= e; d2.pop(rv(), None); out.append(repr((d2, d2.popitem() if d2 else None, d2.setdefault(rv(), 7), sorted(d2, key=repr), reversed(list(d2)) and list(reversed(d2)))))
    except Exception as ex:
        out.append(type(ex).__name__ + ": " + str(ex))
print("\n".join(out))
