log = []
class L:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        log.append(f"repr{self.v}")
        return f"L({self.v})"
    def __str__(self):
        log.append(f"str{self.v}")
        return f"<{self.v}>"
    def __format__(self, spec):
        log.append(f"format{self.v}:{spec}")
        return format(self.v, spec)
    def __eq__(self, o):
        log.append(f"eq{self.v},{getattr(o, 'v', o)}")
        return isinstance(o, L) and self.v == o.v
    def __ne__(self, o):
        log.append(f"ne{self.v}")
        return NotImplemented
    def __lt__(self, o):
        log.append(f"lt{self.v},{o.v}")
        return self.v < o.v
    def __gt__(self, o):
        log.append(f"gt{self.v},{o.v}")
        return self.v > o.v
    def __le__(self, o):
        log.append(f"le{self.v},{o.v}")
        return self.v <= o.v
    def __hash__(self):
        log.append(f"hash{self.v}")
        return hash(self.v)
    def __bool__(self):
        log.append(f"bool{self.v}")
        return bool(self.v)
    def __len__(self):
        log.append(f"len{self.v}")
        return self.v
    def __iter__(self):
        log.append(f"iter{self.v}")
        return iter(range(self.v))
    def __contains__(self, x):
        log.append(f"contains{self.v}")
        return x < self.v
    def __index__(self):
        log.append(f"index{self.v}")
        return self.v
def run(label, f):
    log.clear()
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r) if not isinstance(r, str) else r, log)
a, b, c = L(1), L(2), L(3)
run("print", lambda: print(a, end="|"))
run("fstr", lambda: f"{a}|{b:>3}|{c!r}|{a!s}")
run("format", lambda: format(a) + "%s %r" % (b, c))
run("eq", lambda: a == b)
run("ne", lambda: a != b)
run("ne-int", lambda: a != 5)
run("lt", lambda: a < b)
run("gt", lambda: a > b)
run("ge", lambda: a >= b)
run("sorted", lambda: sorted([c, a, b]))
run("max", lambda: max([a, c, b]))
run("min", lambda: min(b, a, c))
run("in list", lambda: b in [a, b, c])
run("list.index", lambda: [a, b, c].index(c))
run("list.count", lambda: [a, b, a].count(a))
run("list.remove", lambda: [a, b].remove(b))
run("set", lambda: len({a, b, L(1)}))
run("dict", lambda: {a: 1, L(1): 2})
run("bool", lambda: bool(a) and not L(0))
run("if", lambda: "yes" if b else "no")
run("len", lambda: len(c))
run("in", lambda: 2 in c)
run("list()", lambda: list(b))
run("index", lambda: [10, 20, 30][b])
run("slice", lambda: "abcdef"[a:c])
run("range", lambda: list(range(b)))
run("tuple eq", lambda: (a, b) == (L(1), L(2)))
run("list lt", lambda: [a, b] < [a, c])
run("hex", lambda: hex(c))
run("repr list", lambda: repr([a, b]))
run("str tuple", lambda: str((a,)))
run("dict repr", lambda: repr({"k": a}))
run("== None", lambda: a == None)
run("is", lambda: a is a)
run("any", lambda: any([L(0), a, b]))
run("all", lambda: all([a, L(0), b]))
run("filter", lambda: list(filter(None, [L(0), a])))
run("sum", lambda: sum([1, 2], 0) if False else None)
run("sort stable", lambda: sorted([L(2), L(1), L(2)], reverse=True))
run("dict get", lambda: {a: "x"}.get(L(1)))
run("set contains", lambda: L(2) in {a, b})
run("set ops", lambda: len({a, b} & {L(2), c}))
run("list eq", lambda: [a] == [L(1)])
run("list ne", lambda: [a] != [L(1)])
