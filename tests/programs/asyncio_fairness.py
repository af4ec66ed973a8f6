# Semaphore and Lock hand-over when a woken waiter is cancelled (3.11 fairness rules)
import asyncio
async def main():
    sem = asyncio.Semaphore(0)
    log = []
    async def w(i):
        try:
            await sem.acquire()
            log.append(f"got{i}")
        except asyncio.CancelledError:
            log.append(f"cancel{i}")
            raise
    ts = [asyncio.create_task(w(i)) for i in range(4)]
    await asyncio.sleep(0)
    sem.release(); sem.release()
    ts[0].cancel()
    await asyncio.sleep(0)
    print(log, sem._value, sem.locked())
    await asyncio.sleep(0)
    print(log, sem._value, sem.locked())
    sem.release(); sem.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, sem._value, sem.locked())
    l = asyncio.Lock()
    await l.acquire()
    ws = [asyncio.create_task(l.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    l.release()
    ws[0].cancel()
    await asyncio.sleep(0)
    print(l.locked(), [t.done() for t in ws])
    await asyncio.sleep(0)
    print(l.locked(), [t.done() for t in ws], [t.cancelled() for t in ws])
    l.release(); await asyncio.sleep(0); l.release()
    await asyncio.gather(*ws, return_exceptions=True)
    print(l.locked())
asyncio.run(main())

async def main2():
    cond = asyncio.Condition()
    log = []
    async def waiter(i):
        async with cond:
            try:
                await cond.wait()
                log.append(f"woke{i}")
            except asyncio.CancelledError:
                log.append(f"cancelled{i} locked={cond.locked()}")
                raise
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        ts[0].cancel()
    for _ in range(4):
        await asyncio.sleep(0)
    print(log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, [t.cancelled() for t in ts])
    lock = asyncio.Lock()
    c1 = asyncio.Condition(lock)
    c2 = asyncio.Condition(lock)
    async with c1:
        print(c2.locked(), lock.locked())
    print(c2.locked())
asyncio.run(main2())
