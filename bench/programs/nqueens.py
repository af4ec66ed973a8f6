# N-queens by backtracking with sets: set operations, recursion, generators.
def solve(n):
    def place(row, cols, diag1, diag2):
        if row == n:
            yield 1
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c); diag1.add(row + c); diag2.add(row - c)
            yield from place(row + 1, cols, diag1, diag2)
            cols.discard(c); diag1.discard(row + c); diag2.discard(row - c)
    return sum(place(0, set(), set(), set()))

for n in range(4, 12):
    print(n, solve(n))
