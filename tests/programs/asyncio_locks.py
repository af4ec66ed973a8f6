# Lock, Event, Condition, Semaphore, BoundedSemaphore: order of acquisition and wake-ups
import asyncio


async def main():
    lock = asyncio.Lock()
    async def critical(name):
        print(name, "wants lock", lock.locked())
        async with lock:
            print(name, "has lock")
            await asyncio.sleep(0.001)
            print(name, "releases")
        return name
    print(await asyncio.gather(*(critical(f"t{i}") for i in range(3))))
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    print(await lock.acquire(), lock.locked())
    lock.release()

    # cancelled waiter does not block the next one
    await lock.acquire()
    w1 = asyncio.create_task(critical("w1"))
    w2 = asyncio.create_task(critical("w2"))
    await asyncio.sleep(0)
    w1.cancel()
    lock.release()
    print(await asyncio.gather(w1, w2, return_exceptions=True))

    ev = asyncio.Event()
    async def waiter(name):
        print(name, "waiting for event")
        r = await ev.wait()
        print(name, "saw event", r)
    ws = [asyncio.create_task(waiter(f"e{i}")) for i in range(3)]
    await asyncio.sleep(0.001)
    print("set", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    print(await ev.wait(), ev.is_set())
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []
    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, "consumed", items.pop(0))
    cs = [asyncio.create_task(consume(f"k{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    async def plain_wait(name):
        async with cond:
            print(name, "woken:", await cond.wait())
        return name
    cs = [asyncio.create_task(plain_wait(f"p{i}")) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    print(await asyncio.gather(*cs))
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)

    sem = asyncio.Semaphore(2)
    active = []
    async def limited(i):
        async with sem:
            active.append(i)
            print(f"job {i} runs with {len(active)} active, locked={sem.locked()}")
            for _ in range(3 - i % 3):
                await asyncio.sleep(0)
            active.remove(i)
        return i
    print(await asyncio.gather(*(limited(i) for i in range(6))))
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    s0 = asyncio.Semaphore(0)
    print(s0.locked())
    async def later():
        await asyncio.sleep(0.001)
        s0.release()
    asyncio.create_task(later())
    print(await s0.acquire())
    print(repr(lock).endswith("[unlocked]>"), repr(ev).endswith("[unset]>"), repr(sem).endswith("[unlocked, value:2]>"))


asyncio.run(main())
