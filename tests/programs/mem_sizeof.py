# sys.getsizeof of the builtin types, as 64-bit CPython 3.11 reports them: a table of
# (expression, size). Sizes depend on growth policies (list over-allocation, dict/set tables),
# str kinds, int digits and object layouts.
import sys

rows = []
def row(label, obj):
    rows.append((label, sys.getsizeof(obj)))

# numbers
for v in [0, 1, -1, 255, 256, 2**30 - 1, 2**30, 2**60, -2**60, 2**90, 10**100, True, False]:
    row(f"int {v if abs(v) < 10**20 else 'big'}", v)
for v in [0.0, 1.5, float("inf")]:
    row(f"float {v}", v)
row("complex", 1 + 2j)
# strings by kind
for s in ["", "a", "abc", "x" * 100, "é", "caf\u00e9", "\u20ac", "a\u20acb", "\U0001f600", "ab\U0001f600", "\u0100" * 10]:
    row(f"str {ascii(s)[:20]} len {len(s)}", s)
class S(str):
    pass
row("str subclass", S("abc"))
# bytes
for b in [b"", b"a", b"abc" * 10]:
    row(f"bytes {len(b)}", b)
ba = bytearray()
row("bytearray empty", ba)
for n in range(1, 12):
    ba.append(n)
    row(f"bytearray append {n}", ba)
row("bytearray(10)", bytearray(10))
row("bytearray(b'abc')", bytearray(b"abc"))
# tuples
for n in range(0, 6):
    row(f"tuple {n}", tuple(range(n)))
# lists: growth by append, literal, comprehension, list(), * , slicing
l = []
row("list empty", l)
for n in range(1, 40):
    l.append(n)
    row(f"list append {n}", l)
for n in range(0, 12):
    row(f"list literal/list() {n}", list(range(n)))
    row(f"list comprehension {n}", [i for i in range(n)])
    row(f"list repeat {n}", [0] * n)
l = list(range(20))
while l:
    l.pop()
    row(f"list pop to {len(l)}", l)
l = list(range(10))
l.extend(range(10))
row("list extend", l)
l = list(range(10)); l.insert(0, 1)
row("list insert", l)
l = list(range(100)); del l[10:]
row("list del slice", l)
l = list(range(5)); l.clear()
row("list clear", l)
row("list slice", list(range(10))[2:7])
row("list sorted", sorted(range(7)))
row("list(tuple)", list((1, 2, 3)))
row("list(str)", list("abcdefgh"))
row("list split", "a b c d e".split())
# dicts
d = {}
row("dict empty", d)
for n in range(1, 24):
    d[f"k{n}"] = n
    row(f"dict str keys {n}", d)
d = {}
for n in range(1, 24):
    d[n] = n
    row(f"dict int keys {n}", d)
for n in range(0, 8):
    row(f"dict(zip) {n}", dict(zip(range(n), range(n))))
    row(f"dict comprehension {n}", {i: i for i in range(n)})
row("dict literal 3", {"a": 1, "b": 2, "c": 3})
row("dict fromkeys 10", dict.fromkeys(range(10)))
d = {i: i for i in range(20)}
for i in range(15):
    del d[i]
row("dict after deletes", d)
d.clear()
row("dict clear", d)
row("dict copy", {1: 2, 3: 4}.copy())
row("dict kwargs", dict(a=1, b=2))
# sets
s = set()
row("set empty", s)
for n in range(1, 40):
    s.add(n)
    row(f"set add {n}", s)
for n in [0, 3, 5, 10, 50]:
    row(f"set(range {n})", set(range(n)))
    row(f"frozenset(range {n})", frozenset(range(n)))
row("set literal", {1, 2, 3})
row("set comprehension", {i for i in range(20)})
# other builtins
row("range", range(10))
row("slice", slice(1, 2))
row("None", None)
row("Ellipsis", ...)
row("NotImplemented", NotImplemented)
row("object()", object())
def f(a, b=1):
    return a
row("function", f)
row("lambda", lambda: 0)
row("builtin function", len)
row("bound method", [].append)
row("method", row.__call__)
class A:
    def m(self):
        pass
a = A()
row("instance", a)
a.x = 1
row("bound method of instance", a.m)
class Sl:
    __slots__ = ("a", "b", "c")
row("slots instance", Sl())
class Sl0:
    __slots__ = ()
row("empty slots instance", Sl0())
class Sw:
    __slots__ = ("a", "__weakref__")
row("slots + weakref", Sw())
class Sd:
    __slots__ = ("a", "__dict__")
row("slots + dict", Sd())
class E(Exception):
    pass
row("exception", ValueError("x"))
row("exception subclass", E())
row("OSError", OSError(2, "x"))
row("KeyError", KeyError(1))
def gen(n):
    x = 1
    yield n
row("generator", gen(1))
def gen2():
    a = b = c = d = 1
    yield [a, b, c, d]
row("generator more locals", gen2())
row("genexpr", (i for i in range(3)))
async def co():
    pass
c = co()
row("coroutine", c)
c.close()
row("iter list", iter([1]))
row("iter tuple", iter((1,)))
row("iter str", iter("ab"))
row("iter range", iter(range(3)))
row("iter dict", iter({}))
row("enumerate", enumerate([]))
row("zip", zip())
row("map", map(len, []))
row("filter", filter(None, []))
row("reversed", reversed([]))
row("dict keys", {}.keys())
row("property", property())
row("staticmethod", staticmethod(f))
row("classmethod", classmethod(f))
row("memoryview", memoryview(b"abc"))
def outer():
    v = 1
    return lambda: v
row("cell", outer().__closure__[0])
row("module", sys)
row("type A", A)
row("type int", int)
row("code", f.__code__)
import weakref
row("weakref", weakref.ref(a))
row("proxy", weakref.proxy(a))

w = max(len(r[0]) for r in rows)
for label, size in rows:
    print(f"{label:{w}} {size}")
