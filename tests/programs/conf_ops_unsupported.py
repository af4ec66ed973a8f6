# every binary/in-place/unary operator over builtin types: results or the exact TypeError
ops = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"]
vals = [1, 2.5, True, 1j, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset({2}), None, range(2)]
for op in ops:
    code = compile(f"a {op} b", "<op>", "eval")
    icode = compile(f"a {op}= b", "<op>", "exec")
    for a in vals:
        row = []
        for b in vals:
            try:
                r = eval(code, {"a": a, "b": b})
                row.append(type(r).__name__)
            except TypeError as e:
                row.append("T")
                msg = str(e)
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                row.append(type(e).__name__[:4])
        print(op, type(a).__name__, " ".join(row))
    for a, b in [(1, "s"), ([1], 2.5), ({1}, [1]), (None, None)]:
        ns = {"a": a, "b": b}
        try:
            exec(icode, ns)
            print(op + "=", repr(ns["a"])[:40])
        except TypeError as e:
            print(op + "=", e)
    for a, b in [(1, "s"), ("s", 1), ([], None), (1j, 1j)]:
        try:
            eval(code, {"a": a, "b": b})
        except TypeError as e:
            print(e)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
for u in ["-", "+", "~", "not "]:
    for v in vals:
        try:
            r = eval(f"{u}v", {"v": v})
            print(u, type(v).__name__, repr(r))
        except TypeError as e:
            print(u, type(v).__name__, e)
for a, b in [(1, "a"), ([1], (1,)), (None, 1), ({1}, [1]), (1j, 2j), ({}, {}), (b"a", "a")]:
    for op in ["<", "<=", ">", ">="]:
        try:
            print(eval(f"a {op} b"))
        except TypeError as e:
            print(e)
print([1, 2] < [1, 3], (1, "a") < (1, "b"), {1} < {1, 2}, frozenset() <= set(), "a" < "b" < "c", b"a" < b"b", 1 < 2.5 < True + 2)
