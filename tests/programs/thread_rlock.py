# RLock reentrancy and ownership errors; Lock error messages
import threading

r = threading.RLock()
with r:
    with r:
        print("nested ok")
try:
    r.release()
except RuntimeError as e:
    print(e)

l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
try:
    l.release()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print(e)
try:
    l.acquire(timeout=-5)
except ValueError as e:
    print(e)
print(threading.ThreadError is RuntimeError)

res = []
def other():
    res.append(r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
r.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
r.release()
print(res)

import _thread
lk = _thread.allocate_lock()
print(type(lk) is _thread.LockType, repr(lk).split(" object")[0])
lk.acquire()
print(repr(lk).split(" object")[0])
rl = _thread.RLock()
print(repr(rl).split(" at ")[0])
