# symtable.symtable(): argument checks and the SyntaxErrors of the parser and of the symtable pass.
import symtable

CASES = [
    ("x", "s", "foo"),
    (1, "s", "exec"),
    ("x", 1, "exec"),
    ("def f(:", "s", "exec"),
    ("nonlocal x", "s", "exec"),
    ("def f(a, a): pass", "f.py", "exec"),
    ("def f():\n    x = 1\n    global x", "g.py", "exec"),
    ("def f():\n    nonlocal y", "n.py", "exec"),
    ("def f(a):\n    global a", "p.py", "exec"),
    ("[(yield) for i in x]", "y.py", "exec"),
    ("class C:\n    def f(self):\n        nonlocal __class__", "c.py", "exec"),
    ("[i := 0 for i in x]", "w.py", "exec"),
    ("return 1", "r.py", "exec"),
    ("x = 1", "e.py", "eval"),
]
for args in CASES:
    try:
        t = symtable.symtable(*args)
        print("ok", t, sorted(t.get_identifiers()))
    except SyntaxError as e:
        print(type(e).__name__, e.args, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except Exception as e:
        print(type(e).__name__, e)
