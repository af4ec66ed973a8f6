def g():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield 99
    finally:
        print("finally")

it = g()
print(next(it), it.send("a"), it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)

def ret():
    yield 1
    return "done"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value:", e.value, e.args)

def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print("TypeError:", e)

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
c = closer(); next(c); c.close(); c.close()
print(c.gi_frame, c.gi_running)

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def running():
    yield me.gi_running
    next(me)
me = running()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def stop_inside():
    raise StopIteration("x")
    yield
try:
    next(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def delegate():
    r = yield from sub()
    print("sub returned", r)
    yield "after"
def sub():
    x = yield "s1"
    yield f"s2 {x}"
    return 42
d = delegate()
print(next(d), d.send("hi"), next(d))

gen = (i * i for i in range(4))
print(gen.__name__, gen.__qualname__, list(gen), list(gen))
def named(): yield
print(named().__name__, named.__qualname__)

def throw_tb():
    yield 1
t = throw_tb(); next(t)
try:
    t.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
print(list(zip(*[iter(range(6))] * 2)))
def exhaust():
    yield from range(3)
    yield from "ab"
print(list(exhaust()))
import itertools
print(list(itertools.islice(itertools.count(10, 5), 4)))
