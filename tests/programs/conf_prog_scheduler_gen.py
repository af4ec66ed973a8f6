# round-robin scheduler built on generators, with send and yield from
from collections import deque
class Task:
    ids = 0
    def __init__(self, gen):
        Task.ids += 1
        self.id = Task.ids
        self.gen = gen
        self.sendval = None
class SysCall:
    def handle(self, sched, task):
        raise NotImplementedError
class GetId(SysCall):
    def handle(self, sched, task):
        task.sendval = task.id
        sched.schedule(task)
class Spawn(SysCall):
    def __init__(self, gen):
        self.gen = gen
    def handle(self, sched, task):
        t = sched.new(self.gen)
        task.sendval = t.id
        sched.schedule(task)
class Wait(SysCall):
    def __init__(self, tid):
        self.tid = tid
    def handle(self, sched, task):
        if self.tid in sched.tasks:
            sched.waiting.setdefault(self.tid, []).append(task)
        else:
            sched.schedule(task)
class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.tasks = {}
        self.waiting = {}
    def new(self, gen):
        t = Task(gen)
        self.tasks[t.id] = t
        self.schedule(t)
        return t
    def schedule(self, t):
        self.ready.append(t)
    def exit(self, t):
        print(f"task {t.id} exits")
        del self.tasks[t.id]
        for w in self.waiting.pop(t.id, []):
            self.schedule(w)
    def run(self):
        steps = 0
        while self.ready:
            t = self.ready.popleft()
            steps += 1
            try:
                r = t.gen.send(t.sendval)
                if isinstance(r, SysCall):
                    r.handle(self, t)
                    continue
            except StopIteration:
                self.exit(t)
                continue
            self.schedule(t)
        return steps
def counter(name, n):
    me = yield GetId()
    for i in range(n):
        print(f"{name}[{me}] {i}")
        yield
def sub_steps():
    yield
    yield
    return "sub-result"
def parent():
    me = yield GetId()
    child = yield Spawn(counter("child", 2))
    print(f"parent {me} spawned {child}")
    r = yield from sub_steps()
    print("parent got", r)
    yield Wait(child)
    print("child done, parent continues")
s = Scheduler()
s.new(parent())
s.new(counter("solo", 3))
print("steps", s.run())
