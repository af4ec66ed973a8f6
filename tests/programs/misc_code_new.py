import types
c = compile("def f(a, b=2):\n    x = a\n    def g():\n        return x\n    return g\n", "<c>", "exec")
fc = [k for k in c.co_consts if hasattr(k, "co_code")][0]
def args(co, **over):
    a = dict(argcount=co.co_argcount, posonly=co.co_posonlyargcount, kwonly=co.co_kwonlyargcount, nlocals=co.co_nlocals,
             stacksize=co.co_stacksize, flags=co.co_flags, code=co.co_code, consts=co.co_consts, names=co.co_names,
             varnames=co.co_varnames, filename=co.co_filename, name=co.co_name, qualname=co.co_qualname,
             firstlineno=co.co_firstlineno, linetable=co.co_linetable, exctable=co.co_exceptiontable,
             freevars=co.co_freevars, cellvars=co.co_cellvars)
    a.update(over)
    return list(a.values())
for co in (c, fc):
    n = types.CodeType(*args(co))
    print(n.co_name, n.co_varnames, n.co_cellvars, n.co_freevars, n.co_nlocals, n.co_consts == co.co_consts)
    print(n.co_code == co.co_code, type(n).__name__)
ns = {}
exec(types.CodeType(*args(c)), ns)
print(ns["f"](5)())
import marshal
print(marshal.loads(marshal.dumps(types.CodeType(*args(c, consts=(None, 7, "s"))))).co_consts)
for bad in [dict(code="x"), dict(consts=[1]), dict(names=("a", 1)), dict(argcount=-1), dict(nlocals=5), dict(filename=b"x"), dict(posonly=-1), dict(kwonly=-1), dict(varnames=[])]:
    try:
        types.CodeType(*args(fc, **bad))
        print("ok", bad)
    except Exception as e:
        print(type(e).__name__, e)
for a in [(), (1,) * 15, (1,) * 19]:
    try:
        types.CodeType(*a)
    except Exception as e:
        print(type(e).__name__, e)
try:
    types.CodeType(*args(c), x=1)
except Exception as e:
    print(type(e).__name__, e)
