# An LRU cache implemented with a dict and a doubly linked list; a memoizing decorator built on it
class _Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
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
        return n.value
    def put(self, key, value):
        n = self.map.get(key)
        if n is not None:
            n.value = value
            self._unlink(n)
            self._push_front(n)
            return None
        n = _Node(key, value)
        self.map[key] = n
        self._push_front(n)
        if len(self.map) > self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            return lru.key
        return None
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, key):
        return key in self.map
c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c.keys(), c.get("a"), c.keys())
print("evicted", c.put("d", "D"), c.keys(), "b" in c, len(c))
print(c.get("zz", "?"), c.hits, c.misses)
c.put("c", "new C")
print(c.keys(), c.get("c"))
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)
def lru_memo(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        sentinel = object()
        def wrapper(*args):
            r = cache.get(args, sentinel)
            if r is sentinel:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco
@lru_memo(100)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache.hits, paths.cache.misses, len(paths.cache))
