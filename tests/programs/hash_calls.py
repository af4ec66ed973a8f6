log = []
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        log.append(f"h{self.v}")
        return self.v
    def __eq__(self, o):
        log.append(f"e{self.v}{o.v}")
        return self.v == o.v
    def __repr__(self):
        return f"H{self.v}"
def run(label, f):
    log.clear()
    r = f()
    print(label, r if not isinstance(r, (set, frozenset)) else sorted(r, key=lambda h: h.v), log)
s1 = {H(1), H(2), H(3)}
s2 = {H(2), H(3), H(4)}
fs = frozenset([H(5), H(6)])
run("and", lambda: s1 & s2)
run("or", lambda: s1 | s2)
run("sub", lambda: s1 - s2)
run("xor", lambda: s1 ^ s2)
run("intersection list", lambda: s1.intersection([H(1), H(9)]))
run("difference list", lambda: s1.difference([H(1)]))
run("issubset", lambda: s1 <= s2)
run("issuperset", lambda: s1 >= {H(1)})
run("isdisjoint", lambda: s1.isdisjoint(s2))
run("set(set)", lambda: set(s1))
run("frozenset(fs)", lambda: frozenset(fs))
run("copy", lambda: s1.copy())
run("update", lambda: set().update(s1))
run("dict.fromkeys(set)", lambda: list(dict.fromkeys(s1)))
run("dict(zip)", lambda: len(dict(zip(s1, s1))))
run("hash frozenset", lambda: hash(fs) == hash(frozenset(fs)))
run("fs in set", lambda: fs in {fs})
run("set in", lambda: H(2) in s1)
run("intersection_update", lambda: s1.copy().intersection_update(s2))
run("sym_update", lambda: s1.copy().symmetric_difference_update(s2))
run("diff_update", lambda: s1.copy().difference_update(s2))
run("discard", lambda: s1.copy().discard(H(1)))
run("remove", lambda: s1.copy().remove(H(2)))
run("list(set)", lambda: len(list(s1)))
run("sorted keys", lambda: sorted({H(3): 1, H(1): 2}, key=lambda h: h.v))
d = {H(1): "a", H(2): "b"}
run("dict copy", lambda: len(d.copy()))
run("dict(d)", lambda: len(dict(d)))
run("dict update d", lambda: {}.update(d))
run("d | d", lambda: len(d | d))
run("keys & keys", lambda: d.keys() & {H(2): 0}.keys())
run("set(d)", lambda: set(d))
