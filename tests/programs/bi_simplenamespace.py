import types, sys
ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(b="two", a=1), type(ns).__name__, types.SimpleNamespace.__module__)
ns.c = [3]
del ns.a
print(ns, repr(types.SimpleNamespace()))
class Sub(types.SimpleNamespace):
    pass
print(Sub(x=1), isinstance(sys.implementation, types.SimpleNamespace))
try:
    hash(ns)
except TypeError as e:
    print(e)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
r = types.SimpleNamespace()
r.me = r
print(r)
print(type(sys.implementation.name).__name__, sys.get_asyncgen_hooks(), sys.getswitchinterval())
