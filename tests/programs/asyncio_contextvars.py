# contextvars: ContextVar/Token/Context API, and each task running in its own context copy
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")
counter = contextvars.ContextVar("counter")


def show(tag):
    print(f"{tag}: request={request.get()} counter={counter.get('unset')}")


async def handler(name, delay):
    show(f"{name} start")
    request.set(name)
    await asyncio.sleep(delay)
    show(f"{name} after sleep")
    await sub(name)
    return request.get()


async def sub(name):
    tok = counter.set(len(name))
    show(f"{name} sub")
    counter.reset(tok)


async def main():
    request.set("main")
    results = await asyncio.gather(handler("b", 0.001), handler("alpha", 0.03))
    print(results)
    show("main after gather")
    ctx = contextvars.copy_context()
    ctx.run(request.set, "in ctx")
    print(ctx[request], request.get(), request in ctx, counter in ctx, len(ctx))
    t = asyncio.create_task(handler("ctx-task", 0), context=ctx)
    print(await t, ctx[request], request.get())

    # callbacks run in the context captured when they were scheduled
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    request.set("at call_soon")
    loop.call_soon(lambda: (show("callback"), fut.set_result(None)))
    request.set("changed later")
    await fut
    other = contextvars.Context()
    done = loop.create_future()
    loop.call_soon(lambda: (show("callback in empty ctx"), done.set_result(None)), context=other)
    await done


def api():
    v = contextvars.ContextVar("v", default=1)
    print(v.name, v.get(), v.get(5))
    t1 = v.set(2)
    t2 = v.set(3)
    print(v.get(), t1.var is v, t1.old_value is contextvars.Token.MISSING, t2.old_value)
    v.reset(t2)
    print(v.get())
    try:
        v.reset(t2)
    except RuntimeError as e:
        print("RuntimeError", str(e).split(" var=")[0])
    w = contextvars.ContextVar("w")
    try:
        w.get()
    except LookupError:
        print("LookupError for unset var without default")
    try:
        w.reset(t1)
    except ValueError as e:
        print("ValueError", str(e).split(" at 0x")[-1].split("> ")[-1])
    try:
        contextvars.ContextVar(1)
    except TypeError as e:
        print(e)
    try:
        contextvars.Context(1)
    except TypeError as e:
        print(e)
    try:
        contextvars.Token()
    except RuntimeError as e:
        print(e)
    c = contextvars.copy_context()
    try:
        c["x"]
    except TypeError as e:
        print(e)
    print(sorted(var.name for var in c), c.get(w, "dflt"), c == c.copy())

    def inner(n):
        w.set(n)
        return w.get(), len(contextvars.copy_context())
    print(c.run(inner, 10), c[w], w.get("outside unset"))
    try:
        c.run(lambda: c.run(print))
    except RuntimeError as e:
        print("RuntimeError", str(e).split(":")[0])
    print(type(contextvars.Token.MISSING), contextvars.Token.MISSING, contextvars.ContextVar[int])


api()
asyncio.run(main())
show("top level after run")
