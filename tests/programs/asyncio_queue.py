# asyncio.Queue producer/consumer, bounded queues, join/task_done, Lifo/Priority, errors
import asyncio


async def producer(q, name, items):
    for it in items:
        await q.put((name, it))
        print(f"{name} put {it} (size {q.qsize()})")
    print(f"{name} finished")


async def consumer(q, name, out):
    while True:
        who, it = await q.get()
        print(f"{name} got {who}:{it}")
        out.append(it)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", out)) for i in range(2)]
    await asyncio.gather(producer(q, "p1", range(4)), producer(q, "p2", "xyz"))
    await q.join()
    print("joined", out, q.empty(), q.full(), str(q))
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), type(e).__module__)
    b = asyncio.Queue(1)
    b.put_nowait("a")
    try:
        b.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull", str(b), b.maxsize)
    try:
        q.task_done()
    except ValueError as e:
        print(e)

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        await lq.put(x)
        await pq.put((x, str(x)))
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])
    print(str(asyncio.PriorityQueue()), str(lq))

    # a getter waiting on an empty queue, and one cancelled while waiting
    q = asyncio.Queue()
    async def getter(tag):
        print(tag, "waits")
        v = await q.get()
        print(tag, "got", v)
    g1 = asyncio.create_task(getter("g1"))
    g2 = asyncio.create_task(getter("g2"))
    g3 = asyncio.create_task(getter("g3"))
    await asyncio.sleep(0)
    print(str(q))
    g1.cancel()
    q.put_nowait("first")
    q.put_nowait("second")
    await asyncio.sleep(0)
    await asyncio.gather(g1, g2, g3, return_exceptions=True)
    print(g1.cancelled(), q.qsize())

    # timeout on get
    try:
        await asyncio.wait_for(q.get(), 0.005)
    except asyncio.TimeoutError:
        print("get timed out", str(q))
    print(asyncio.Queue[int])


asyncio.run(main())
