class R:
    def __init__(s): s.x = 1
    def seed(s, n): s.x = n * 2654435761 % 2**32 + 1
    def randrange(s, m):
        s.x = (s.x * 1103515245 + 12345) % 2**31
        return s.x % m
random = R()
class K:
    calls = 0
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        K.calls += 1
        return s.v < o.v
for n in [0, 1, 2, 5, 31, 64, 65, 100, 257, 1000, 5000]:
    random.seed(n)
    for kind in range(4):
        if kind == 0: data = [random.randrange(100) for _ in range(n)]
        elif kind == 1: data = list(range(n))
        elif kind == 2: data = [ (i * 7919) % 97 for i in range(n)]
        else: data = list(range(n, 0, -1)) + [random.randrange(5) for _ in range(n // 3)]
        K.calls = 0
        ks = [K(v) for v in data]
        r = sorted(ks)
        r2 = sorted(ks, reverse=True)
        print(n, kind, K.calls, [k.v for k in r] == sorted(data), [k.v for k in r2] == sorted(data, reverse=True))
