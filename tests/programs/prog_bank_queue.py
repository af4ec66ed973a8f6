# Discrete-event simulation of a bank queue with a deterministic random generator
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def randint(self, a, b):
        return a + self.next() % (b - a + 1)
rng = LCG(2024)
class Customer:
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
        self.start = self.end = None
    @property
    def wait(self):
        return self.start - self.arrival
customers = []
t = 0
for cid in range(1, 16):
    t += rng.randint(1, 5)
    customers.append(Customer(cid, t, rng.randint(2, 8)))
def simulate(customers, tellers):
    free_at = [0] * tellers
    log = []
    for c in customers:
        teller = min(range(tellers), key=lambda i: (free_at[i], i))
        c.start = max(c.arrival, free_at[teller])
        c.end = c.start + c.service
        free_at[teller] = c.end
        log.append((c.cid, teller, c.arrival, c.start, c.end))
    return log
for tellers in (1, 2, 3):
    log = simulate(customers, tellers)
    waits = [c.wait for c in customers]
    print(f"tellers={tellers} avg_wait={sum(waits) / len(waits):.2f} max_wait={max(waits)} finish={max(c.end for c in customers)}")
log = simulate(customers, 2)
print(f"{'id':>3} {'tel':>3} {'arr':>4} {'start':>5} {'end':>4}")
for row in log[:6]:
    print("{:>3} {:>3} {:>4} {:>5} {:>4}".format(*row))
busiest = max(range(2), key=lambda i: sum(c.service for c, r in zip(customers, log) if r[1] == i))
print("busiest teller:", busiest)
