# TaskGroup (3.11): success, one failure cancels siblings, several failures, errors in the body
import asyncio


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if fail is not None:
        print(f"{name} failing")
        raise fail
    print(f"{name} ok")
    return name


def show(eg, indent=""):
    print(f"{indent}{type(eg).__name__}: {eg}")
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            show(e, indent + "  ")
        else:
            print(f"{indent}  {type(e).__name__}: {e}")


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.001))
        t2 = tg.create_task(job("b", 0.02), name="named")
        print(t2.get_name(), repr(tg) == "<TaskGroup tasks=2 entered>")
    print("results", t1.result(), t2.result(), repr(tg))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 1))
            tg.create_task(job("bad", 0.001, ValueError("boom")))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        show(eg)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("e1", 0, KeyError("x")))
            tg.create_task(job("e2", 0, TypeError("y")))
            tg.create_task(job("e3", 0.5))
    except ExceptionGroup as eg:
        show(eg)
        print(eg.__cause__, eg.__suppress_context__)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("body", 0.5))
            await asyncio.sleep(0)
            raise RuntimeError("in body")
    except ExceptionGroup as eg:
        show(eg)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("n1", 0.001, OSError(2, "nested")))
            async def sub():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(job("n2", 100, ZeroDivisionError("inner")))
                    inner.create_task(job("n3", 1))
            tg.create_task(sub())
    except* OSError as eg:
        show(eg)
    except* ZeroDivisionError as eg:
        show(eg)

    tg = asyncio.TaskGroup()
    try:
        tg.create_task(job("x", 0))
    except RuntimeError as e:
        print(e)
    async with tg:
        pass
    c = job("late", 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
        c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)

    # cancelling the parent while the group waits
    async def parent():
        async with asyncio.TaskGroup() as g:
            g.create_task(job("child", 1))
            await asyncio.sleep(1)
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.005)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled, cancelling() =", p.cancelling())


asyncio.run(main())
