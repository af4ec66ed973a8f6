# Cooperative multitasking with generators (a round-robin scheduler)
class Task:
    next_id = 1
    def __init__(self, gen, name):
        self.gen = gen
        self.name = name
        self.id = Task.next_id
        Task.next_id += 1
        self.sendval = None
    def run(self):
        return self.gen.send(self.sendval)
class SystemCall:
    def handle(self, sched, task):
        raise NotImplementedError
class GetTid(SystemCall):
    def handle(self, sched, task):
        task.sendval = task.id
        sched.ready.append(task)
class NewTask(SystemCall):
    def __init__(self, gen, name):
        self.gen, self.name = gen, name
    def handle(self, sched, task):
        tid = sched.spawn(self.gen, self.name)
        task.sendval = tid
        sched.ready.append(task)
class WaitTask(SystemCall):
    def __init__(self, tid):
        self.tid = tid
    def handle(self, sched, task):
        if self.tid in sched.tasks:
            sched.waiting.setdefault(self.tid, []).append(task)
        else:
            task.sendval = None
            sched.ready.append(task)
class Scheduler:
    def __init__(self):
        self.ready = []
        self.tasks = {}
        self.waiting = {}
        self.log = []
    def spawn(self, gen, name):
        t = Task(gen, name)
        self.tasks[t.id] = t
        self.ready.append(t)
        return t.id
    def exit(self, task, result):
        print(f"task {task.name} exited with {result!r}")
        del self.tasks[task.id]
        for w in self.waiting.pop(task.id, []):
            w.sendval = result
            self.ready.append(w)
    def run(self):
        steps = 0
        while self.ready:
            task = self.ready.pop(0)
            steps += 1
            try:
                result = task.run()
            except StopIteration as e:
                self.exit(task, e.value)
                continue
            except Exception as e:
                print(f"task {task.name} crashed: {type(e).__name__}: {e}")
                self.exit(task, None)
                continue
            if isinstance(result, SystemCall):
                result.handle(self, task)
                continue
            task.sendval = None
            self.ready.append(task)
        return steps
def counter(name, n):
    tid = yield GetTid()
    for i in range(n):
        print(f"{name}[{tid}] step {i}")
        yield
    return f"{name} done"
def crasher():
    yield
    raise ValueError("crash!")
def parent():
    tid = yield GetTid()
    print("parent is", tid)
    child = yield NewTask(counter("child", 2), "child")
    print("parent spawned", child)
    result = yield WaitTask(child)
    print("child result:", result)
    return "parent done"
s = Scheduler()
s.spawn(counter("A", 3), "A")
s.spawn(parent(), "parent")
s.spawn(crasher(), "crasher")
print("steps:", s.run())
