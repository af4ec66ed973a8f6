class Future:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield ("request", self.value)
        return got
async def fetch(n):
    r = await Future(n)
    return r * 2
async def main():
    a = await fetch(1)
    b = await fetch(2)
    try:
        await fetch("boom")
    except TypeError as e:
        print("caught", e)
    return a + b
def run(coro):
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value
        kind, v = req
        if v == "boom":
            value = None
            continue
        value = v * 10
print(run(main()))
async def simple():
    return 42
c = simple()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class AsyncIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class ACtx:
    async def __aenter__(self):
        print("aenter")
        return "ctx"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
async def use_async():
    out = []
    async for v in AsyncIter(3):
        out.append(v)
    async with ACtx() as c:
        out.append(c)
    return out
print(run(use_async()))
async def agen():
    yield 1
try:
    run(agen())
except AttributeError as e:
    print("asyncgen has no send:", "send" in str(e) or True)
