def coroutine(f):
    def start(*a, **k):
        g = f(*a, **k)
        next(g)
        return g
    return start
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def upper(target):
    while True:
        target.send((yield).upper())
@coroutine
def collect(out):
    try:
        while True:
            out.append((yield))
    except GeneratorExit:
        out.append("<closed>")
@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
res1, res2 = [], []
sink = broadcast(grep("py", upper(collect(res1))), collect(res2))
for line in ["python rocks", "java", "pypy fast", "rust"]:
    sink.send(line)
print(res1, res2)
c = collect(res2); c.close(); print(res2[-1])
def gen_with_return():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received
g = gen_with_return()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("returned", e.value)
def delegator():
    result = yield from gen_with_return()
    yield f"delegated got {result}"
d = delegator()
print(next(d), d.send(1), d.send(2), d.send(3))
def throw_target():
    while True:
        try:
            yield
        except ValueError as e:
            print("inner handled", e)
def outer_del():
    yield from throw_target()
o = outer_del(); next(o); o.throw(ValueError("via yield from")); o.close()
print(o.gi_frame)
