# async generators, async iterators and async context managers driven by asyncio
import asyncio
import contextlib


async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker finalised")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


@contextlib.asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        print("close", name)


async def consume(name, gen):
    async for x in gen:
        print(name, x)


async def main():
    print([x async for x in ticker(3)])
    print([x async for x in Countdown(3)])
    await asyncio.gather(consume("A", ticker(3)), consume("B", Countdown(2)))
    async with resource("db") as r:
        print("using", r)
    try:
        async with resource("bad"):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated", e)
    g = ticker(5)
    print(await g.__anext__(), await anext(g), await anext(g, "default"))
    await g.aclose()
    print(await anext(g, "exhausted"))
    async def squares():
        for i in range(4):
            yield i * i
            await asyncio.sleep(0)
    print(sum([v async for v in squares() if v % 2 == 0]))
    # asend/athrow
    async def echo():
        received = None
        while True:
            try:
                received = yield received
            except KeyError as e:
                received = f"caught {e!r}"
    e = echo()
    await e.asend(None)
    print(await e.asend("hello"), await e.athrow(KeyError("k")))
    await e.aclose()
    # an async generator left unfinished: asyncio.run finalises it at shutdown
    global leftover
    leftover = ticker(10)
    print(await anext(leftover))
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("one"))
        b = await stack.enter_async_context(resource("two"))
        print(a, b)


asyncio.run(main())
print("after run")
