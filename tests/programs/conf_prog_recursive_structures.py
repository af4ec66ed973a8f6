def tree_insert(node, key):
    if node is None:
        return [key, None, None]
    if key < node[0]:
        node[1] = tree_insert(node[1], key)
    elif key > node[0]:
        node[2] = tree_insert(node[2], key)
    return node
def inorder(node):
    if node:
        yield from inorder(node[1])
        yield node[0]
        yield from inorder(node[2])
def height(node):
    return 0 if node is None else 1 + max(height(node[1]), height(node[2]))
root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = tree_insert(root, k)
print(list(inorder(root)), height(root))
def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]
print(permutations("abc"), len(permutations("abcde")))
def hanoi(n, a="A", b="B", c="C", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(3))
def flatten_dict(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten_dict(v, key))
        else:
            out[key] = v
    return out
print(flatten_dict({"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": {}}))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
def nqueens(n):
    count = 0
    def place(row, cols, d1, d2):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c})
    place(0, frozenset(), frozenset(), frozenset())
    return count
print([nqueens(n) for n in range(1, 8)])
