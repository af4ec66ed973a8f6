# Async generators: iteration, asend, athrow, aclose, finalisation
class Sleep:
    def __await__(self):
        return (yield "tick")

def run(coro):
    ticks = 0
    val = None
    while True:
        try:
            coro.send(val)
            ticks += 1
        except StopIteration as e:
            return e.value

async def agen(n):
    for i in range(n):
        await Sleep()
        yield i
    print("agen done")

async def main():
    out = []
    async for x in agen(3):
        out.append(x)
    return out
print(run(main()))

g = agen(2)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_frame is not None, g.ag_code.co_name)
print(type(g.__aiter__()).__name__, g.__aiter__() is g, type(g.__anext__()).__name__)

async def comp():
    return [x * 2 async for x in agen(4)]
print(run(comp()))

# asend / explicit anext
async def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return
async def drive():
    e = echo()
    r0 = await e.asend(None)
    r1 = await e.asend("hello")
    r2 = await e.__anext__()
    try:
        await e.asend("stop")
    except StopAsyncIteration:
        print("stopped")
    return r0, r1, r2
print(run(drive()))

# athrow
async def catching():
    try:
        yield 1
    except ValueError as e:
        print("agen caught", e)
        yield "after throw"
    yield "end"
async def drive_throw():
    g = catching()
    print(await g.__anext__())
    print(await g.athrow(ValueError("thrown")))
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("unhandled"))
    except KeyError as e:
        print("propagated", repr(e))
run(drive_throw())

# aclose
async def closable():
    try:
        yield 1
        yield 2
    finally:
        print("closable finally")
async def drive_close():
    g = closable()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    await g.aclose()
run(drive_close())

# yielding in finally during aclose
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
async def drive_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)
run(drive_stubborn())

# break out of async for
async def drive_break():
    async for x in closable():
        print("got", x)
        break
    print("after break")
run(drive_break())

# async generator with return value not allowed (compile error) -> use plain return
async def early():
    yield 1
    return
async def drive_early():
    return [x async for x in early()]
print(run(drive_early()))

# StopAsyncIteration raised inside async gen -> RuntimeError
async def bad():
    yield 1
    raise StopAsyncIteration
async def drive_bad():
    try:
        async for x in bad():
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
run(drive_bad())

# exception inside async gen body propagates to the consumer
async def failing():
    yield 1
    raise ValueError("agen failed")
async def drive_fail():
    got = []
    try:
        async for x in failing():
            got.append(x)
    except ValueError as e:
        got.append(str(e))
    return got
print(run(drive_fail()))

# aiter/anext builtins
async def drive_builtins():
    g = agen(3)
    it = aiter(g)
    a = await anext(it)
    b = await anext(it)
    c = await anext(it)
    d = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration from anext")
    return a, b, c, d
print(run(drive_builtins()))
try:
    aiter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    anext(5)
except TypeError as e:
    print(type(e).__name__, e)

# async generator methods are awaitables used outside a loop
g = agen(1)
aw = g.__anext__()
try:
    aw.send(None)
    aw.send(None)
except StopIteration as e:
    print("value via StopIteration", e.value)
# ag_await
async def awaiter():
    await Sleep()
    yield 5
g = awaiter()
aw = g.asend(None)
aw.send(None)
print(type(g.ag_await).__name__, g.ag_running)
