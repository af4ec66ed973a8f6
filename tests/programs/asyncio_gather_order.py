# gather: start order, completion order, result order, return_exceptions, nesting
import asyncio


async def step(name, n, delay=0):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return f"{name}:{n}"


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(step("a", 3), step("b", 2), step("c", 1)))
    print(await asyncio.gather())
    res = await asyncio.gather(step("x", 1, 0.01), fail("bad", 0.005), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(fail("first", 0.001), step("y", 1, 0.05))
    except ValueError as e:
        print("gather raised", repr(e))
    inner = asyncio.gather(step("i1", 1), step("i2", 1))
    outer = await asyncio.gather(inner, step("o", 2))
    print(outer)
    t = asyncio.create_task(step("same", 1))
    print(await asyncio.gather(t, t, t))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 42)
    print(await asyncio.gather(fut, asyncio.sleep(0, "slept")))
    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled(), g.done())
    g2 = asyncio.gather(asyncio.sleep(1), asyncio.sleep(0.001, 7), return_exceptions=True)
    await asyncio.sleep(0)
    g2._children[0].cancel("stop it")
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in await g2])

    # cancelling the gather itself: the error comes from the last child in argument order
    for order in ((1, 0), (0, 1)):
        g3 = asyncio.gather(*(asyncio.sleep(d, d) for d in order), return_exceptions=True)
        for _ in range(3):
            await asyncio.sleep(0)
        print("cancel", order, g3.cancel(f"msg{order}"))
        try:
            print(await g3)
        except asyncio.CancelledError as e:
            print("cancelled", e.args)


asyncio.run(main())
