# Generators: exceptions crossing yield from, throw tracebacks, state, recursion, close semantics
def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner handles", repr(e))
        yield "recovered"
    finally:
        print("inner finally")
def middle():
    try:
        result = yield from inner()
        print("middle got", result)
    except ValueError as e:
        print("middle handles", repr(e))
        yield "middle recovered"
    finally:
        print("middle finally")
def outer():
    yield from middle()
    yield "outer end"
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "exhausted"))
g = outer()
next(g)
print(g.throw(ValueError("v")))
g.close()
print("closed")
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        elif cmd == "stop":
            return f"stopped at {i}"
        else:
            i += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
try:
    c.send("stop")
except StopIteration as e:
    print(e.value)
def recursive_gen(n):
    if n > 0:
        yield n
        yield from recursive_gen(n - 1)
        yield -n
print(list(recursive_gen(3)))
def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
g = gen_with_return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def catch_all():
    while True:
        try:
            x = yield
            print("received", x)
        except Exception as e:
            print("swallowed", type(e).__name__)
ca = catch_all()
next(ca)
ca.send(1)
ca.throw(RuntimeError)
ca.throw(ValueError("x"))
ca.send(2)
ca.close()
def gen_state():
    yield 1
gs = gen_state()
print(gs.gi_frame is not None, gs.gi_running)
list(gs)
print(gs.gi_frame)
try:
    next(gs)
except StopIteration:
    print("exhausted generator raises StopIteration again")
def yield_expr_forms():
    x = yield
    y = yield x
    z = (yield y) + (yield x + y)
    yield z
yf = yield_expr_forms()
print(next(yf), yf.send(1), yf.send(2), yf.send(10), yf.send(20))
def gen_in_class():
    class K:
        def items(self):
            yield from range(3)
    return list(K().items())
print(gen_in_class())
def lazy_squares():
    print("starting")
    for i in range(3):
        print("computing", i)
        yield i * i
print("made generator")
ls = lazy_squares()
print("first:", next(ls))
print("rest:", list(ls))
def yield_in_try_except_else():
    try:
        yield "try"
    except Exception:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
print(list(yield_in_try_except_else()))
def send_none_first():
    v = yield "ready"
    yield f"got {v}"
s = send_none_first()
print(s.send(None), s.send("value"))
gen_expr = (i for i in range(3))
print(iter(gen_expr) is gen_expr, next(gen_expr), list(gen_expr))
