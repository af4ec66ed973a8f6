# task factories, Future subclasses, run_in_executor/to_thread, nested event loops by hand,
# awaiting plain generators-based awaitables, callbacks' contexts
import asyncio
import contextvars
import functools


class MyTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        print("MyTask created for", coro.__qualname__)


def factory(loop, coro, **kwargs):
    return MyTask(coro, loop=loop, **kwargs)


class Answer(asyncio.Future):
    pass


def blocking(x, y=1):
    return x * 10 + y


async def child(n):
    await asyncio.sleep(0)
    return n


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(child(3), name="made by factory")
    print(type(t).__name__, t.get_name(), await t)
    print(await asyncio.gather(child(1), child(2)))
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print(e)

    a = Answer()
    loop.call_soon(a.set_result, 42)
    print(repr(a), await a, repr(a))
    print(await loop.run_in_executor(None, blocking, 4))
    print(await asyncio.to_thread(blocking, 5, y=7))
    print(await loop.run_in_executor(None, functools.partial(blocking, 6, y=2)))

    var = contextvars.ContextVar("var", default="unset")
    var.set("main")
    seen = []
    fut = loop.create_future()
    fut.add_done_callback(lambda f: seen.append(var.get()))
    ctx = contextvars.Context()
    ctx.run(var.set, "private")
    fut.add_done_callback(lambda f: seen.append(var.get()), context=ctx)
    var.set("changed")
    fut.set_result(None)
    await asyncio.sleep(0)
    print(seen)

    print(asyncio.iscoroutinefunction(functools.partial(child, 1)),
          asyncio.iscoroutinefunction(blocking), asyncio.iscoroutinefunction(MyTask.get_name))

    class Waiter:
        def __await__(self):
            return (yield from asyncio.sleep(0, "from yield from").__await__())
    print(await Waiter())

    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    async for v in agen():
        print("agen", v)
        if v == 1:
            break
    await asyncio.sleep(0)

    fs = [loop.create_future() for _ in range(3)]
    for i, f in enumerate(fs):
        loop.call_later(0.001 * (3 - i), f.set_result, i)
    print(await asyncio.gather(*fs))
    print(asyncio.isfuture(fs[0]), asyncio.isfuture(child), asyncio.wrap_future(fs[0]) is fs[0])
    try:
        asyncio.wrap_future(1)
    except AssertionError as e:
        print(e)
    return loop


loop = asyncio.run(main())
print(loop.is_closed(), loop.is_running())
with asyncio.Runner() as r:
    print(r.run(child("runner")))
    print(r.run(child("runner again")))
print(asyncio.run(child("again")))
