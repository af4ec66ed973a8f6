log = []
class Tracer:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            log.append(f"getattribute:{name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        log.append(f"getattr:{name}")
        if name == "dyn":
            return "dynamic"
        raise AttributeError(name)
    def __setattr__(self, name, value):
        log.append(f"setattr:{name}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        log.append(f"delattr:{name}")
        object.__delattr__(self, name)
    @property
    def prop(self):
        log.append("prop-get")
        return 1
def run(label, f):
    log.clear()
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r), log)
t = Tracer()
run("set", lambda: setattr(t, "x", 1))
run("get", lambda: t.x)
run("dyn", lambda: t.dyn)
run("missing", lambda: t.missing)
run("hasattr", lambda: (hasattr(t, "x"), hasattr(t, "nope")))
run("getattr default", lambda: getattr(t, "nope", "dflt"))
run("prop", lambda: t.prop)
run("del", lambda: delattr(t, "x"))
run("method", lambda: t.__class__.__name__)
run("vars", lambda: vars(t))
run("dir", lambda: "x" in dir(t))
class Seq:
    def __init__(self):
        self.calls = []
    def __getitem__(self, i):
        self.calls.append(f"getitem{i}")
        if i >= 3:
            raise IndexError
        return i
    def __len__(self):
        self.calls.append("len")
        return 3
def seqrun(label, f):
    s = Seq()
    try:
        r = f(s)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r, s.calls)
seqrun("iter", lambda s: list(s))
seqrun("in", lambda s: 1 in s)
seqrun("reversed", lambda s: list(reversed(s)))
seqrun("unpack", lambda s: (lambda a, b, c: (a, b, c))(*s))
seqrun("sorted", lambda s: sorted(s))
seqrun("bool", lambda s: bool(s))
seqrun("max", lambda s: max(s))
seqrun("enumerate", lambda s: list(enumerate(s)))
seqrun("zip", lambda s: list(zip(s, "ab")))
seqrun("map", lambda s: list(map(str, s)))
seqrun("a,b,c=", lambda s: [x for x in [s]] and tuple(iter(s)))
class Num:
    def __init__(self, **m):
        self.m = m
    def __getattr__(self, name):
        if name in self.m:
            def method(*a):
                log.append(name)
                return self.m[name]
            return method
        raise AttributeError(name)
class I:
    def __index__(self):
        log.append("index")
        return 3
class IF:
    def __int__(self):
        log.append("int")
        return 4
    def __float__(self):
        log.append("float")
        return 4.5
    def __index__(self):
        log.append("index")
        return 5
run("int(I)", lambda: int(I()))
run("float(I)", lambda: float(I()))
run("complex(I)", lambda: complex(I()))
run("int(IF)", lambda: int(IF()))
run("float(IF)", lambda: float(IF()))
run("range(IF)", lambda: range(IF()))
run("hex(IF)", lambda: hex(IF()))
run("[0]*IF", lambda: len([0] * IF()))
run("round(IF)", lambda: round(IF()))
run("str(I)", lambda: str(I())[:8])
class CM:
    def __enter__(self):
        log.append("enter")
        return self
    def __exit__(self, *a):
        log.append("exit")
class OnlyExit:
    def __exit__(self, *a):
        pass
class OnlyEnter:
    def __enter__(self):
        log.append("enter")
def w(o):
    def f():
        with o:
            log.append("body")
    return f
run("with", w(CM()))
run("only exit", w(OnlyExit()))
run("only enter", w(OnlyEnter()))
