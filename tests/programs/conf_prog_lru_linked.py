# an LRU cache built from a dict and a doubly linked list, with __slots__ nodes and stats
class _Node:
    __slots__ = ("key", "val", "prev", "next")
    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None
class LRU:
    def __init__(self, cap):
        if cap <= 0:
            raise ValueError("capacity must be positive")
        self.cap = cap
        self.map = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.val
    def put(self, key, val):
        n = self.map.get(key)
        if n is not None:
            n.val = val
            self._unlink(n)
            self._push_front(n)
            return
        if len(self.map) >= self.cap:
            victim = self.tail.prev
            self._unlink(victim)
            del self.map[victim.key]
            self.evictions += 1
        n = _Node(key, val)
        self.map[key] = n
        self._push_front(n)
    def __len__(self):
        return len(self.map)
    def __contains__(self, key):
        return key in self.map
    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key
            n = n.next
    def __repr__(self):
        return "LRU([" + ", ".join(f"{k!r}: {self.map[k].val!r}" for k in self) + "])"
c = LRU(3)
for k in "abcabdaeb":
    if c.get(k) is None:
        c.put(k, k.upper() * 2)
print(c, len(c), "a" in c, "c" in c, list(c))
print(c.hits, c.misses, c.evictions)
try:
    LRU(0)
except ValueError as e:
    print("ValueError:", e)
big = LRU(100)
for i in range(10000):
    big.put(i % 250, i)
    big.get((i * 7) % 250)
print(len(big), big.hits, big.misses, big.evictions, list(big)[:5])
