# A Matrix class: arithmetic, transpose, determinant, inverse (Gauss-Jordan), powers
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        if self.shape[1] != o.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {o.shape}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = lambda self, k: self * k
    def __matmul__(self, o):
        return self * o
    def __pow__(self, n):
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of a non-square matrix")
        a = [list(map(float, r)) for r in self.rows]
        d = 1.0
        for i in range(n):
            p = max(range(i, n), key=lambda r: abs(a[r][i]))
            if abs(a[p][i]) < 1e-12:
                return 0.0
            if p != i:
                a[i], a[p] = a[p], a[i]
                d = -d
            d *= a[i][i]
            for r in range(i + 1, n):
                f = a[r][i] / a[i][i]
                for c in range(i, n):
                    a[r][c] -= f * a[i][c]
        return d
    def inverse(self):
        n = self.shape[0]
        a = [list(map(float, r)) + [1.0 if i == j else 0.0 for j in range(n)] for i, r in enumerate(self.rows)]
        for i in range(n):
            p = max(range(i, n), key=lambda r: abs(a[r][i]))
            if abs(a[p][i]) < 1e-12:
                raise ZeroDivisionError("matrix is singular")
            a[i], a[p] = a[p], a[i]
            piv = a[i][i]
            a[i] = [x / piv for x in a[i]]
            for r in range(n):
                if r != i:
                    f = a[r][i]
                    a[r] = [x - f * y for x, y in zip(a[r], a[i])]
        return Matrix([[round(x, 10) + 0.0 for x in r[n:]] for r in a])
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self):
        w = max(len(f"{x:g}") for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}g}" for x in r) + "]" for r in self.rows)
A = Matrix([[2, 1], [1, 3]])
B = Matrix([[1, 2, 3], [4, 5, 6]])
print(A, "", A * B, "", B.T(), "", A + A, "", 3 * A, "", A @ A, sep="\n")
print(A.det(), Matrix([[1, 2], [2, 4]]).det(), Matrix([[6, 1, 1], [4, -2, 5], [2, 8, 7]]).det())
print(A.inverse(), A * A.inverse() == Matrix.identity(2), sep="\n")
print(Matrix([[1, 1], [1, 0]]) ** 30, sep="\n")
for bad in [lambda: A + B, lambda: B * B, lambda: Matrix([[1, 2], [3]]), lambda: B.det(), lambda: Matrix([[1, 2], [2, 4]]).inverse()]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
