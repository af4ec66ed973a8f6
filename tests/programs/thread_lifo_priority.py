# PriorityQueue / LifoQueue / SimpleQueue across threads
import queue
import threading

pq = queue.PriorityQueue()
def fill(base):
    for i in (3, 1, 2):
        pq.put((i, base))
ts = [threading.Thread(target=fill, args=(b,)) for b in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([pq.get() for _ in range(6)])

sq = queue.SimpleQueue()
got = []
def reader():
    for _ in range(4):
        got.append(sq.get())
r = threading.Thread(target=reader)
r.start()
for i in range(4):
    sq.put(i)
r.join()
print(got, sq.empty())

lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])
