# probe: chained exceptions, contextlib, warnings, ExitStack, except*, notes, exit with a message
import warnings, contextlib, io, sys, traceback
class ConfigError(Exception): pass
def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f"missing {key!r}") from e
def outer():
    try:
        load({}, "port")
    except ConfigError:
        raise RuntimeError("startup failed")
try:
    outer()
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", end="!")
print(repr(buf.getvalue()))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("old api", DeprecationWarning)
    warnings.warn("careful")
print([(x.category.__name__, str(x.message)) for x in w])
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, t, v, tb): print("exit", self.n, t.__name__ if t else None); return False
try:
    with contextlib.ExitStack() as st:
        for i in range(3): st.enter_context(Res(i))
        st.callback(print, "callback")
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, e.__context__, e.__cause__)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3)])])
except* ValueError as eg:
    print("values", eg.exceptions)
except* (TypeError, KeyError) as eg:
    print("others", [type(x).__name__ for x in eg.exceptions])
def gen():
    try:
        yield 1
    finally:
        print("gen cleanup")
g = gen(); next(g); del g
try:
    int("12a")
except ValueError as e:
    print(e.args)
e = KeyError("k"); e.add_note("a note")
try:
    raise e
except KeyError as x:
    print(x.__notes__, repr(x), str(x))
print(sys.exc_info())
try:
    [].pop()
except IndexError as e:
    print(e, isinstance(e, LookupError))
try:
    {}.__getitem__([])
except TypeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    print(undefined_name)
except NameError as e:
    print(e, e.name)
warnings.warn("to stderr", UserWarning)
raise SystemExit("bye")
