# Condition: wait / notify / notify_all / wait_for handshakes
import threading

cond = threading.Condition()
items = []
taken = []


def consumer(k):
    with cond:
        cond.wait_for(lambda: len(items) > 0)
        taken.append((k, items.pop(0)))


cs = [threading.Thread(target=consumer, args=(k,)) for k in range(3)]
for c in cs:
    c.start()
for i in range(3):
    with cond:
        items.append(i * 10)
        cond.notify()
for c in cs:
    c.join()
print(sorted(v for _, v in taken))

ready = []
go = threading.Condition(threading.Lock())
flag = False
def waiter(k):
    with go:
        go.wait_for(lambda: flag)
        ready.append(k)

ws = [threading.Thread(target=waiter, args=(k,)) for k in range(3)]
for w in ws:
    w.start()
with go:
    flag = True
    go.notify_all()
for w in ws:
    w.join()
print(sorted(ready))
with cond:
    print(cond.wait(0.01))
try:
    cond.wait()
except RuntimeError as e:
    print(e)
try:
    cond.notify()
except RuntimeError as e:
    print(e)
