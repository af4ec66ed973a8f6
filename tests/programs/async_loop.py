# A tiny event loop for async/await: sleeping tasks, gather, results and exceptions
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.results = {}
    def create_task(self, coro, name):
        self.queue.append((self.now, len(self.queue), name, coro, None))
        return name
    def run(self):
        while self.queue:
            self.queue.sort(key=lambda e: (e[0], e[1]))
            when, seq, name, coro, value = self.queue.pop(0)
            self.now = max(self.now, when)
            try:
                cmd = coro.send(value)
            except StopIteration as e:
                self.results[name] = ("ok", e.value)
                print(f"t={self.now} {name} finished -> {e.value!r}")
                continue
            except Exception as e:
                self.results[name] = ("error", f"{type(e).__name__}: {e}")
                print(f"t={self.now} {name} failed -> {type(e).__name__}: {e}")
                continue
            kind, arg = cmd
            if kind == "sleep":
                self.queue.append((self.now + arg, seq + 100, name, coro, None))
        return self.results
async def fetch(name, delay):
    print(f"start {name}")
    await Sleep(delay)
    print(f"{name} got data after {delay}")
    return f"<{name}:{delay}>"
async def faulty():
    await Sleep(2)
    raise ConnectionError("network down")
async def pipeline():
    a = await fetch("first", 1)
    b = await fetch("second", 2)
    return a + b
class AsyncCounter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Sleep(1)
        self.i += 1
        return self.i
async def consumer():
    got = []
    async for v in AsyncCounter(3):
        got.append(v * 10)
    return got
async def agen_squares(n):
    for i in range(n):
        await Sleep(1)
        yield i * i
async def gen_consumer():
    return [x async for x in agen_squares(4)]
class Lock:
    def __init__(self):
        self.held = False
    async def __aenter__(self):
        while self.held:
            await Sleep(1)
        self.held = True
        return self
    async def __aexit__(self, *exc):
        self.held = False
lock = Lock()
async def critical(name):
    async with lock:
        print(f"{name} in critical section")
        await Sleep(3)
        print(f"{name} leaving")
    return name
loop = Loop()
loop.create_task(fetch("slow", 5), "slow")
loop.create_task(fetch("fast", 1), "fast")
loop.create_task(faulty(), "faulty")
loop.create_task(pipeline(), "pipeline")
loop.create_task(consumer(), "consumer")
loop.create_task(gen_consumer(), "gen_consumer")
loop.create_task(critical("w1"), "w1")
loop.create_task(critical("w2"), "w2")
results = loop.run()
for k in sorted(results):
    print(k, results[k])
print("final time", loop.now)
