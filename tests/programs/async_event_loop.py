# A tiny event loop driven by send(), with sleeping tasks, futures and queues
import heapq
import types
from collections import deque

class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, v):
        self.done = True
        self.result = v
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result

@types.coroutine
def sleep(ticks):
    yield ("sleep", ticks)

class Loop:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.now = 0
        self.seq = 0
    def spawn(self, coro, name):
        self.ready.append((coro, None, name))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                t, _, coro, name = heapq.heappop(self.sleeping)
                self.now = t
                self.ready.append((coro, None, name))
            coro, val, name = self.ready.popleft()
            try:
                req = coro.send(val)
            except StopIteration as e:
                print(f"[{self.now}] task {name} finished -> {e.value!r}")
                continue
            except Exception as e:
                print(f"[{self.now}] task {name} crashed: {type(e).__name__}: {e}")
                continue
            if isinstance(req, tuple) and req[0] == "sleep":
                self.seq += 1
                heapq.heappush(self.sleeping, (self.now + req[1], self.seq, coro, name))
            elif isinstance(req, Future):
                req.callbacks.append(lambda f, c=coro, n=name: self.ready.append((c, f.result, n)))
            else:
                self.ready.append((coro, None, name))

loop = Loop()

async def worker(name, delays):
    total = 0
    for d in delays:
        await sleep(d)
        total += d
        print(f"[{loop.now}] {name} woke after {d}")
    return total

fut = Future()
async def waiter():
    print("waiter waiting")
    v = await fut
    print(f"[{loop.now}] waiter got {v}")
    return v * 2

async def setter():
    await sleep(5)
    print(f"[{loop.now}] setting future")
    fut.set_result(21)
    return "set"

async def failing():
    await sleep(2)
    raise ValueError("task failed")

async def nested():
    a = await worker("sub-a", [1])
    b = await worker("sub-b", [2])
    return a + b

loop.spawn(worker("A", [3, 1]), "A")
loop.spawn(worker("B", [1, 1, 1]), "B")
loop.spawn(waiter(), "waiter")
loop.spawn(setter(), "setter")
loop.spawn(failing(), "failing")
loop.spawn(nested(), "nested")
loop.run()
print("loop done at", loop.now)

class AsyncQueue:
    def __init__(self):
        self.items = deque()
        self.getters = deque()
    def put(self, v):
        if self.getters:
            self.getters.popleft().set_result(v)
        else:
            self.items.append(v)
    async def get(self):
        if self.items:
            return self.items.popleft()
        f = Future()
        self.getters.append(f)
        return await f

q = AsyncQueue()
async def producer(n):
    for i in range(n):
        await sleep(1)
        print(f"[{loop2.now}] produce {i}")
        q.put(i)
    q.put(None)
async def consumer():
    got = []
    while (item := await q.get()) is not None:
        got.append(item)
        print(f"[{loop2.now}] consume {item}")
    return got
loop2 = Loop()
loop2.spawn(consumer(), "consumer")
loop2.spawn(producer(3), "producer")
loop2.run()

async def simple():
    return 5
c = simple()
print(type(c).__name__, c.cr_running, c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print("simple returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c2 = simple()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def awaits_int():
    await 5
try:
    awaits_int().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 5
async def awaits_bad():
    await BadAwait()
try:
    awaits_bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
def plain_gen():
    yield 1
async def awaits_gen():
    await plain_gen()
try:
    awaits_gen().send(None)
except TypeError as e:
    print(type(e).__name__, e)
@types.coroutine
def gen_coro():
    v = yield "from gen coro"
    return v
async def awaits_gen_coro():
    return await gen_coro()
c = awaits_gen_coro()
print(c.send(None))
try:
    c.send("sent")
except StopIteration as e:
    print("result", e.value)
c = awaits_gen_coro()
c.send(None)
try:
    c.throw(KeyError("thrown"))
except KeyError as e:
    print("thrown out", repr(e))
async def reuse():
    co = simple()
    await co
    await co
try:
    reuse().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
