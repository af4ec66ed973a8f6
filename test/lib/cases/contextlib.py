import contextlib
from contextlib import *
import io, os, sys
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
def chain(e):
    out = []
    while e is not None:
        out.append(f'{type(e).__name__}({e})')
        e = e.__context__
    return out
# --- contextmanager
log = []
@contextmanager
def tag(name):
    "tag doc"
    log.append('<' + name)
    try:
        yield name.upper()
    finally:
        log.append(name + '>')
with tag('a') as t:
    log.append(t)
log
tag.__name__, tag.__doc__, tag('x').__doc__, type(tag('x')).__name__
with tag('b'):
    raise ValueError('inner')
log
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
with swallow():
    raise IndexError('i')
@contextmanager
def noyield():
    if False:
        yield
with noyield():
    pass
@contextmanager
def twice():
    yield 1
    yield 2
with twice():
    pass
@contextmanager
def ignore_throw():
    try:
        yield
    except Exception:
        yield
with ignore_throw():
    raise ValueError
@contextmanager
def stopper():
    yield
with stopper():
    raise StopIteration('si')
@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise TypeError('converted')
with reraise_other():
    raise ValueError('v')
@tag('deco')
def decorated(x):
    log.append(('call', x))
    return x * 2
log.clear(); decorated(3), decorated(4), log
cm = tag('once')
with cm: pass
with cm: pass
# --- suppress / nullcontext / closing
with suppress(KeyError, IndexError):
    {}['x']
with suppress(KeyError):
    [][1]
with suppress():
    pass
with suppress(Exception):
    raise ValueError
with nullcontext(5) as v:
    v
with nullcontext() as v:
    v
class Closeable:
    def close(self): print('closed')
with closing(Closeable()) as c:
    type(c).__name__
with closing(Closeable()):
    raise RuntimeError('x')
run(nullcontext(7).__aenter__())
# --- redirect
buf = io.StringIO()
with redirect_stdout(buf) as r:
    print('to buffer')
    r is buf
buf.getvalue()
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write('e!')
err.getvalue()
b1, b2 = io.StringIO(), io.StringIO()
rs = redirect_stdout(b1)
with rs:
    with redirect_stdout(b2):
        print('inner')
    print('outer')
    with rs:
        print('nested same')
b1.getvalue(), b2.getvalue()
# --- ExitStack
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('es'))
    print('body')
log[-2:]
with ExitStack() as stack:
    stack.push(lambda *exc: print('exit cb', exc[0]) or True)
    raise ValueError('suppressed by cb')
def cb_raise(*a):
    raise KeyError('from cb')
try:
    with ExitStack() as stack:
        stack.push(cb_raise)
        stack.callback(print, 'first')
        raise ValueError('body')
except KeyError as e:
    chain(e)
try:
    with ExitStack() as stack:
        stack.callback(cb_raise)
        stack.callback(lambda: 1 / 0)
except KeyError as e:
    chain(e)
with ExitStack() as s:
    s.enter_context(5)
class CM:
    def __enter__(self): return 'entered'
    def __exit__(self, *a): print('CM exit', a[0]); return False
with ExitStack() as s:
    s.enter_context(CM()), s.push(CM()).__class__.__name__
s = ExitStack()
s.callback(print, 'deferred')
s2 = s.pop_all()
s.close()
s2.close()
f = ExitStack().callback(print)
f is print
es = ExitStack(); w = es.callback(len, 'x'); es._exit_callbacks[0][1].__wrapped__ is len
try:
    with ExitStack() as stack:
        stack.callback(cb_raise)
        stack.push(lambda *e: True)
        stack.callback(lambda: 1 / 0)
except Exception as e:
    print('escaped', e)
else:
    print('suppressed all')
# --- AsyncExitStack / asynccontextmanager
@asynccontextmanager
async def actx(name):
    print('enter', name)
    try:
        yield name * 2
    finally:
        print('exit', name)
async def main():
    async with actx('a') as v:
        print('value', v)
    async with AsyncExitStack() as st:
        r = await st.enter_async_context(actx('b'))
        st.callback(print, 'sync cb')
        async def acb(x): print('async cb', x)
        st.push_async_callback(acb, 1)
        print('got', r)
    return 'done'
run(main())
async def fails():
    async with actx('c'):
        raise ValueError('async body')
run(fails())
@asynccontextmanager
async def anoyield():
    if False:
        yield
async def m2():
    async with anoyield():
        pass
run(m2())
async def m3():
    async with AsyncExitStack() as st:
        await st.enter_async_context(CM())
run(m3())
@actx('deco')
async def adeco(x):
    return x + 1
run(adeco(1))
async def m4():
    async with aclosing(agen()) as g:
        async for x in g:
            print('item', x)
            break
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen closed')
run(m4())
# --- chdir and ABCs
here = os.getcwd()
with chdir('/'):
    os.getcwd()
os.getcwd() == here
class MyCM:
    def __enter__(self): return self
    def __exit__(self, *a): pass
issubclass(MyCM, AbstractContextManager), issubclass(int, AbstractContextManager), isinstance(nullcontext(), AbstractAsyncContextManager)
class NoExit(AbstractContextManager): pass
NoExit()
class Good(AbstractContextManager):
    def __exit__(self, *a): return None
with Good() as g:
    type(g).__name__
AbstractContextManager[int]
class Deco(ContextDecorator):
    def __enter__(self): print('deco enter'); return self
    def __exit__(self, *a): print('deco exit'); return False
@Deco()
def fn(): return 'fn result'
fn()
