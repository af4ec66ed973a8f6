# the low-level _thread API
import _thread
import time

lock = _thread.allocate_lock()
out = []


def work(a, b, c=0):
    out.append(a + b + c)
    lock.release()


lock.acquire()
_thread.start_new_thread(work, (1, 2), {"c": 3})
lock.acquire()
print(out)
for bad in [(1, ()), (print, []), (print, (), [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print(e)
print(_thread.error is RuntimeError, _thread.stack_size())
print(_thread._count())
done = _thread.allocate_lock()
done.acquire()
def w2():
    time.sleep(0.01)
    done.release()
_thread.start_new_thread(w2, ())
done.acquire()
while _thread._count():
    time.sleep(0.001)
print(_thread._count())
