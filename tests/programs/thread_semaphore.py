# Semaphore limits concurrency; BoundedSemaphore over-release
import threading
import time

sem = threading.Semaphore(2)
lock = threading.Lock()
active = 0
peak = 0


def job():
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.005)
        with lock:
            active -= 1


ts = [threading.Thread(target=job) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak <= 2, active)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print(e)
s = threading.Semaphore(0)
print(s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(3)
print(s.acquire(), s.acquire(), s.acquire(), s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print(e)
