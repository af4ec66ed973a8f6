import heapq
GRID = """
S..#......
.#.#.####.
.#...#....
.####.#.#.
......#.#E
""".strip().splitlines()
def neighbors(p):
    r, c = p
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(GRID) and 0 <= nc < len(GRID[0]) and GRID[nr][nc] != "#":
            yield (nr, nc)
def find(ch):
    for r, row in enumerate(GRID):
        c = row.find(ch)
        if c >= 0:
            return (r, c)
start, goal = find("S"), find("E")
def h(p):
    return abs(p[0] - goal[0]) + abs(p[1] - goal[1])
def astar():
    openq = [(h(start), 0, start)]
    came = {start: None}
    cost = {start: 0}
    expanded = 0
    while openq:
        _, g, cur = heapq.heappop(openq)
        expanded += 1
        if cur == goal:
            break
        for nb in neighbors(cur):
            ng = g + 1
            if nb not in cost or ng < cost[nb]:
                cost[nb] = ng
                came[nb] = cur
                heapq.heappush(openq, (ng + h(nb), ng, nb))
    path = []
    p = goal
    while p is not None:
        path.append(p)
        p = came[p]
    return path[::-1], expanded
path, expanded = astar()
print(len(path) - 1, expanded, path[:4])
canvas = [list(row) for row in GRID]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
from collections import deque
def bfs_all(src):
    dist = {src: 0}
    q = deque([src])
    while q:
        cur = q.popleft()
        for nb in neighbors(cur):
            if nb not in dist:
                dist[nb] = dist[cur] + 1
                q.append(nb)
    return dist
d = bfs_all(start)
print(len(d), max(d.values()), d[goal], sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
