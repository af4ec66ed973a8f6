# Weighted graphs: Dijkstra with a binary heap, union-find, Kruskal MST, cycle detection
class MinHeap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[m], a[i] = a[i], a[m]
                i = m
        return top
    def __bool__(self):
        return bool(self.a)
def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, src))
    done = set()
    while heap:
        d, u = heap.pop()
        if u in done:
            continue
        done.add(u)
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev
def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20)]
graph = {}
for a, b, w in edges:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))
dist, prev = dijkstra(graph, "A")
print(sorted(dist.items()), path(prev, "F"), path(prev, "D"))
class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True
def kruskal(nodes, edges):
    uf = UnionFind(nodes)
    mst = [(a, b, w) for a, b, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])) if uf.union(a, b)]
    return mst, sum(w for _, _, w in mst)
print(kruskal("ABCDEF", edges))
def has_cycle(directed):
    WHITE, GREY, BLACK = 0, 1, 2
    color = {n: WHITE for n in directed}
    def visit(n):
        color[n] = GREY
        for m in directed.get(n, []):
            if color.get(m, WHITE) == GREY:
                return True
            if color.get(m, WHITE) == WHITE and visit(m):
                return True
        color[n] = BLACK
        return False
    return any(color[n] == WHITE and visit(n) for n in list(directed))
print(has_cycle({"a": ["b"], "b": ["c"], "c": []}), has_cycle({"a": ["b"], "b": ["c"], "c": ["a"]}))
def components(n, pairs):
    uf = UnionFind(range(n))
    for a, b in pairs:
        uf.union(a, b)
    groups = {}
    for i in range(n):
        groups.setdefault(uf.find(i), []).append(i)
    return sorted(groups.values())
print(components(8, [(0, 1), (1, 2), (3, 4), (6, 7), (7, 6)]))
