# threading.local: each thread sees its own attributes; subclass __init__ runs per thread
import threading

data = threading.local()
data.x = "main"
seen = {}


def f(k):
    seen[k] = hasattr(data, "x")
    data.x = k
    seen[k] = (seen[k], data.x)


ts = [threading.Thread(target=f, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()), data.x)


class MyLocal(threading.local):
    def __init__(self, base):
        self.base = base
        self.items = []


ml = MyLocal(10)
ml.items.append("main")
res = []
def g():
    ml.items.append("thread")
    res.append((ml.base, ml.items))
t = threading.Thread(target=g)
t.start()
t.join()
print(res, ml.items)
try:
    threading.local(1)
except TypeError as e:
    print(e)
