# asyncio.Barrier (3.11): rounds, arrival indexes, reset, abort, async with
import asyncio
async def main():
    b = asyncio.Barrier(3)
    print(repr(b).split("[")[1], b.parties, b.n_waiting, b.broken)
    async def w(i):
        print("arrive", i)
        idx = await b.wait()
        print("pass", i, idx, b.n_waiting, repr(b).split("[")[1])
        return idx
    print(await asyncio.gather(*(w(i) for i in range(6))))
    ts = [asyncio.create_task(w(i)) for i in range(2)]
    await asyncio.sleep(0)
    print(repr(b).split("[")[1])
    await b.reset()
    print(repr(b).split("[")[1])
    for t in ts:
        try: await t
        except asyncio.BrokenBarrierError as e: print("broken", repr(e))
    print(repr(b).split("[")[1])
    t = asyncio.create_task(w(9))
    await asyncio.sleep(0)
    await b.abort()
    try: await t
    except asyncio.BrokenBarrierError as e: print("broken", repr(e))
    try: await b.wait()
    except asyncio.BrokenBarrierError as e: print("broken", repr(e))
    print(repr(b).split("[")[1], b.broken)
    try: asyncio.Barrier(0)
    except ValueError as e: print(e)
    b2 = asyncio.Barrier(2)
    async def cm(i):
        async with b2 as pos:
            print("cm", i, pos)
    await asyncio.gather(cm(1), cm(2))
asyncio.run(main())
