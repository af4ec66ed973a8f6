# Trie for autocompletion and a binary tree toolkit (traversals, serialization, balance)
class Trie:
    def __init__(self):
        self.root = {}
        self.size = 0
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if "$" not in node:
            node["$"] = True
            self.size += 1
    def __contains__(self, word):
        node = self.root
        for ch in word:
            if ch not in node:
                return False
            node = node[ch]
        return "$" in node
    def complete(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append(acc)
                else:
                    walk(n[k], acc + k)
        walk(node, prefix)
        return out
t = Trie()
for w in "car card care careful cart cat dog dot do".split() + ["car"]:
    t.insert(w)
print(t.size, "care" in t, "ca" in t, t.complete("car"), t.complete("do"), t.complete("x"), t.complete(""))
class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right
def build(values):
    if not values:
        return None
    mid = len(values) // 2
    return TreeNode(values[mid], build(values[:mid]), build(values[mid + 1:]))
def preorder(n):
    return [] if n is None else [n.val] + preorder(n.left) + preorder(n.right)
def inorder(n):
    return [] if n is None else inorder(n.left) + [n.val] + inorder(n.right)
def postorder(n):
    return [] if n is None else postorder(n.left) + postorder(n.right) + [n.val]
def levels(n):
    out, frontier = [], [n] if n else []
    while frontier:
        out.append([x.val for x in frontier])
        frontier = [c for x in frontier for c in (x.left, x.right) if c]
    return out
def height(n):
    return 0 if n is None else 1 + max(height(n.left), height(n.right))
def balanced(n):
    if n is None:
        return True
    return abs(height(n.left) - height(n.right)) <= 1 and balanced(n.left) and balanced(n.right)
def serialize(n):
    return "#" if n is None else f"({n.val} {serialize(n.left)} {serialize(n.right)})"
def deserialize(s):
    tokens = s.replace("(", " ( ").replace(")", " ) ").split()
    pos = 0
    def parse():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        if tok == "#":
            return None
        assert tok == "("
        val = int(tokens[pos]); pos += 1
        left = parse()
        right = parse()
        assert tokens[pos] == ")"
        pos += 1
        return TreeNode(val, left, right)
    return parse()
root = build(list(range(1, 11)))
print(preorder(root), inorder(root), postorder(root), levels(root), height(root), balanced(root))
s = serialize(root)
print(s)
print(inorder(deserialize(s)) == inorder(root), serialize(deserialize(s)) == s)
skewed = TreeNode(1, None, TreeNode(2, None, TreeNode(3)))
print(balanced(skewed), height(skewed), levels(skewed))
def mirror(n):
    if n:
        n.left, n.right = mirror(n.right), mirror(n.left)
    return n
print(inorder(mirror(build([1, 2, 3, 4, 5]))))
def lca(n, a, b):
    if n is None or n.val in (a, b):
        return n
    l, r = lca(n.left, a, b), lca(n.right, a, b)
    return n if l and r else l or r
print(lca(root, 2, 4).val, lca(root, 7, 10).val, lca(root, 1, 10).val)
