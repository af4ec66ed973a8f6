# Generator protocol: send, throw, close, return values, finalisation
def echo():
    print("started")
    received = None
    try:
        while True:
            received = yield received
            print("got", received)
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("finally")
g = echo()
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(g.send(1))
print(g.send("two"))
g.close()
print(g.gi_frame is None, g.gi_running)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
g.close()  # closing again is fine

def gen_ret():
    yield 1
    return "done"
g = gen_ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)
print(list(gen_ret()))

# send to just-started generator
g = gen_ret()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)

# throw
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
g = catcher()
next(g)
print(g.throw(ValueError("boom")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(g.gi_frame)
# throw with type and value (deprecated form still works)
def simple():
    yield 1
g = simple()
next(g)
try:
    g.throw(RuntimeError)
except RuntimeError as e:
    print("type thrown", repr(e))
g = simple()
try:
    g.throw(ValueError("unstarted"))
except ValueError as e:
    print("unstarted throw", e)
try:
    g.throw(5)
except TypeError as e:
    print(type(e).__name__, e)

# close with generator yielding in finally
def stubborn():
    try:
        yield 1
    finally:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# close returns None, and a return in a generator during close is ignored
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
g = returns_on_close()
next(g)
print(g.close())

# generator finalisation when dropped
def finalised(name):
    try:
        yield 1
        yield 2
    finally:
        print("finalised", name)
g = finalised("a")
next(g)
del g
print("after del")
for x in finalised("b"):
    break
print("after break")
def make():
    g = finalised("c")
    next(g)
    return "returned"
print(make())

# StopIteration inside generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))

# generator already executing
def selfref():
    yield g2.send(None)
g2 = selfref()
try:
    next(g2)
except ValueError as e:
    print(type(e).__name__, e)

# gi_ attributes
def attrs():
    x = 1
    yield x
g = attrs()
print(g.gi_code.co_name, g.gi_running, g.gi_yieldfrom, g.gi_frame.f_lineno > 0, g.gi_suspended if hasattr(g, "gi_suspended") else "n/a")
next(g)
print(g.gi_frame.f_locals)

# generator expressions
ge = (x * x for x in range(5))
print(type(ge).__name__, ge.__name__, next(ge), list(ge), list(ge))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in ["aa", "b", "ccc"]))
# generator expression evaluates the first iterable eagerly
def noisy():
    print("iterable created")
    return iter([1, 2])
ge = (x for x in noisy())
print("before iteration")
print(list(ge))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)

# infinite generators and islice-like
def count(start=0):
    while True:
        yield start
        start += 1
c = count(10)
print([next(c) for _ in range(3)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(4, count())))
# fibonacci
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))
# generator with state pipeline
def read_lines():
    for line in ["a 1", "b 2", "", "c 3"]:
        yield line
def parse(lines):
    for line in lines:
        if not line:
            continue
        k, v = line.split()
        yield k, int(v)
print(dict(parse(read_lines())))
# re-raising in generator with context
def ctx():
    try:
        yield
    except Exception as e:
        raise RuntimeError("wrapped") from e
g = ctx()
next(g)
try:
    g.throw(ValueError("inner"))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
