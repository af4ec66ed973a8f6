# Barrier: parties meet, wait() indices, the action, abort and BrokenBarrierError
import threading

hits = []
b = threading.Barrier(3, action=lambda: hits.append("action"))
idx = []
lock = threading.Lock()


def party():
    i = b.wait()
    with lock:
        idx.append(i)


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx), hits, b.broken, b.n_waiting, b.parties)

b2 = threading.Barrier(2)
def lone():
    try:
        b2.wait(timeout=0.02)
    except threading.BrokenBarrierError:
        print("broken by timeout")
t = threading.Thread(target=lone)
t.start()
t.join()
print(b2.broken)
b2.reset()
print(b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("aborted", type(e).__mro__[1].__name__)
