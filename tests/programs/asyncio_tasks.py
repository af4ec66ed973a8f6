# Task API: names, reprs, current_task/all_tasks, done callbacks, ensure_future, bare awaits
import asyncio


async def nap(n):
    await asyncio.sleep(0)
    return n


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom awaitable"


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.done(), me.cancelling(), me.get_coro().__qualname__)
    t = asyncio.create_task(nap(1))
    print(t.get_name(), repr(t).split(" coro=")[0])
    t.set_name("renamed")
    t.set_name(42)
    print(repr(t.get_name()))
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks())
    calls = []
    t.add_done_callback(lambda f: calls.append(("first", f.result())))
    t.add_done_callback(lambda f: calls.append(("second", f.result())))
    def removed(f):
        calls.append("removed")
    t.add_done_callback(removed)
    t.add_done_callback(removed)
    print(t.remove_done_callback(removed))
    print(await t, calls)
    await asyncio.sleep(0)
    print(calls)
    t.add_done_callback(lambda f: calls.append("after done"))
    await asyncio.sleep(0)
    print(calls[-1])

    f = asyncio.get_running_loop().create_future()
    print(repr(f))
    async def setter():
        await asyncio.sleep(0)
        f.set_result([1, 2, 3])
    asyncio.create_task(setter())
    print(await f, repr(f))
    print(await asyncio.ensure_future(Awaitable()))
    ef = asyncio.ensure_future(nap(9))
    print(type(ef).__name__, await ef, asyncio.ensure_future(ef) is ef)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print(e)
    print(await Awaitable())

    # tasks run in creation order, each step in turn
    async def chatter(name, n):
        for i in range(n):
            print(name, i)
            await asyncio.sleep(0)
    tasks = [asyncio.create_task(chatter(c, 3)) for c in "xyz"]
    await asyncio.sleep(0)
    print("main between steps")
    await asyncio.gather(*tasks)

    # repr of a done task with a result and one with an exception
    async def fails():
        raise IndexError("out")
    bad = asyncio.create_task(fails(), name="bad")
    await asyncio.sleep(0)
    print(repr(bad).split(" coro=")[0], repr(bad).split(">")[-2][-28:])
    bad.exception()
    print(repr(t).split(" coro=")[0], repr(t).split("> ")[-1])
    print(asyncio.Future, asyncio.Task, asyncio.CancelledError, asyncio.TimeoutError,
          asyncio.InvalidStateError, asyncio.Queue, asyncio.Lock, asyncio.TaskGroup)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(asyncio.Future[int], asyncio.Task[str])
    return "main done"


print(asyncio.run(main()))
print(asyncio.run(nap("second run")))
