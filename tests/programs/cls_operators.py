# Operator overloading: binary, reflected, in-place, unary, NotImplemented
class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "V(" + ", ".join(map(repr, self.c)) + ")"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __divmod__(self, k):
        return (self // k, self % k)
    def __pow__(self, k, mod=None):
        return V(*[pow(a, k, mod) for a in self.c])
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return V(*reversed(self.c))
    def __lshift__(self, n):
        return V(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n):
        return V(*(self.c[-n:] + self.c[:-n]))
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __rand__(self, o):
        return "rand"
    def __ror__(self, o):
        return "ror"
    def __rxor__(self, o):
        return "rxor"
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c

a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, a @ b, a / 2, a // 2, b % 3)
print(divmod(b, 2), a ** 2, pow(b, 2, 5), -a, +a, abs(b), ~a, a << 1, a >> 1)
print(a & 1, a | 1, a ^ 1, 1 & a, 1 | a, 1 ^ a)
print(1 + a, 2.5 + a, sum([a, b], V(0, 0)))
try:
    a + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)

# in-place forms
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, k):
        self.items *= k
        return self
    def __repr__(self):
        return f"Acc{self.items}"
acc = Acc()
orig = acc
acc += 1
acc += 2
acc -= 1
acc *= 3
print(acc, acc is orig)
# in-place falls back to binary
v = V(1, 1)
w = v
v += V(1, 1)
print(v, w, v is w)
v *= 2
print(v)
# in-place returning NotImplemented falls back
class IP:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "binary add"
x = IP()
x += 1
print(x)
class NoOps:
    pass
n = NoOps()
for expr in ["n + 1", "n - 1", "n * 1", "n / 1", "n // 1", "n % 1", "n ** 1", "n @ 1", "n << 1", "n >> 1", "n & 1", "n | 1", "n ^ 1", "-n", "+n", "~n", "abs(n)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
m = NoOps()
try:
    m += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    m **= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    m @= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(n, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(n, 2)
except TypeError as e:
    print(type(e).__name__, e)

# subclass reflected method takes priority
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class Sub2(Base):
    pass
print(Base() + Sub2())

# __r*__ of builtins with user types
class Meters:
    def __init__(self, v):
        self.v = v
    def __rmul__(self, k):
        return Meters(self.v * k)
    def __rtruediv__(self, k):
        return k / self.v
    def __rsub__(self, k):
        return k - self.v
    def __rpow__(self, k):
        return k ** self.v
    def __rmod__(self, k):
        return k % self.v
    def __rfloordiv__(self, k):
        return k // self.v
    def __rlshift__(self, k):
        return k << self.v
    def __rmatmul__(self, k):
        return "rmatmul"
print((3 * Meters(2)).v, 10 / Meters(4), 10 - Meters(3), 2 ** Meters(10), 17 % Meters(5), 17 // Meters(5), 1 << Meters(4), [1] @ Meters(1))

# operator on builtin mixing
print([1, 2] + [3], [0] * 3, 3 * "ab", (1,) + (2,), "a" "b")
for bad in ["[1] + (1,)", "'a' + 1", "1 + 'a'", "[1] * 1.5", "{} + {}", "None + 1", "1 - 'x'", "'%d' % 'x'", "[] < 1"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)

# __bool__ and truthiness in boolean ops return operands
print(1 and 2, 0 and 2, 0 or [], [] or "x", not 0, not "a", None or 0 or "last")

# __index__
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], "abc"[Idx(-1)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), [0] * Idx(2), Idx(2) * [1], operator_index := Idx(7).__index__())
try:
    lst[Idx("x")]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"["x"]
except TypeError as e:
    print(type(e).__name__, e)
