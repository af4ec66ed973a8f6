# Word ladder via BFS over a small dictionary; anagram and palindrome utilities
WORDS = set("""cold cord card ward warm word worm wore core care dare date gate game came cane
cone bone bore more mare male mile mild mold cold hold hole pole pale sale safe wake make""".split())
def neighbors(word):
    for i in range(len(word)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != word[i]:
                cand = word[:i] + c + word[i + 1:]
                if cand in WORDS:
                    yield cand
def ladder(start, goal):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in frontier:
            for n in sorted(neighbors(w)):
                if n not in prev:
                    prev[n] = w
                    if n == goal:
                        path = [n]
                        while prev[path[-1]] is not None:
                            path.append(prev[path[-1]])
                        return path[::-1]
                    nxt.append(n)
        frontier = nxt
    return None
for a, b in [("cold", "warm"), ("care", "game"), ("bone", "mild"), ("cold", "zzzz")]:
    p = ladder(a, b)
    print(a, "->", b, ":", " > ".join(p) if p else "no path", len(p) - 1 if p else None)
print(sorted(neighbors("care")), len(WORDS))
