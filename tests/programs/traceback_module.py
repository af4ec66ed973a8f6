import traceback, sys, io
def inner():
    return 1 / 0
def outer():
    return inner()
try:
    outer()
except ZeroDivisionError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.count("\n"), s.splitlines()[-1])
    et, ev, tb = sys.exc_info()
    print(traceback.format_exception_only(et, ev))
    print(len(traceback.format_tb(tb)), [fs.name for fs in traceback.extract_tb(tb)])
    for fs in traceback.extract_tb(tb):
        print(fs.filename == __file__ if "__file__" in globals() else True, fs.lineno, fs.name, fs.line, repr(fs)[:14])
    filename, lineno, name, line = traceback.extract_tb(tb)[-1]
    print(lineno, name, line)
    buf = io.StringIO()
    traceback.print_exception(ev, file=buf)
    print(buf.getvalue() == s)
    print(traceback.format_exception(et, ev, tb, limit=1)[1].count("\n"))
    print(len(traceback.format_exception(ev, limit=-1)))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    parts = traceback.format_exception(e)
    print(len(parts), [p.split("\n")[0] for p in parts])
    print("".join(traceback.format_exception(e, chain=False)).count("KeyError"))
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, type(te.__cause__).__name__, len(te.stack), list(te.format_exception_only()))
    print("".join(te.format()) == "".join(parts))
def show_stack():
    traceback.print_stack(limit=2, file=sys.stdout)
    return [f.name for f in traceback.extract_stack()]
print(show_stack())
print(traceback.format_exc())
traceback.print_exception(None)
print(traceback.format_list([("f.py", 3, "fn", "x = 1")]))
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print("".join(traceback.format_exception(eg)))
traceback.print_exc()
