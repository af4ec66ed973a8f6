# generator pipelines, itertools-style helpers written by hand, send-based coroutines
def read_lines(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, rest = line.partition("=")
        yield n, name.strip(), rest.strip()
def typed(items):
    for n, k, v in items:
        try:
            yield k, int(v)
        except ValueError:
            try:
                yield k, float(v)
            except ValueError:
                yield k, v
CONFIG = """
# settings
width = 80
ratio = 1.5
name = demo
height=24

debug = yes
"""
print(dict(typed(parse(read_lines(CONFIG)))))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)
a = averager(); next(a)
print([a.send(v) for v in (10, 20, 60)])
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, [5]])], 6])))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
import itertools
print(list(itertools.islice(primes(), 15)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([x for x in itertools.takewhile(lambda v: v < 200, fib())])
gen = (x * x for x in range(5))
print(next(gen), sum(gen), list(gen))
def tracer(name):
    print(f"{name} start")
    try:
        while True:
            v = yield
            print(f"{name} got {v}")
    finally:
        print(f"{name} closed")
t = tracer("T"); next(t); t.send(1); t.send(2); t.close()
def chained():
    yield from tracer_like()
def tracer_like():
    x = yield 1
    print("tracer_like received", x)
    return "r"
c = chained(); print(next(c))
try:
    c.send("hello")
except StopIteration as e:
    print("chained stop", e.value)
g = (i for i in range(3))
print(g.gi_frame is not None, list(g), g.gi_frame)
def genexp_scope():
    x = 10
    return list(x + i for i in range(3))
print(genexp_scope())
print(sorted((v, k) for k, v in {"a": 2, "b": 1}.items()))
print(list(zip(*(iter("abcdef"),) * 2)), any(x > 3 for x in range(5)), all(x < 3 for x in []))
def early_return(n):
    for i in range(n):
        if i == 2:
            return
        yield i
print(list(early_return(10)))
