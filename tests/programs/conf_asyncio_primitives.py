import asyncio
async def worker(name, delay, log):
    log.append(f'{name} start')
    await asyncio.sleep(delay)
    log.append(f'{name} end')
    return name * 2
async def failing():
    await asyncio.sleep(0)
    raise ValueError('fail!')
async def main():
    log = []
    r = await asyncio.gather(worker('a', 0, log), worker('b', 0, log), worker('c', 0, log))
    print(r, log)
    r = await asyncio.gather(worker('x', 0, []), failing(), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(failing(), worker('y', 0, []))
    except ValueError as e: print('gather raised', e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError as e: print('timeout', type(e).__name__)
    t = asyncio.create_task(worker('t', 0, log), name='mytask')
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    t2 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t2.cancel()
    try: await t2
    except asyncio.CancelledError: print('cancelled', t2.cancelled())
    q = asyncio.Queue()
    async def prod():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def cons():
        out = []
        while (v := await q.get()) is not None:
            out.append(v)
        return out
    print(await asyncio.gather(prod(), cons()))
    lock = asyncio.Lock()
    order = []
    async def locked(n):
        async with lock:
            order.append(n); await asyncio.sleep(0); order.append(-n)
    await asyncio.gather(*(locked(i) for i in range(1, 4)))
    print(order)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait(); return 'woke'
    wt = asyncio.create_task(waiter()); await asyncio.sleep(0); ev.set(); print(await wt)
    sem = asyncio.Semaphore(2); active = [0]; peak = [0]
    async def limited():
        async with sem:
            active[0] += 1; peak[0] = max(peak[0], active[0]); await asyncio.sleep(0); await asyncio.sleep(0); active[0] -= 1
    await asyncio.gather(*(limited() for _ in range(5))); print('peak', peak[0])
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, 'r1')), asyncio.create_task(asyncio.sleep(0, 'r2'))])
    print(len(done), len(pending), sorted(d.result() for d in done))
    async def agen():
        for i in range(3):
            await asyncio.sleep(0); yield i
    print([x async for x in agen()])
    res = []
    for coro in asyncio.as_completed([asyncio.sleep(0.02, 'slow'), asyncio.sleep(0.001, 'fast')]):
        res.append(await coro)
    print(res)
    loop = asyncio.get_running_loop()
    fut = loop.create_future(); loop.call_soon(fut.set_result, 'fut-ok'); print(await fut)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError: print('asyncio.timeout hit')
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker('g1', 0, [])); t2 = tg.create_task(worker('g2', 0, []))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing()); tg.create_task(asyncio.sleep(1))
    except* ValueError as eg: print('taskgroup', [str(e) for e in eg.exceptions])
    return 'main done'
print(asyncio.run(main()))
