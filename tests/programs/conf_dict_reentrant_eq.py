# a dict lookup whose __eq__ re-inserts another key: CPython keeps probing (no restart
# unless the table was rebuilt or the compared entry removed), so this ends
d = {}


class K:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return self.x

    def __eq__(self, other):
        if self.x == 2:
            d[K1] = d.pop(K1)
        return self.x == other.x


K1 = K(1)
d[K1] = 1
d[K(2)] = 2
print(d.get(K(2)), K(2) in d, len(d))


class Evict:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.x == 0 and other.x == 1:
            e.pop(other, None)
            e[other] = 'back'
        return self.x == other.x


e = {Evict(1): 'one', Evict(2): 'two'}
print(sorted(v for v in e.values()), e.get(Evict(0)), e.get(Evict(2)))
print(sorted(e.values()))
