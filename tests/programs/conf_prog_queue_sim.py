import heapq, random
random.seed(7)
class Customer:
    __slots__ = ("id", "arrival", "service")
    def __init__(self, id, arrival, service):
        self.id, self.arrival, self.service = id, arrival, service
def simulate(n_customers, n_tellers):
    t = 0.0
    customers = []
    for i in range(n_customers):
        t += random.expovariate(1.0)
        customers.append(Customer(i, round(t, 3), round(random.uniform(0.5, 3.0), 3)))
    free_at = [0.0] * n_tellers
    heapq.heapify(free_at)
    waits = []
    for c in customers:
        start = max(c.arrival, heapq.heappop(free_at))
        waits.append(start - c.arrival)
        heapq.heappush(free_at, start + c.service)
    return waits, max(free_at)
for tellers in (1, 2, 3):
    waits, end = simulate(200, tellers)
    avg = sum(waits) / len(waits)
    print(f"tellers={tellers} avg_wait={avg:.3f} max_wait={max(waits):.3f} zero_waits={sum(w == 0 for w in waits)} end={end:.2f}")
print(random.randrange(10, 100, 5), random.choice(range(100)), round(random.triangular(0, 10, 2), 6), random.sample("abcdefgh", 4))
