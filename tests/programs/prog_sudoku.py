# Sudoku solver with backtracking and constraint propagation
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(text):
    rows = [r for r in text.split() if r]
    return [[0 if c == "." else int(c) for c in r] for r in rows]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
steps = 0
def solve(g):
    global steps
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cands = candidates(g, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        steps += 1
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False
def show(g):
    for i, row in enumerate(g):
        if i and i % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(str(v or ".") for v in row[j:j + 3]) for j in (0, 3, 6)))
grid = parse(PUZZLE)
show(grid)
print(solve(grid), "steps:", steps)
show(grid)
def valid(g):
    for i in range(9):
        if sorted(g[i]) != list(range(1, 10)) or sorted(g[r][i] for r in range(9)) != list(range(1, 10)):
            return False
    return all(sorted(g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)) == list(range(1, 10)) for br in (0, 3, 6) for bc in (0, 3, 6))
print("valid:", valid(grid))
