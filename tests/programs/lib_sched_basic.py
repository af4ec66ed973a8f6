import sched

now = [0.0]
log = []
def clock():
    return now[0]
def sleep(d):
    log.append(('sleep', d))
    now[0] += d

s = sched.scheduler(clock, sleep)
def act(name, extra=''):
    log.append((clock(), name + extra))
e1 = s.enter(5, 1, act, ('five',))
e2 = s.enter(2, 2, act, ('two-low',))
e3 = s.enter(2, 1, act, ('two-high',), {'extra': '!'})
e4 = s.enterabs(10, 1, act, ('abs-ten',))
e5 = s.enter(3, 1, act, ('cancelled',))
s.cancel(e5)
print([e.argument for e in s.queue], s.empty(), e1.time, e1.priority, e1.sequence)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
print(s.run(blocking=False))
s.run()
print(log, s.empty(), s.run(blocking=False))
print(sched.Event._fields, e2 < e1, e3 < e2)
