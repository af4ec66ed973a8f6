# exec/eval/compile: namespaces, modes, code objects, mappings as locals
g = {"x": 10}
exec("y = x * 2\nz = [x, y]", g)
print(sorted(k for k in g if k != "__builtins__"), g["y"], g["z"], type(g["__builtins__"]).__name__)
l = {}
exec("a = 1\nb = a + x", g, l)
print(l, "a" in g)
print(eval("x + y", g), eval("a * 100", g, l), eval("len(z)", g))
code = compile("x ** 2", "<expr>", "eval")
print(type(code).__name__, code.co_filename, code.co_name, eval(code, {"x": 7}))
code2 = compile("for i in range(3):\n    total = total + i\n", "<loop>", "exec")
ns = {"total": 100}
exec(code2, ns)
exec(code2, ns)
print(ns["total"])
single = compile("1 + 1", "<single>", "single")
exec(single)
exec(compile("'text'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
print(x)
class Recorder(dict):
    def __getitem__(self, key):
        print("lookup", key)
        return super().__getitem__(key)
    def __setitem__(self, key, value):
        print("store", key, value)
        super().__setitem__(key, value)
rec = Recorder(base=3)
exec("result = base + 1", {}, rec)
print(dict(rec))
print(eval("base * 2", {}, rec))
def f():
    local_var = 42
    return eval("local_var + 1"), eval("local_var", {"local_var": "from globals"}), locals()
print(f())
def g2():
    exec("new_name = 'created by exec'")
    return locals().get("new_name")
print(g2())
funcs = {}
exec("def double(n):\n    return n * 2\nclass K:\n    attr = 'k'", funcs)
print(funcs["double"](21), funcs["K"].attr, funcs["K"].__module__ if "__name__" in funcs else funcs["K"].__module__)
exec("import sys as _s; mod_name = _s.__name__", funcs)
print(funcs["mod_name"])
print(eval("  \t 3 + 4"), eval(b"5 * 5"), eval("(lambda q: q * 3)(4)"))
for src, mode in [("x = ", "exec"), ("1 +", "eval"), ("a = 1", "eval"), ("return 5", "exec"), ("def f(:\n pass", "exec"), ("if True:\npass", "exec"), ("1\n2", "single"), ("   1", "exec")]:
    try:
        compile(src, "<test>", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e, e.__traceback__.tb_next.tb_frame.f_code.co_filename)
print(eval("__name__"), eval("__name__", {}), eval("__name__", {"__name__": "custom"}))
safe = {"__builtins__": {"len": len}}
print(eval("len('abc')", safe))
try:
    eval("print('x')", safe)
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("open", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
counter = {"n": 0}
exec("n += 1; n += 1", counter)
print(counter["n"])
print(compile("pass", "f.py", "exec").co_filename, compile("1", "f", "eval", dont_inherit=True).co_flags & 0x1000000)
