import types

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

@types.coroutine
def tick():
    yield

class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await tick()
        self.i += 1
        return self.i - 1

class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await tick()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        await tick()
        return self.suppress

async def agen(n):
    for i in range(n):
        await tick()
        yield i * i

async def main():
    out = []
    async for i in AsyncRange(4):
        out.append(i)
    print("range", out)
    async for v in agen(5):
        print("agen", v, end="; ")
    print()
    print([v async for v in agen(4)], {v: 1 async for v in agen(3)}, {v async for v in AsyncRange(3)})
    print([x async for x in agen(6) if x % 2 == 0])
    async with AsyncCM("a") as a, AsyncCM("b") as b:
        print("inside", a, b)
    async with AsyncCM("s", suppress=True):
        raise ValueError("suppressed")
    try:
        async with AsyncCM("n"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", repr(e))
    async for i in AsyncRange(3):
        if i == 1:
            break
    else:
        print("not reached")
    async for i in AsyncRange(0):
        pass
    else:
        print("async for else")
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        async with object():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    class NoAexit:
        async def __aenter__(self):
            return 1
    try:
        async with NoAexit():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    class BadAnext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 5
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    class BadAiter:
        def __aiter__(self):
            return 5
    try:
        async for x in BadAiter():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    it = aiter(AsyncRange(3))
    print(await anext(it), await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    try:
        aiter(5)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        anext(5)
    except TypeError as e:
        print(type(e).__name__, e)
    g = agen(3)
    print(await g.asend(None), await g.__anext__())
    await g.aclose()
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("closed agen stops")
    g = agen(3)
    try:
        await g.athrow(ValueError("into agen"))
    except ValueError as e:
        print("athrow unstarted:", e)
    print(type(agen(1)).__name__, agen.__name__, type(g.asend(None)).__name__)
    return "main done"

print(run(main()))

async def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def partial():
    g = gen_with_finally()
    async for v in g:
        print("partial got", v)
        break
    await g.aclose()
    print("after aclose")
run(partial())

async def agen_return_value():
    yield 1
    return
async def agen_catch():
    try:
        yield 1
    except ValueError:
        yield "caught"
async def driver():
    g = agen_catch()
    await g.asend(None)
    print(await g.athrow(ValueError))
    g2 = agen_catch()
    await g2.asend(None)
    try:
        await g2.athrow(KeyError("x"))
    except KeyError as e:
        print("propagated from athrow", e)
run(driver())

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def bad_close():
    g = ignores_exit()
    await g.asend(None)
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)
run(bad_close())

async def stop_inside():
    yield 1
    raise StopAsyncIteration
async def drive_stop():
    try:
        async for x in stop_inside():
            print("got", x)
    except RuntimeError as e:
        print(type(e).__name__, e)
run(drive_stop())
