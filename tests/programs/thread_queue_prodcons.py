# producer / consumer through queue.Queue, with a bounded queue and a sentinel
import threading
import queue

q = queue.Queue(maxsize=3)
consumed = []


def producer(n):
    for i in range(n):
        q.put(i)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        consumed.append(item * item)
        q.task_done()


p = threading.Thread(target=producer, args=(20,))
c = threading.Thread(target=consumer)
c.start()
p.start()
p.join()
q.join()
c.join()
print(consumed)
print(q.empty(), q.qsize())

# several producers, one consumer, results sorted
q2 = queue.Queue()
out = []
def prod(base):
    for i in range(5):
        q2.put(base + i)
ps = [threading.Thread(target=prod, args=(b * 100,)) for b in range(3)]
for t in ps:
    t.start()
for t in ps:
    t.join()
while not q2.empty():
    out.append(q2.get_nowait())
print(sorted(out))
try:
    q2.get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
try:
    queue.Queue(1).put(1) or None
    qq = queue.Queue(1); qq.put(1); qq.put(2, timeout=0.01)
except queue.Full:
    print("full after timeout")
