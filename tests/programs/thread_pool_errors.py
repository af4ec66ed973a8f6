# Future exceptions, cancel, shutdown errors
import concurrent.futures as cf
import threading


def fail(x):
    raise KeyError(x)


ex = cf.ThreadPoolExecutor(max_workers=2)
f = ex.submit(fail, "k")
try:
    f.result()
except KeyError as e:
    print("KeyError", e)
print(type(f.exception()).__name__, f.done(), f.cancelled())
ex.shutdown()
try:
    ex.submit(print, 1)
except RuntimeError as e:
    print(e)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print(e)

fut = cf.Future()
print(fut.cancel(), fut.cancelled(), fut.done())
try:
    fut.result()
except cf.CancelledError:
    print("cancelled")
fut2 = cf.Future()
try:
    fut2.result(timeout=0.01)
except cf.TimeoutError:
    print("timeout")
fut2.set_result(5)
try:
    fut2.set_result(6)
except cf.InvalidStateError:
    print("invalid state")
calls = []
fut2.add_done_callback(lambda f: calls.append(f.result()))
print(calls, issubclass(cf.TimeoutError, TimeoutError))

gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(gate.wait)
queued = [ex.submit(int, i) for i in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
print(first.result(), [q.cancelled() for q in queued])
