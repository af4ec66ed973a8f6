import types
@types.coroutine
def pause(v=None):
    return (yield v)
def drive(coro):
    trace = []
    val = None
    while True:
        try:
            y = coro.send(val)
        except StopIteration as e:
            return e.value, trace
        trace.append(y)
        val = f"resumed-{y}"
async def ticker(n):
    try:
        for i in range(n):
            got = await pause(i)
            yield f"{i}:{got}"
    finally:
        await pause("cleanup")
        print("ticker finally")
async def main():
    out = []
    async for v in ticker(3):
        out.append(v)
    agen = ticker(5)
    first = await agen.__anext__()
    second = await agen.asend("ignored")
    await agen.aclose()
    out.extend([first, second])
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        out.append("exhausted")
    comp = [x async for x in ticker(2) if x]
    out.append(comp)
    return out
print(drive(main()))
async def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
async def use_athrow():
    g = thrower()
    a = await g.__anext__()
    b = await g.athrow(ValueError("boom"))
    return a, b
print(drive(use_athrow()))
async def raises_in_with():
    class ACtx:
        async def __aenter__(self):
            await pause("enter")
            return self
        async def __aexit__(self, et, ev, tb):
            await pause("exit")
            print("aexit got", et.__name__ if et else None)
            return et is KeyError
    async with ACtx():
        raise KeyError("swallowed")
    try:
        async with ACtx():
            raise IndexError("propagates")
    except IndexError as e:
        return f"outer caught {e!r}"
print(drive(raises_in_with()))
async def never():
    return 1
c = never()
c.close()
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def awaits_twice():
    co = never()
    await co
    try:
        await co
    except RuntimeError as e:
        return str(e)
print(drive(awaits_twice()))
async def agen_return():
    yield 1
ag = agen_return()
print(type(ag.__anext__()).__name__, type(ag.asend(None)).__name__, ag.ag_running, ag.__name__, ag.__qualname__)
async def bad_iter():
    async for x in [1, 2]:
        pass
try:
    drive(bad_iter())
except TypeError as e:
    print("TypeError:", e)
async def bad_with():
    async with open:
        pass
try:
    drive(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
