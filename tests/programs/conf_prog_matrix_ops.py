# operator overloading: a Matrix and Vector with reflected/in-place operators, NotImplemented
from fractions import Fraction
class Vector:
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __repr__(self):
        return f"Vector{self.xs}"
    def __len__(self):
        return len(self.xs)
    def __iter__(self):
        return iter(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __add__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, o)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, (int, float, Fraction)):
            return Vector(*(a * k for a in self))
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __eq__(self, o):
        return isinstance(o, Vector) and self.xs == o.xs
    def __hash__(self):
        return hash(self.xs)
    def __abs__(self):
        return sum(a * a for a in self) ** 0.5
    def __bool__(self):
        return any(self.xs)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __matmul__(self, o):
        if isinstance(o, Matrix):
            cols = list(zip(*o.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        if isinstance(o, Vector):
            return Vector(*(sum(a * b for a, b in zip(r, o)) for r in self.rows))
        return NotImplemented
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __pow__(self, n):
        r = Matrix.identity(len(self.rows))
        for _ in range(n):
            r @= self
        return r
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def transpose(self):
        return Matrix(zip(*self.rows))

v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v * w, v * 2, 3 * v, -v, abs(Vector(3, 4)), bool(Vector(0, 0)), v == Vector(1, 2, 3), len({v, Vector(1, 2, 3)}))
print(v * Fraction(1, 2), Fraction(1, 3) * v)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v * "x"
except TypeError as e:
    print("TypeError:", e)
m = Matrix([[1, 1], [1, 0]])
print(m ** 10, m @ Vector(1, 0), m.transpose(), Matrix.identity(3))
m2 = m
m2 @= m
print(m2 is m, m)
try:
    m @ 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 @ m
except TypeError as e:
    print("TypeError:", e)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib.rows[0][1])
print(Fraction(3, 4) + Fraction(1, 4), Fraction("2/6"), Fraction(0.5), Fraction(1, 3) ** 2, float(Fraction(1, 8)), Fraction(7, 3).limit_denominator(2), round(Fraction(7, 2)))
