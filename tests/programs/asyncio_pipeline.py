# a realistic pipeline: stages connected by queues, a shutdown event, a rate-limiting
# semaphore, an async context manager resource, results collected by as_completed/wait
import asyncio


class Connection:
    opened = 0

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        Connection.opened += 1
        print(f"[{self.name}] connect ({Connection.opened} open)")
        return self

    async def __aexit__(self, et, exc, tb):
        await asyncio.sleep(0)
        Connection.opened -= 1
        print(f"[{self.name}] disconnect on {et.__name__ if et else 'success'}")
        return et is KeyError  # swallow KeyError only

    async def fetch(self, item):
        await asyncio.sleep(0)
        if item == 13:
            raise KeyError(item)
        return item * item


async def source(out_q, n):
    for i in range(n):
        await out_q.put(i)
    await out_q.put(None)
    print("source done")


async def transform(in_q, out_q, limit, name):
    while True:
        item = await in_q.get()
        if item is None:
            await in_q.put(None)  # let sibling transformers stop too
            await out_q.put(None)
            print(f"{name} stops")
            return
        async with limit:
            async with Connection(f"{name}:{item}") as conn:
                value = await conn.fetch(item)
                await out_q.put((item, value))


async def sink(in_q, producers):
    results = {}
    finished = 0
    while finished < producers:
        got = await in_q.get()
        if got is None:
            finished += 1
            continue
        results[got[0]] = got[1]
    return results


async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue(maxsize=3)
    limit = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(source(q1, 16))]
    tasks += [asyncio.create_task(transform(q1, q2, limit, f"T{i}")) for i in range(2)]
    results = await sink(q2, 2)
    await asyncio.gather(*tasks)
    print(sorted(results.items()))
    print("missing:", sorted(set(range(16)) - set(results)), "open:", Connection.opened)

    stop = asyncio.Event()
    ticks = []

    async def ticker(name, every):
        while not stop.is_set():
            ticks.append(name)
            try:
                await asyncio.wait_for(stop.wait(), every)
            except asyncio.TimeoutError:
                pass
        return name

    ts = [asyncio.create_task(ticker("fast", 0)), asyncio.create_task(ticker("slow", 1))]
    for _ in range(5):
        await asyncio.sleep(0)
    stop.set()
    done, pending = await asyncio.wait(ts)
    print(sorted(t.result() for t in done), len(pending), ticks.count("slow"), ticks.count("fast") > 0)

    turns = [asyncio.Event() for _ in range(4)]

    async def job(i):
        await turns[i].wait()
        if i == 2:
            raise ValueError(i)
        return i

    async def release_in_order():
        for ev in turns:
            ev.set()
            for _ in range(5):
                await asyncio.sleep(0)
    releaser = asyncio.create_task(release_in_order())
    for fut in asyncio.as_completed([job(i) for i in (3, 1, 0, 2)]):
        try:
            print("completed", await fut)
        except ValueError as e:
            print("failed", e)
    await releaser


asyncio.run(main())
