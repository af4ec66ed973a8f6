# yield from delegation
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-1"
    return "outer-result"
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("final", e.value)

# yield from an iterable
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), {"k": 1})))

# throw is forwarded
def sub():
    try:
        yield 1
    except ValueError:
        print("sub caught ValueError")
        yield "sub-recovered"
def main():
    yield from sub()
    yield "main-after"
g = main()
next(g)
print(g.throw(ValueError))
print(next(g))

# close is forwarded
def sub2():
    try:
        yield 1
    finally:
        print("sub2 closed")
def main2():
    try:
        yield from sub2()
    finally:
        print("main2 closed")
g = main2()
next(g)
g.close()

# throw into a delegating generator whose iterator has no throw()
class Plain:
    def __iter__(self):
        return self
    def __next__(self):
        return 42
def main3():
    yield from Plain()
g = main3()
print(next(g))
try:
    g.throw(KeyError("x"))
except KeyError as e:
    print("plain iterator throw ->", repr(e))

# send to an iterator without send()
g = main3()
next(g)
try:
    g.send(1)
except AttributeError as e:
    print(type(e).__name__, e)

# gi_yieldfrom
def watch():
    yield from inner()
g = watch()
next(g)
print(type(g.gi_yieldfrom).__name__)

# recursive yield from (tree traversal)
class Node:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
def walk(n, depth=0):
    yield depth, n.v
    for k in n.kids:
        yield from walk(k, depth + 1)
tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6)))
print(list(walk(tree)))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))

# return value of yield from with StopIteration carrying value
class Ret:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("custom value")
def uses_ret():
    v = yield from Ret()
    print("got", v)
    yield v
print(list(uses_ret()))

# yield from a generator that raises
def raiser():
    yield 1
    raise ValueError("from inner")
def wrapper():
    try:
        yield from raiser()
    except ValueError as e:
        yield f"wrapped {e}"
print(list(wrapper()))

# GeneratorExit in subgenerator that returns value
def sub_ret():
    try:
        yield 1
    except GeneratorExit:
        print("sub_ret got GeneratorExit")
        raise
def outer_ret():
    yield from sub_ret()
g = outer_ret()
next(g)
g.close()
print("closed fine")

# yield from None -> TypeError
def bad_yf():
    yield from None
try:
    list(bad_yf())
except TypeError as e:
    print(type(e).__name__, e)
# averager coroutine pattern
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            return (count, avg)
        total += term
        count += 1
        avg = total / count
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in {"a": [1, 2, 3], "b": [10, 20]}.items():
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    gr.send(None)
print(results)
