# Conway's Game of Life on a small torus, with set-based and grid-based implementations
def step_set(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    c = ((x + dx) % w, (y + dy) % h)
                    counts[c] = counts.get(c, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}
def render(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))
def step_grid(grid):
    h, w = len(grid), len(grid[0])
    new = [[0] * w for _ in range(h)]
    for y in range(h):
        for x in range(w):
            n = sum(grid[(y + dy) % h][(x + dx) % w] for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dx or dy)
            new[y][x] = 1 if n == 3 or (n == 2 and grid[y][x]) else 0
    return new
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
W, H = 8, 6
state = glider
for gen in range(5):
    print(f"generation {gen}:")
    print(render(state, W, H))
    state = step_set(state, W, H)
grid = [[1 if (x, y) in glider else 0 for x in range(W)] for y in range(H)]
for _ in range(20):
    grid = step_grid(grid)
    state2 = {(x, y) for y in range(H) for x in range(W) if grid[y][x]}
s = glider
for _ in range(20):
    s = step_set(s, W, H)
print(s == state2, sorted(s))
blinker = {(1, 0), (1, 1), (1, 2)}
print(step_set(step_set(blinker, 5, 5), 5, 5) == blinker, sorted(step_set(blinker, 5, 5)))
