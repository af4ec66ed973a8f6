def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("gen caught", repr(e))
                received.append("V")
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally in echo")

g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
print(g.throw(ValueError("bad")))
print(g.throw(ValueError))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

g2 = echo()
try:
    g2.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(g2.send(None))
g2.close()

def ret():
    x = yield 1
    return "result:%s" % x
g = ret()
next(g)
try:
    g.send("v")
except StopIteration as e:
    print(repr(e), e.value, e.args)

def thrower():
    yield 1
g = thrower()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("unstarted throw", repr(e))
print(list(g))
g = thrower()
next(g)
try:
    g.throw(TypeError, "msg")
except TypeError as e:
    print(repr(e))
g = thrower()
next(g)
try:
    g.throw(TypeError, TypeError("inst"), None)
except TypeError as e:
    print(repr(e))
try:
    thrower().throw(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    thrower().throw(ValueError("x"), "y")
except TypeError as e:
    print(type(e).__name__, e)

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignore_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def close_returns():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
g = close_returns()
next(g)
print(g.close())

def running():
    g = yield
    yield next(g)
r = running()
next(r)
try:
    r.send(r)
except ValueError as e:
    print(type(e).__name__, e)

def stopper():
    yield 1
    raise StopIteration("inside")
try:
    list(stopper())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

def states():
    yield
g = states()
print(g.gi_running, g.gi_suspended, g.gi_frame.f_lasti >= -1)
next(g)
print(g.gi_suspended, g.gi_running, g.gi_frame is not None)
try:
    next(g)
except StopIteration:
    pass
print(g.gi_suspended, g.gi_frame)
print(g.__name__, g.__qualname__, type(g).__name__, g.gi_code.co_name)

def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = acc()
next(g)
for v in [1, 2, 3]:
    print("running total", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
gen = (x for x in range(3))
gen.close()
print(list(gen))
def genexp_throw():
    g = (i for i in range(3))
    next(g)
    try:
        g.throw(IndexError("ix"))
    except IndexError as e:
        print("genexp throw", e)
genexp_throw()
def lazy_error():
    g = (1 / x for x in [1, 0])
    print(next(g))
    try:
        next(g)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    print(next(g, "exhausted"))
lazy_error()
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
