# blocking inside Python code called from builtins (sort keys, map, generators consumed by list)
import threading
import queue

q = queue.Queue()
lock = threading.Lock()


def key(x):
    with lock:
        return -x


def producer():
    for i in range(5):
        q.put(i)


t = threading.Thread(target=producer)
t.start()
vals = list(map(lambda _: q.get(), range(5)))
t.join()
print(sorted(vals, key=key))


def gen(n):
    for _ in range(n):
        yield q.get()


t = threading.Thread(target=producer)
t.start()
print(sorted(list(gen(5))))
t.join()
