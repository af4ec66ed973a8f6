# exceptions in tasks: propagation, traceback frames (user code only), callbacks' errors,
# "exception was never retrieved" logging, custom exception handlers
import asyncio
import traceback


def user_frames(exc):
    return [(f.name, f.line) for f in traceback.extract_tb(exc.__traceback__) if f.filename == __file__]


async def level2():
    await asyncio.sleep(0)
    raise ValueError("deep")


async def level1():
    await level2()


async def main():
    t = asyncio.create_task(level1())
    try:
        await t
    except ValueError as e:
        print("caught", repr(e), user_frames(e))
    print(t, repr(t.exception()))
    try:
        await asyncio.gather(level1(), asyncio.sleep(0.01))
    except ValueError as e:
        print("gather", user_frames(e))

    loop = asyncio.get_running_loop()
    seen = []
    def handler(loop, context):
        seen.append(context["message"])
        exc = context.get("exception")
        print("handler:", context["message"], repr(exc), sorted(context))
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    def bad_callback(x):
        raise ZeroDivisionError(x)
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)
    t2 = asyncio.create_task(level2())
    await asyncio.sleep(0.001)
    del t2  # never retrieved: the handler reports it when the task is freed
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "custom message", "extra": 42})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print(e)

    f = loop.create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f.set_exception(KeyError)
    print(f, repr(f.exception()))
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f2 = loop.create_future()
    try:
        f2.set_exception(StopIteration())
    except TypeError as e:
        print(e)
    t3 = asyncio.create_task(asyncio.sleep(0))
    for meth in (t3.set_result, t3.set_exception):
        try:
            meth(1)
        except RuntimeError as e:
            print(e)
    await t3
    try:
        asyncio.create_task(123)
    except TypeError as e:
        print(e)
    async def bad_yield():
        await BadAwaitable()
    try:
        await asyncio.create_task(bad_yield())
    except RuntimeError as e:
        print(e)
    async def fail_late():
        await asyncio.sleep(0)
        raise KeyError("never retrieved")
    asyncio.create_task(fail_late())
    await asyncio.sleep(0.001)
    return "done"


class BadAwaitable:
    def __await__(self):
        yield 42


print(asyncio.run(main()))
try:
    asyncio.run(123)
except ValueError as e:
    print(e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)


async def crash():
    await asyncio.sleep(0)
    {}["missing"]


try:
    asyncio.run(crash())
except KeyError as e:
    print("asyncio.run raised", repr(e), user_frames(e))
