# The symtable module: every method of SymbolTable/Function/Class/Symbol on a program with each
# kind of scope and binding; errors.
import symtable

SRC = '''
from __future__ import annotations
import os, sys as system
from collections import *
x: int = 1
y = 2
def f(a, /, b=y, *c, d, e: int = 3, **g) -> y:
    global q
    q = 1
    z = [i for i in a if i]
    w = {k: v for k, v in g.items()}
    def inner():
        nonlocal z
        z += 1
        return z + a
    class K:
        v = b
        def m(self): return super().m() + __class__
        def m(self): pass
        def n(self, v=v): return v
    return lambda t=1, *u: t + b
class C(object):
    attr = 1
    def meth(self): return attr
    async def am(self):
        async for i in x:
            await i
        return [j async for j in x]
def gen():
    yield (yield from range(3))
del y
try:
    pass
except Exception as exc:
    pass
with open("f") as (h1, h2):
    pass
match x:
    case {"k": kk, **rest}: pass
    case [m1, *ms] if m1: pass
    case C(attr=ca) | C(attr=ca): pass
'''


def walk(t, depth=0):
    pad = "  " * depth
    print(pad, t, t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested(), t.has_children())
    print(pad, t.get_identifiers())
    if isinstance(t, symtable.Function):
        print(pad, t.get_parameters(), t.get_locals(), t.get_globals(), t.get_nonlocals(), t.get_frees())
    if isinstance(t, symtable.Class):
        print(pad, t.get_methods())
    for s in t.get_symbols():
        checks = [s.is_referenced(), s.is_imported(), s.is_parameter(), s.is_global(), s.is_declared_global(),
                  s.is_local(), s.is_annotated(), s.is_free(), s.is_assigned(), s.is_namespace(), s.is_nonlocal()]
        print(pad, " ", s, s.get_name(), "".join("1" if c else "0" for c in checks), s.get_namespaces())
        if s.is_namespace() and len(s.get_namespaces()) == 1:
            assert s.get_namespace() is s.get_namespaces()[0]
    for c in t.get_children():
        walk(c, depth + 1)


top = symtable.symtable(SRC, "mod.py", "exec")
walk(top)
print(top.lookup("f").get_namespace() is top.get_children()[0])
print(top.lookup("f") is top.lookup("f"), top.get_children()[0] is top.get_children()[0])
walk(symtable.symtable("a + b if c else (lambda q: q)(d)", "<e>", "eval"))
walk(symtable.symtable(b"x = y\n", "<b>", "single"))
try:
    top.lookup("nope")
except KeyError as e:
    print("KeyError", e)
for name in ("x", "C"):
    try:
        print(top.lookup(name).get_namespace())
    except ValueError as e:
        print("ValueError", e)
k = top.lookup("f").get_namespace().lookup("K").get_namespace()
try:
    k.lookup("m").get_namespace()
except ValueError as e:
    print("ValueError", e)
print(len(k.lookup("m").get_namespaces()))
print(sorted(n for n in dir(symtable._symtable) if n.isupper()))
print([getattr(symtable._symtable, n) for n in sorted(dir(symtable._symtable)) if n.isupper()])
print(symtable.__all__)
