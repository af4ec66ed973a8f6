def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("two"))
def delegating():
    r = yield from count_up(3)
    print("sub returned", r)
    yield "after"
print(list(delegating()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
w = with_cleanup()
print(next(w))
w.close()
print("closed")
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught in gen", e)
c = catcher()
next(c)
c.throw(ValueError("boom"))
print(sum(x for x in range(10) if x % 2), list(zip(count_up(3), "abc")))
def gen_raises():
    yield 1
    raise StopIteration
try:
    list(gen_raises())
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(iter([]), "default"), list(iter(lambda: 1, 1)))
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skip", next(it))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "ab")))
gen = (i for i in range(3))
print(type(gen).__name__, gen.__name__, list(gen), list(gen))
def g2():
    x = yield
    print("got", x)
gg = g2()
gg.send(None)
try:
    gg.send(5)
except StopIteration:
    print("finished")
