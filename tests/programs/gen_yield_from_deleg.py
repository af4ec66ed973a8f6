def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        y = yield "i2"
        print("inner got", y)
    except KeyError as e:
        print("inner handled", repr(e))
        yield "recovered"
    finally:
        print("inner finally")
    return "inner-done"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "o-end"

g = outer()
print(next(g))
print(g.send("A"))
print(g.throw(KeyError("kk")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")

g = outer()
next(g)
g.close()
print("closed outer")

def sub_list():
    r = yield from [1, 2, 3]
    print("list result", r)
    r = yield from (x * 10 for x in range(2))
    print("genexp result", r)
    r = yield from iter("ab")
    return r
print(list(sub_list()))

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom")
        return self.n
def from_custom():
    r = yield from It()
    print("custom returned", r)
list(from_custom())

def no_send_iter():
    yield from It()
g = no_send_iter()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print(type(e).__name__, e)

def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    yield f"level {n}"
    return r + 1
g = deep(3)
print(list(g))
def count_deep():
    r = yield from deep(4)
    return r
g = count_deep()
for _ in g:
    pass
try:
    next(g)
except StopIteration as e:
    print("value after exhaustion", e.value)

def tree(t):
    if isinstance(t, list):
        for c in t:
            yield from tree(c)
    else:
        yield t
print(list(tree([1, [2, [3, [4]], 5], [[6]]])))

def thrower():
    yield 1
    raise ValueError("from sub")
def wrap():
    try:
        yield from thrower()
    except ValueError as e:
        print("wrap caught", e)
        yield "after"
print(list(wrap()))

def sub_close():
    try:
        yield 1
    finally:
        print("sub closed")
def top():
    try:
        yield from sub_close()
    finally:
        print("top closed")
g = top()
next(g)
del g
print("---")
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

def echo_sub():
    while True:
        v = yield
        if v == "stop":
            return "stopped"
        print("sub echo", v)
def echo_top():
    res = yield from echo_sub()
    print("res", res)
    yield "final"
g = echo_top()
next(g)
g.send(1)
g.send(2)
print(g.send("stop"))

def ret_stopiter():
    return StopIteration("x")
    yield
def check_value():
    v = yield from ret_stopiter()
    print("got", repr(v))
list(check_value())

def gen_exit_in_sub():
    try:
        yield 1
    except GeneratorExit:
        print("sub sees GeneratorExit")
        raise
def gen_exit_top():
    yield from gen_exit_in_sub()
g = gen_exit_top()
next(g)
g.close()
def throw_through():
    try:
        yield from gen_exit_in_sub()
    except ZeroDivisionError:
        print("top got ZeroDivisionError")
        yield 99
g = throw_through()
next(g)
print(g.throw(ZeroDivisionError))
