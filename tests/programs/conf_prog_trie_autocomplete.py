class TrieNode:
    __slots__ = ("children", "count", "terminal")
    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = False
class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        for w in words:
            self.insert(w)
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.terminal = True
    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
    def complete(self, prefix, limit=5):
        node = self._find(prefix)
        out = []
        def walk(n, acc):
            if len(out) >= limit:
                return
            if n.terminal:
                out.append(acc)
            for ch in sorted(n.children):
                walk(n.children[ch], acc + ch)
        if node:
            walk(node, prefix)
        return out
    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0
    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.terminal)
words = "car card care careful cart cat catalog dog dot dote zebra".split()
t = Trie(words)
print(t.complete("car"), t.complete("ca", 3), t.complete("do"), t.complete("x"))
print(t.count_prefix("ca"), t.count_prefix("card"), "care" in t, "ca" in t)
