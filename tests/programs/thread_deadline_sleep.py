# time.sleep in threads interleaves by wake-up time
import threading
import time

order = []
lock = threading.Lock()


def sleeper(k, d):
    time.sleep(d)
    with lock:
        order.append(k)


ts = [threading.Thread(target=sleeper, args=(k, d)) for k, d in [("c", 0.4), ("a", 0.01), ("b", 0.2)]]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order)
t0 = time.monotonic()
l = threading.Lock()
l.acquire()
print(l.acquire(timeout=0.03), time.monotonic() - t0 >= 0.02)
