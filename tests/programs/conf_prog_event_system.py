from collections import defaultdict
import functools
class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False
    def __repr__(self):
        return f"Event({self.name!r}, {self.data})"
class Bus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.history = []
    def on(self, name, priority=0):
        def deco(fn):
            self.handlers[name].append((priority, len(self.handlers[name]), fn))
            self.handlers[name].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return deco
    def emit(self, name, **data):
        ev = Event(name, **data)
        self.history.append(ev)
        results = []
        for _, _, fn in self.handlers.get(name, []):
            try:
                r = fn(ev)
            except Exception as e:
                results.append(f"error in {fn.__name__}: {type(e).__name__}: {e}")
                continue
            if r is not None:
                results.append(r)
            if ev.cancelled:
                results.append("cancelled")
                break
        return results
bus = Bus()
@bus.on("login", priority=10)
def audit(ev):
    return f"audit {ev.data['user']}"
@bus.on("login")
def greet(ev):
    return f"welcome {ev.data['user']}"
@bus.on("login", priority=5)
def check_banned(ev):
    if ev.data["user"] == "mallory":
        ev.cancelled = True
        return "banned"
@bus.on("purchase")
def bill(ev):
    return f"charged {ev.data['amount'] * 1.2:.2f}"
@bus.on("purchase")
def broken(ev):
    return ev.data["missing"]
print(bus.emit("login", user="alice"))
print(bus.emit("login", user="mallory"))
print(bus.emit("purchase", amount=10))
print(bus.emit("unknown"))
print(bus.history, len(bus.handlers))
class Observable:
    def __init__(self):
        self._obs = []
    def subscribe(self, fn):
        self._obs.append(fn)
        return lambda: self._obs.remove(fn)
    def notify(self, *a):
        for fn in list(self._obs):
            fn(*a)
o = Observable()
log = []
unsub = o.subscribe(lambda x: log.append(("a", x)))
o.subscribe(functools.partial(lambda tag, x: log.append((tag, x)), "b"))
o.notify(1); unsub(); o.notify(2)
print(log)
class StateMachine:
    TRANSITIONS = {("idle", "start"): "running", ("running", "pause"): "paused", ("paused", "start"): "running", ("running", "stop"): "idle", ("paused", "stop"): "idle"}
    def __init__(self):
        self.state = "idle"
        self.trail = [self.state]
    def fire(self, ev):
        key = (self.state, ev)
        if key not in self.TRANSITIONS:
            raise ValueError(f"invalid transition {ev!r} from {self.state!r}")
        self.state = self.TRANSITIONS[key]
        self.trail.append(self.state)
sm = StateMachine()
for ev in ["start", "pause", "start", "stop", "pause"]:
    try:
        sm.fire(ev)
    except ValueError as e:
        print(e)
print(" -> ".join(sm.trail))
