from fractions import Fraction as F
def det(m):
    m = [row[:] for row in m]
    n = len(m)
    d = F(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c] != 0), None)
        if p is None:
            return F(0)
        if p != c:
            m[c], m[p] = m[p], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return d
def inverse(m):
    n = len(m)
    a = [[F(v) for v in row] + [F(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        if a[p][c] == 0:
            raise ZeroDivisionError("matrix is singular")
        a[c], a[p] = a[p], a[c]
        pv = a[c][c]
        a[c] = [v / pv for v in a[c]]
        for r in range(n):
            if r != c:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [row[n:] for row in a]
M = [[F(2), F(1), F(1)], [F(1), F(3), F(2)], [F(1), F(0), F(0)]]
print(det(M), det([[F(1), F(2)], [F(2), F(4)]]))
inv = inverse(M)
for row in inv:
    print(" ".join(f"{str(v):>6}" for v in row))
prod = [[sum(a * b for a, b in zip(r, c)) for c in zip(*inv)] for r in M]
print(prod == [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(F(3, 6), F(-4, 8), F(5), F("0.125"), F(1, 3) + F(1, 6), F(2, 3) * 3, F(7, 2) // 1, F(7, 2) % 1, abs(F(-1, 2)), F(1, 3) < 0.34, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
