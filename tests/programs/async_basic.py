# Coroutines, await, async with / async for, driven by a tiny event loop
import sys

class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        return (yield ("sleep", self.n))

class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, coro, name):
        self.ready.append((coro, None, name))
    def run(self):
        results = {}
        while self.ready:
            coro, val, name = self.ready.pop(0)
            try:
                req = coro.send(val)
            except StopIteration as e:
                results[name] = e.value
                continue
            except Exception as e:
                results[name] = f"error {type(e).__name__}: {e}"
                continue
            self.log.append((name, req))
            self.ready.append((coro, req[1] * 10, name))
        return results

async def worker(name, steps):
    total = 0
    for i in range(steps):
        got = await Sleep(i)
        total += got
    return f"{name}:{total}"

async def failing():
    await Sleep(1)
    raise ValueError("worker failed")

loop = Loop()
loop.spawn(worker("a", 3), "a")
loop.spawn(worker("b", 2), "b")
loop.spawn(failing(), "f")
print(loop.run())
print(loop.log)

# coroutine object attributes
async def co():
    return 1
c = co()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
c.close()
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# awaiting a coroutine twice
async def twice():
    c = co()
    await c
    await c
try:
    twice().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# await on non-awaitable
async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 5
async def bad_await2():
    await BadAwait()
try:
    bad_await2().send(None)
except TypeError as e:
    print(type(e).__name__, e)

# async context manager and iterator
class Resource:
    async def __aenter__(self):
        print("acquire")
        await Sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print("release", et.__name__ if et else None)
        return True
class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep(self.i)
        return self.i
async def main():
    async with Resource() as r:
        print("inside", type(r).__name__)
        raise KeyError("suppressed by aexit")
    out = []
    async for t in Ticker(3):
        out.append(t)
    else:
        out.append("else")
    return out
def run(coro):
    val = None
    while True:
        try:
            req = coro.send(val)
        except StopIteration as e:
            return e.value
        val = req[1]
print(run(main()))

# async comprehension
async def comp():
    return [x async for x in Ticker(4) if x % 2 == 0]
print(run(comp()))
async def comp2():
    return {x: await Sleep(x) for x in range(3)}
print(run(comp2()))

# missing __aenter__ / __aiter__
async def bad_with():
    async with object():
        pass
try:
    run(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(type(e).__name__, e)
class BadANext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad_for2():
    async for x in BadANext():
        pass
try:
    run(bad_for2())
except TypeError as e:
    print(type(e).__name__, e)

# coroutine throw/close
async def guarded():
    try:
        await Sleep(1)
    except ValueError as e:
        print("coroutine caught", e)
        return "handled"
c = guarded()
c.send(None)
try:
    c.throw(ValueError("thrown in"))
except StopIteration as e:
    print("returned", e.value)

# types.coroutine-like generator-based awaitable
class Yielder:
    def __await__(self):
        yield "a"
        yield "b"
        return "done"
async def uses():
    return await Yielder()
c = uses()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(sys.getrecursionlimit() > 0)
