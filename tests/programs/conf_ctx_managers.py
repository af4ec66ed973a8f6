import contextlib, io, sys
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"handled {e} in {name}")
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise ValueError("oops")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as v:
    print("null", v)
class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)
with contextlib.closing(Resource("r1")) as r:
    print("using", r.name)
class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True
with Managed() as m, Managed() as m2:
    raise RuntimeError("swallowed")
print("continues")
def gen_ctx():
    with Managed():
        return "returned through exit"
print(gen_ctx())
for i in range(3):
    with Managed():
        if i == 1:
            continue
        if i == 2:
            break
@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
class Reentrant(contextlib.ContextDecorator):
    def __enter__(self):
        print("deco enter")
    def __exit__(self, *a):
        print("deco exit")
@Reentrant()
def decorated():
    print("decorated body")
decorated()
with contextlib.ExitStack() as s:
    s.push(lambda *a: print("push exit", a[0].__name__) or True)
    raise IndexError
print("done")
