import math
class Money:
    def __init__(self, cents):
        self.cents = int(cents)
    def __repr__(self):
        return f"Money({self.cents / 100:.2f})"
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o * 100)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return Money(self.cents - o.cents) if isinstance(o, Money) else NotImplemented
    def __mul__(self, k):
        return Money(round(self.cents * k)) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        if isinstance(k, Money):
            return self.cents / k.cents
        return Money(self.cents / k)
    def __floordiv__(self, k):
        return Money(self.cents // k)
    def __mod__(self, k):
        return Money(self.cents % k)
    def __divmod__(self, k):
        return (self // k, self % k)
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __round__(self, nd=None):
        return Money(round(self.cents, -2))
    def __trunc__(self):
        return self.cents // 100
    def __floor__(self):
        return math.floor(self.cents / 100)
    def __ceil__(self):
        return math.ceil(self.cents / 100)
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __bool__(self):
        return self.cents != 0
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __hash__(self):
        return hash(self.cents)
    def __pow__(self, e, mod=None):
        return f"pow({self.cents}, {e}, {mod})"
    def __rpow__(self, b):
        return f"rpow({b}, {self.cents})"
    def __lshift__(self, n):
        return Money(self.cents << n)
    def __index__(self):
        return self.cents
a, b = Money(1050), Money(299)
print(a + b, a - b, a * 3, 2 * b, a / 4, a / b, a // 3, a % 7, divmod(a, 4), -a, abs(-a), round(Money(1251)), math.trunc(a), math.floor(a), math.ceil(a), int(a), float(b))
print(sum([a, b, Money(1)]), sum([a, b], Money(0)), a + 5, 5 + a, bool(Money(0)), sorted([a, b, Money(5)]), max(a, b), a == Money(1050), a != b, {a, Money(1050)})
print(a ** 2, pow(a, 2, 5), 2 ** a, a << 1, bin(Money(5)), hex(Money(255)), [0, 1, 2, 3, 4, 5][Money(2)], "abc"[Money(1):], range(Money(3)))
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e, t)
class Acc:
    def __init__(self):
        self.v = []
    def __iadd__(self, o):
        self.v.append(o)
        return self
    def __isub__(self, o):
        return NotImplemented
x = Acc(); y = x; x += 1; x += 2; print(x is y, x.v)
try:
    x -= 1
except TypeError as e:
    print("TypeError:", e)
print(round(2.567, 1), round(Money(99)), math.floor(-0.5), math.ceil(-0.5), round(-1.5), round(7.5), int(-7.9), int("-7"), divmod(-7, 2), divmod(7, -2))
print(complex(a) if hasattr(a, "__complex__") else "no complex", float(a), (3).__index__(), True.__index__(), operator_index := __import__("operator").index(Money(7)))
