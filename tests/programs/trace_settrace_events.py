# sys.settrace: call/line/return/exception events and their order, as CPython 3.11 sends them
import sys

events = []

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'return':
        events.append((event, name, frame.f_lineno, repr(arg)))
    elif event == 'exception':
        events.append((event, name, frame.f_lineno, arg[0].__name__, str(arg[1])))
    else:
        events.append((event, name, frame.f_lineno))
    return tracer

def add(a, b):
    c = a + b
    return c

def loop(n):
    t = 0
    for i in range(n): t += add(i, 1)
    while n > 0: n -= 1
    return t

def gen():
    yield 1
    x = 2
    yield x
    return 'end'

def fails(depth):
    if depth == 0:
        raise ValueError("bad")
    fails(depth - 1)

def catcher():
    try:
        fails(2)
    except ValueError as e:
        return str(e)
    finally:
        pass

class K:
    attr = 1
    def __init__(self):
        self.v = [i * 2 for i in range(2)]
        self.d = {k: v for k, v in zip('ab', range(2))}

def with_stmt():
    class CM:
        def __enter__(self): return self
        def __repr__(self): return 'CM()'
        def __exit__(self, *a): return True
    with CM():
        raise KeyError('k')
    return 'swallowed'

def use_lambda():
    f = lambda x: x + 1
    return f(1)

def gen_user():
    g = gen()
    a = next(g)
    b = g.send(None)
    try:
        next(g)
    except StopIteration as e:
        return (a, b, e.value)

sys.settrace(tracer)
loop(2)
list(gen())
catcher()
K()
with_stmt()
use_lambda()
gen_user()
try:
    fails(0)
except ValueError:
    pass
sys.settrace(None)
for e in events:
    print(*e)
print(len(events), sys.gettrace())
