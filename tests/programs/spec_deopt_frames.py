# PEP 659: specialised calls, class instantiation and generator resumption keep tracebacks, the
# recursion limit, frame introspection and reference counting as the generic path has them.
import sys

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

for _ in range(20):
    depth(50)
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError", e)

def where():
    return sys._getframe(1).f_lineno

def caller():
    out = []
    for i in range(30):
        x = i + 1
        out.append(where())
    return out[-1]

print("lineno", caller())

class P:
    def __init__(self, v):
        self.v = 1 / v

def make(vals):
    return [P(v).v for v in vals]

print("inits", sum(make(range(1, 100))))
try:
    make([1] * 60 + [0])
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("traceback", lines)

def gen(n):
    for i in range(n):
        yield i * 2

def consume(k):
    t = 0
    for _ in range(k):
        for v in gen(20):
            t += v
    return t

print("generators", consume(50))

def sub():
    x = yield 1
    while True:
        x = yield x + 1

def driver(n):
    g = sub()
    v = next(g)
    for i in range(n):
        v = g.send(v)
    return v

print("send", driver(200))

def deleg(n):
    yield from gen(n)
    return "done"

def run_deleg(k):
    out = []
    for _ in range(k):
        out.append(sum(deleg(10)))
    return out[-1]

print("yield from", run_deleg(60))

class Track:
    alive = 0
    def __init__(self):
        Track.alive += 1
    def __del__(self):
        Track.alive -= 1

def churn(n):
    for i in range(n):
        t = Track()
        u = [t, Track()]
    return Track.alive

print("refcounts", churn(200), Track.alive)

def kw(a, b=2, *, c=3):
    return a + b + c

def kwcalls(n):
    t = 0
    for i in range(n):
        t += kw(i) + kw(i, c=1) + kw(b=i, a=1)
    return t

print("keywords", kwcalls(100))

def fail_at(n):
    for i in range(100):
        if i == n:
            return [1, 2][i]
    return None

try:
    fail_at(70)
except IndexError as e:
    print("IndexError", e, sys.exc_info()[2].tb_next.tb_lineno)

class Node:
    def __init__(self, nxt):
        self.nxt = nxt

def chain(n):
    head = None
    for i in range(n):
        head = Node(head)
    c = 0
    while head is not None:
        head = head.nxt
        c += 1
    return c

print("chain", chain(3000))
