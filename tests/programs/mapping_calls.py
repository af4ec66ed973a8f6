log = []
class Mapping:
    def __init__(self, d):
        self.d = d
    def keys(self):
        log.append("keys")
        return list(self.d)
    def __getitem__(self, k):
        log.append(f"getitem:{k}")
        return self.d[k]
    def __iter__(self):
        log.append("iter")
        return iter(self.d)
    def __len__(self):
        log.append("len")
        return len(self.d)
def run(label, f):
    log.clear()
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r, log)
m = Mapping({"a": 1, "b": 2})
run("dict(m)", lambda: dict(m))
run("update", lambda: {}.update(m) or "ok")
run("**m", lambda: (lambda **kw: kw)(**m))
run("{**m}", lambda: {**m})
run("%(a)s", lambda: "%(a)s-%(b)s" % m)
run("format_map", lambda: "{a}+{b}".format_map(m))
run("format **", lambda: "{a}".format(**m))
run("dict|", lambda: {"z": 0} | dict(m))
class Pairs:
    def __iter__(self):
        log.append("pairs iter")
        return iter([("x", 1), ("y", 2)])
run("dict(pairs)", lambda: dict(Pairs()))
run("update pairs", lambda: {}.update(Pairs()) or "ok")
class Hashy:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        log.append(f"hash{self.v}")
        return self.v % 2
    def __eq__(self, o):
        log.append(f"eq{self.v}{o.v}")
        return self.v == o.v
    def __repr__(self):
        return f"H{self.v}"
a, b, c = Hashy(1), Hashy(2), Hashy(3)
run("set", lambda: {a, b, c})
run("in set", lambda: Hashy(3) in {a, b, c})
run("dict lookup", lambda: {a: 1, c: 3}[Hashy(3)])
run("set union", lambda: len({a} | {Hashy(1), b}))
run("frozenset eq", lambda: frozenset([a, b]) == frozenset([b, a]))
run("dict.fromkeys", lambda: dict.fromkeys([a, c, Hashy(1)]))
run("list.count", lambda: [a, b, a].count(Hashy(1)))
run("set.add dup", lambda: (lambda s: (s.add(Hashy(1)), len(s))[1])({a}))
run("dict setdefault", lambda: {a: 0}.setdefault(Hashy(1), 5))
run("del dict", lambda: (lambda d: (d.pop(Hashy(3)), len(d))[1])({a: 1, c: 3}))
class S:
    def __str__(self):
        log.append("str")
        return "s"
run("join", lambda: "-".join(["a", S()]))
run("join ok", lambda: "-".join(str(x) for x in [S(), S()]))
run("str concat", lambda: "a" + S())
run("print sep", lambda: print(S(), S(), sep=S()))
