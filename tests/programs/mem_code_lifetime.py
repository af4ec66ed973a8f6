# Code objects are reference-counted: they die with the last function, frame, generator or
# name that holds them, and a weak reference to one tells when.
import gc
import sys
import weakref

events = []

def watch(code, label):
    return weakref.ref(code, lambda r: events.append(label))

# a function holds its code; the code dies with the function
ns = {}
exec(compile("def f(x):\n    return x + 1\n", "<lifetime>", "exec"), ns)
r = watch(ns["f"].__code__, "f code")
print(r() is ns["f"].__code__, ns["f"](1))
del ns["f"]
print(r() is None, events)

# compile() returns a new code object each time; exec() of it does not keep it
c = compile("y = 2", "<s>", "exec")
rc = watch(c, "module code")
exec(c, {})
print(rc() is c)
del c
print(rc() is None, events)

# eval() of a string: the code object is gone once eval returns (nothing refers to it)
print(eval("1 + 2"))

# nested code objects live in their parent's co_consts
outer = compile("def g():\n    def h():\n        return 5\n    return h\n", "<n>", "exec")
nested = [k for k in outer.co_consts if hasattr(k, "co_code")][0]
rn = watch(nested, "nested g")
del nested
print(rn() is not None)
del outer
print(rn() is None, events)

# a frame kept by a traceback keeps its code (tb_frame.f_code)
def make_failing():
    d = {}
    exec(compile("def bad():\n    raise ValueError('x')\n", "<bad>", "exec"), d)
    return d["bad"]

bad = make_failing()
rb = watch(bad.__code__, "bad code")
try:
    bad()
except ValueError as e:
    saved = e
del bad
print(rb() is not None, saved.__traceback__.tb_next.tb_frame.f_code.co_name)
del saved
gc.collect()
print(rb() is None, events)

# __code__ assignment swaps references
def a():
    return "a"
def b():
    return "b"
ca = compile("def a2():\n    return 'a2'\n", "<a2>", "exec")
d2 = {}
exec(ca, d2)
del ca
r2 = watch(d2["a2"].__code__, "a2 code")
a.__code__ = d2["a2"].__code__
del d2
print(a(), r2() is not None)
a.__code__ = b.__code__
print(a(), r2() is None, events)

# a generator keeps its code after it finished (gi_code)
d3 = {}
exec(compile("def gen():\n    yield 1\n", "<gen>", "exec"), d3)
g = d3["gen"]()
r3 = watch(g.gi_code, "gen code")
del d3
print(list(g), r3() is not None, g.gi_code.co_name)
del g
print(r3() is None, events)

# a running frame keeps its code even when the function's __code__ is replaced meanwhile
d4 = {}
exec(compile("def self_replacing():\n    self_replacing.__code__ = other.__code__\n    return sys._getframe().f_code.co_name\n", "<sr>", "exec"), d4)
d4["other"] = b
d4["sys"] = sys
r4 = watch(d4["self_replacing"].__code__, "replaced code")
print(d4["self_replacing"](), d4["self_replacing"](), r4() is None, events[-1])

# code.replace() makes a new code object; marshal.loads too
import marshal
co = compile("z = 1", "<r>", "exec")
co2 = co.replace(co_name="renamed")
r5 = watch(co2, "replaced")
del co2
co3 = marshal.loads(marshal.dumps(co))
r6 = watch(co3, "loaded")
del co3
print(r5() is None, r6() is None, events[-2:])

# class bodies and modules
d5 = {}
exec(compile("class K:\n    def m(self):\n        return 1\n", "<k>", "exec"), d5)
r7 = watch(d5["K"].m.__code__, "method code")
del d5
gc.collect()
print(r7() is None, events[-1])
print(len(events))
