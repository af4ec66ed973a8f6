# executor names, initializer, map timeout, wait with FIRST_EXCEPTION, ProcessPoolExecutor
import concurrent.futures as cf
import threading
import time

names = set()
def who(_):
    names.add(threading.current_thread().name.split("_")[0])
    return 1
with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    print(sum(ex.map(who, range(6))))
print(sorted(names))

seen = []
def init(tag):
    seen.append(tag)
with cf.ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("x",)) as ex:
    print(ex.submit(lambda: 7).result())
print(seen)

gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    it = ex.map(lambda x: gate.wait(), [1], timeout=0.02)
    try:
        next(it)
    except cf.TimeoutError:
        print("map timed out")
    gate.set()

def bad():
    raise ValueError("x")
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(bad), ex.submit(time.sleep, 0.01)]
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(fs[0] in done)

def cube(x):
    return x ** 3
with cf.ProcessPoolExecutor(max_workers=2) as pex:
    print(list(pex.map(cube, range(5))))
