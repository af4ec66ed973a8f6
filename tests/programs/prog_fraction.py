# A Fraction class written from scratch: arithmetic, comparisons, hashing, conversions
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if isinstance(n, str):
            if "/" in n:
                a, b = n.split("/")
                n, d = int(a), int(b)
            else:
                n, d = int(n), 1
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac._coerce(o) / self
    def __pow__(self, k):
        if k < 0:
            return Frac(self.d ** -k, self.n ** -k)
        return Frac(self.n ** k, self.d ** k)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return NotImplemented
        return (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d)
    def __bool__(self):
        return self.n != 0
    def __repr__(self):
        return f"Frac({self.n}, {self.d})"
    def __str__(self):
        return f"{self.n}" if self.d == 1 else f"{self.n}/{self.d}"
    def __format__(self, spec):
        return format(str(self), spec) if not spec.endswith("f") else format(float(self), spec)
a, b = Frac(1, 2), Frac("3/4")
print(a + b, a - b, a * b, a / b, b ** 2, a ** -2, -a, abs(Frac(-5, 10)))
print(a + 1, 1 + a, 2 - a, 3 * b, 1 / b, Frac(6, -8), Frac("7"), repr(Frac(10, 4)))
print(a < b, a <= a, b > a, a == Frac(2, 4), a == 0.5, Frac(4, 2) == 2, a != b)
print(float(b), int(Frac(7, 2)), bool(Frac(0, 5)), sorted([Frac(1, 3), Frac(1, 4), Frac(1, 2)]))
print(hash(Frac(4, 2)) == hash(2), len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
print(f"{a:>8}|{b:.3f}|{Frac(22, 7):<6}|")
print(sum([Frac(1, n) for n in range(1, 7)]), sum([Frac(1, 2 ** k) for k in range(10)]))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    a + 0.5
except TypeError as e:
    print(type(e).__name__, e)
def harmonic(n):
    h = Frac(0)
    for k in range(1, n + 1):
        h += Frac(1, k)
    return h
print(harmonic(20))
