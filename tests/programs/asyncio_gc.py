# tasks freed while pending ("Task was destroyed but it is pending!") and failed tasks freed
# without their exception being retrieved, as reference counting and gc.collect() find them
import asyncio
import gc
import weakref


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    async def waiter():
        await fut
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    alive = weakref.ref(t)
    del t, fut
    print("collected:", gc.collect() > 0, alive() is None)

    async def fails():
        raise LookupError("lost")
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print("about to drop the failed task")
    del t
    print("dropped")

    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    t.exception()
    del t
    print("retrieved: nothing logged")


asyncio.run(main())
