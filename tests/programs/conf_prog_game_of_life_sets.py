from collections import Counter
def step(live):
    counts = Counter((x + dx, y + dy) for x, y in live for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}
def show(live, w=8, h=6):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for gen in range(4):
    g = step(g)
print(show(g))
print(sorted(g), len(g))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
r = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
sizes = []
for i in range(60):
    r = step(r)
    sizes.append(len(r))
print(sizes[-5:], max(sizes))
