class Noisy:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("iter")
        return iter(range(self.n))
    def __len__(self):
        print("len")
        return self.n
class Hinted:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
    def __length_hint__(self):
        print("hint")
        return self.n
for f in [list, tuple, sorted, set, frozenset, dict.fromkeys, "".join if False else (lambda x: "".join(map(str, x))), sum, max, min, any, all]:
    print(getattr(f, "__name__", "lambda"))
    print(f(Noisy(3)))
print(list(Hinted(2)), tuple(Hinted(2)))
l = [0]
l.extend(Noisy(2))
l += Noisy(1)
print(l)
a, b = Noisy(2)
print(a, b, [*Noisy(2)], (*Noisy(1),))
class BadHint:
    def __iter__(self):
        return iter([])
    def __length_hint__(self):
        return -1
for f in [list, tuple]:
    try:
        f(BadHint())
    except ValueError as e:
        print(type(e).__name__, e)
