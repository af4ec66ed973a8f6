# cancellation: CancelledError delivery, messages, cleanup in finally, uncancel/cancelling
import asyncio


async def sleeper(name, delay):
    try:
        print(name, "sleeping")
        await asyncio.sleep(delay)
        print(name, "woke")
    except asyncio.CancelledError as e:
        print(name, "cancelled with args", e.args)
        raise
    finally:
        print(name, "cleanup")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the first cancel")
    await asyncio.sleep(0)
    return "survived"


async def main():
    t = asyncio.create_task(sleeper("t1", 1))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    print("cancel again ->", t.cancel(), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting t raised CancelledError", e.args)
    print(t.cancelled(), t.done(), t)
    print("cancel done ->", t.cancel())

    t2 = asyncio.create_task(sleeper("t2", 1))
    await asyncio.sleep(0)
    t2.cancel("with message")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("message:", e.args)
    try:
        t2.result()
    except asyncio.CancelledError as e:
        print("result() raised", type(e).__name__)

    t3 = asyncio.create_task(sleeper("t3", 1))
    t3.cancel()  # before it ever ran
    try:
        await t3
    except asyncio.CancelledError:
        print("t3 never started:", t3.cancelled())

    t4 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t4.cancel()
    print(await t4, t4.cancelled(), t4.cancelling(), t4.uncancel(), t4.cancelling())

    # cancelling the awaiting task cancels the awaited one
    async def outer():
        inner = asyncio.create_task(sleeper("inner", 1))
        try:
            await inner
        finally:
            print("outer finally; inner cancelled:", inner.cancelled())
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled")

    # shield protects the inner task
    release = asyncio.Event()

    async def protected():
        await release.wait()
        return "shielded result"
    inner = asyncio.create_task(protected())
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled; inner cancelled?", inner.cancelled())
    release.set()
    print(await inner)

    # the running task cancelling itself
    async def selfcancel():
        asyncio.current_task().cancel()
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("self-cancel delivered at next await")
            return "handled"
    print(await asyncio.create_task(selfcancel()))

    f = asyncio.get_running_loop().create_future()
    f.cancel(msg="future msg")
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future:", e.args, f)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("exception():", e.args)


asyncio.run(main())
