# each thread computes a value; the main thread reads them after join()
import threading

results = {}


def square_sum(k, n):
    total = 0
    for i in range(n):
        total += i * i
    results[k] = total


ts = [threading.Thread(target=square_sum, args=(k, 1000 * (k + 1))) for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])


class Worker(threading.Thread):
    def __init__(self, x):
        super().__init__()
        self.x = x
        self.out = None

    def run(self):
        self.out = [self.x * i for i in range(5)]


ws = [Worker(i) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.out for w in ws])
