# the event loop API: call_soon/call_later/call_at order, run_until_complete, run_forever/stop,
# handles, closing, policies
import asyncio
import functools


def log(*args, **kw):
    print("cb", *args, kw)


def main():
    loop = asyncio.new_event_loop()
    print(loop.is_running(), loop.is_closed(), loop.get_debug())
    print(repr(loop))
    asyncio.set_event_loop(loop)
    print(asyncio.get_event_loop() is loop)
    order = []
    loop.call_soon(order.append, 1)
    h = loop.call_soon(order.append, "cancelled")
    loop.call_soon(order.append, 2)
    h.cancel()
    print(h.cancelled(), repr(h))
    # created in firing order, so that a stall of this process cannot reorder them
    loop.call_later(0.001, order.append, "later 0.001")
    loop.call_later(0.01, order.append, "later 0.01")
    now = loop.time()
    loop.call_at(now + 0.02, order.append, "at+0.02")
    t = loop.call_later(0.005, order.append, "cancelled timer")
    t.cancel()
    print(t.cancelled(), t.when() > now)
    loop.call_later(0.03, loop.stop)
    loop.call_soon(functools.partial(log, "partial", x=1))
    loop.call_soon(log, "with", "args")
    loop.run_forever()
    print(order)

    async def compute(x):
        await asyncio.sleep(0)
        return x * 2
    print(loop.run_until_complete(compute(21)))
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from future")
    print(loop.run_until_complete(fut))
    task = loop.create_task(compute(5), name="explicit")
    print(task.get_name(), loop.run_until_complete(task))
    print(loop.run_until_complete(asyncio.gather(compute(1), compute(2))))

    async def inner_run():
        try:
            loop.run_until_complete(compute(1))
        except RuntimeError as e:
            print(e)
        try:
            asyncio.run(asyncio.sleep(0))
        except RuntimeError as e:
            print(e)
        print(asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)
        return "ok"
    print(loop.run_until_complete(inner_run()))

    def stopper():
        print("stopping early")
        loop.stop()
    loop.call_soon(stopper)
    try:
        loop.run_until_complete(asyncio.sleep(1))
    except RuntimeError as e:
        print(e)

    def raising_callback():
        raise KeyError("in callback")
    caught = []
    loop.set_exception_handler(lambda l, ctx: caught.append((ctx["message"].split(" at ")[0], repr(ctx["exception"]))))
    loop.call_soon(raising_callback)
    loop.call_soon(loop.stop)
    loop.run_forever()
    print(caught)

    try:
        loop.call_later(None, print)
    except TypeError as e:
        print(e)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print(e)
    for t in asyncio.all_tasks(loop):
        t.cancel()
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()
    loop.close()
    print(loop.is_closed(), repr(loop))
    for what in (lambda: loop.call_soon(print), lambda: loop.run_forever(),
                 lambda: loop.create_task(compute(1))):
        try:
            what()
        except RuntimeError as e:
            print(e)
    asyncio.set_event_loop(None)
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print(e)
    print(type(asyncio.get_event_loop_policy()).__name__, asyncio.iscoroutinefunction(compute),
          asyncio.iscoroutinefunction(main))
    c = compute(1)
    print(asyncio.iscoroutine(c), asyncio.isfuture(c))
    c.close()

    with asyncio.Runner() as runner:
        print(runner.run(compute(4)), runner.run(compute(5)))
        print(runner.get_loop().is_running())
    try:
        runner.run(compute(1))
    except RuntimeError as e:
        print(e)


main()
