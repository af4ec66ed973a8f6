# wait_for, wait, as_completed, timeouts
import asyncio


async def slow(x, delay):
    try:
        await asyncio.sleep(delay)
        return x
    except asyncio.CancelledError:
        print("slow", x, "cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow(1, 0.001), timeout=1))
    try:
        await asyncio.wait_for(slow(2, 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, type(e.__cause__).__name__, e.args)
    try:
        await asyncio.wait_for(slow(3, 1), timeout=0)
    except TimeoutError:
        print("timeout 0")
    print(await asyncio.wait_for(slow(4, 0), None))
    t = asyncio.create_task(slow(5, 0.001))
    await asyncio.wait([t])
    print(await asyncio.wait_for(t, 0))

    gate = asyncio.Event()

    async def gated(x):
        await gate.wait()
        return x
    tasks = [asyncio.create_task(gated(1), name="w1"), asyncio.create_task(slow(2, 0.001), name="w2"),
             asyncio.create_task(gated(3), name="w3")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks, timeout=0.005)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    gate.set()
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)

    async def boom():
        await asyncio.sleep(0.001)
        raise KeyError("k")
    gate.clear()
    ts = [asyncio.create_task(boom()), asyncio.create_task(gated("z"))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [repr(t.exception()) for t in done])
    gate.set()
    await asyncio.wait(pending)
    for bad in (slow(0, 0), [], [slow(0, 0)]):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
        finally:
            for c in (bad if isinstance(bad, list) else [bad]):
                c.close()
    try:
        await asyncio.wait([t], return_when="NEVER")
    except ValueError as e:
        print(e)

    # completion order forced by events a driver sets one after another (the tasks are
    # created in set order, which differs between implementations)
    events = {name: asyncio.Event() for name in "abc"}

    async def when_set(name):
        await events[name].wait()
        return name

    async def driver():
        for name in "abc":
            events[name].set()
            for _ in range(5):
                await asyncio.sleep(0)
    drive = asyncio.create_task(driver())
    for coro in asyncio.as_completed([when_set("c"), when_set("a"), when_set("b")]):
        print("as_completed:", await coro)
    await drive
    try:
        for coro in asyncio.as_completed([slow("late", 100)], timeout=0.01):
            await coro
    except asyncio.TimeoutError:
        print("as_completed timed out")
    await asyncio.sleep(0)

    async with asyncio.timeout(0.5) as cm:
        print(repr(cm)[:22])
        await asyncio.sleep(0.001)
    print("no expiry:", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout() expired:", cm.expired(), repr(cm), type(e.__cause__).__name__)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.005):
            await slow("at", 1)
    except TimeoutError:
        print("timeout_at expired")
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 10)
        print(cm.when() > loop.time())
        await asyncio.sleep(0)
    print(repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print(e)
    print(asyncio.current_task().cancelling())


asyncio.run(main())
