# nested timeouts, TaskGroups inside timeouts, cancellation during cleanup awaits,
# cancelling()/uncancel() bookkeeping, shield inside wait_for
import asyncio


async def slow(name, delay=1):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        await asyncio.sleep(0)
        print(f"{name}: cleanup done")
        raise


async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0.01):
            try:
                async with asyncio.timeout(1):
                    await slow("inner")
            except TimeoutError:
                print("wrong: inner timeout fired")
    except TimeoutError:
        print("outer timeout fired; cancelling() =", me.cancelling())

    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow("tg-a"))
                tg.create_task(slow("tg-b"))
    except TimeoutError:
        print("timeout around TaskGroup; cancelling() =", me.cancelling())

    try:
        await asyncio.wait_for(asyncio.wait_for(slow("double"), 1), 0.01)
    except TimeoutError:
        print("outer wait_for timed out")

    release = asyncio.Event()

    async def protected():
        await release.wait()
        return "shielded"
    inner = asyncio.create_task(protected())
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.005)
    except TimeoutError:
        print("shield timed out; inner still running:", not inner.done())
    release.set()
    print(await inner)

    async def ignores_cancel():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("ignoring cancel, returning a value")
            return "ignored"
    t = asyncio.create_task(ignores_cancel())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

    async def cancel_twice():
        await asyncio.sleep(1)
    t = asyncio.create_task(cancel_twice())
    await asyncio.sleep(0)
    t.cancel("one")
    t.cancel("two")
    print("cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("got", e.args)

    async def catches_then_awaits():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("caught; uncancel ->", asyncio.current_task().uncancel())
        await asyncio.sleep(0)
        return "continued after uncancel"
    t = asyncio.create_task(catches_then_awaits())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)

    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            finally:
                print("finally inside timeout; expired:", cm.expired())
                await asyncio.sleep(0)
    except TimeoutError:
        print("after timeout:", cm.expired())

    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), t.cancelling(), t.uncancel(), t.uncancel())


asyncio.run(main())
