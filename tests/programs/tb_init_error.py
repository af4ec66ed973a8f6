class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.n = len(rows[0])
        for r in rows:
            if len(r) != self.n:
                raise ValueError("ragged matrix")
    def __matmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])
m = Matrix([[1, 2], [3, 4]])
print((m @ m).rows)
Matrix([[1, 2], [3]])
