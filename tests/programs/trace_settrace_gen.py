# settrace with generators, throw/close, coroutines driven by hand, recursion and exec
import sys

ev = []
def tr(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'exception':
        ev.append((event, name, frame.f_lineno, arg[0].__name__))
    elif event == 'return':
        ev.append((event, name, frame.f_lineno, repr(arg)))
    else:
        ev.append((event, name, frame.f_lineno))
    return tr

def g():
    try:
        yield 1
        yield 2
    except KeyError:
        yield 'caught'
    finally:
        ev.append(('finally',))

def delegate():
    r = yield from g()
    return r

async def coro(x):
    return x * 2

async def outer():
    a = await coro(1)
    return a + 1

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

sys.settrace(tr)
it = g()
next(it)
it.throw(KeyError('k'))
it.close()
d = delegate()
next(d)
next(d)
try:
    next(d)
except StopIteration:
    pass
c = outer()
try:
    c.send(None)
except StopIteration as e:
    ev.append(('result', e.value))
fact(4)
exec("x = 1\ny = x + 1\n")
sum(i for i in range(2))
sys.settrace(None)
for e in ev:
    print(*e)
