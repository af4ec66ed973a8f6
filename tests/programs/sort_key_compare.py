log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        log.append(f"lt{self.v}{o.v}")
        return self.v < o.v
    def __eq__(self, o):
        log.append(f"eq{self.v}{o.v}")
        return self.v == o.v
    def __repr__(self):
        return f"K{self.v}"
for data in [[3, 1, 2], [1, 1, 2], [2, 2, 2]]:
    log.clear()
    print(sorted(K(v) for v in data), log)
    log.clear()
    print(sorted([(K(v), i) for i, v in enumerate(data)]), log)
    log.clear()
    print(sorted([(1, K(v)) for v in data]), log)
    log.clear()
    print(sorted([K(v) for v in data], reverse=True), log)
    log.clear()
    print(max(K(v) for v in data), min([K(v) for v in data]), log)
class M(K):
    pass
log.clear()
print(sorted([K(2), M(1), K(3)]), log)
