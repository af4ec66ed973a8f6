import types
from collections import deque

class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield ("sleep", self.n)

class Loop:
    def __init__(self):
        self.ready = deque()
        self.time = 0
        self.timers = []
        self.results = {}
    def spawn(self, coro, name):
        self.ready.append((coro, None, name))
    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                self.timers.sort(key=lambda t: (t[0], t[1]))
                when, seq, coro, name = self.timers.pop(0)
                self.time = when
                self.ready.append((coro, None, name))
                continue
            coro, val, name = self.ready.popleft()
            try:
                cmd = coro.send(val)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"[{self.time}] {name} finished -> {e.value!r}")
                continue
            except Exception as e:
                self.results[name] = e
                print(f"[{self.time}] {name} raised {type(e).__name__}: {e}")
                continue
            if cmd[0] == "sleep":
                self.timers.append((self.time + cmd[1], len(self.timers), coro, name))

async def worker(name, delays):
    total = 0
    for d in delays:
        await Sleep(d)
        total += d
        print(f"  {name} woke, total {total}")
    if total > 5:
        raise ValueError(f"{name} too slow")
    return total

async def chain():
    a = await worker("inner", [1])
    return a * 10

async def agen(n):
    for i in range(n):
        await Sleep(1)
        yield i * i

async def consume():
    out = [x async for x in agen(3)]
    async with Ctx() as c:
        out.append(c)
    return out

class Ctx:
    async def __aenter__(self):
        await Sleep(0)
        return "ctx"
    async def __aexit__(self, *a):
        print("  aexit", a)
        return False

loop = Loop()
loop.spawn(worker("a", [2, 1]), "a")
loop.spawn(worker("b", [1, 1, 4]), "b")
loop.spawn(chain(), "chain")
loop.spawn(consume(), "consume")
loop.run()
print(sorted(loop.results.items(), key=lambda kv: kv[0])[:2])

async def simple():
    return 5
c = simple()
print(type(c).__name__, c.__name__, c.cr_running)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

@types.coroutine
def legacy():
    x = yield "legacy"
    return x
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send(7)
except StopIteration as e:
    print("legacy got", e.value)

async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)
ag = agen(2)
print(type(ag).__name__, ag.__aiter__() is ag)
