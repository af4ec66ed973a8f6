# Linked list, stack, queue, binary search tree, graph traversals
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"
    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse()
print(ll, ll.remove(3), ll.remove(99), ll)
print(LinkedList())
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __bool__(self):
        return bool(self._items)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in s:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ["()", "([]{})", "(]", "((", "", "{[()()]}"]])
try:
    Stack().pop()
except IndexError as e:
    print(type(e).__name__, e)
class Queue:
    def __init__(self):
        self.inbox, self.outbox = [], []
    def enqueue(self, x):
        self.inbox.append(x)
    def dequeue(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()
q = Queue()
for i in range(5):
    q.enqueue(i)
print([q.dequeue() for _ in range(3)])
q.enqueue(99)
print([q.dequeue() for _ in range(3)])
class BST:
    class _N:
        __slots__ = ("key", "left", "right")
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None
    def __init__(self):
        self.root = None
    def insert(self, key):
        if self.root is None:
            self.root = self._N(key)
            return
        n = self.root
        while True:
            if key < n.key:
                if n.left is None:
                    n.left = self._N(key); return
                n = n.left
            elif key > n.key:
                if n.right is None:
                    n.right = self._N(key); return
                n = n.right
            else:
                return
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return list(walk(self.root))
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder(), t.height(), 65 in t, 66 in t)
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
def bfs(g, start):
    seen, order, frontier = {start}, [], [start]
    while frontier:
        nxt = []
        for n in frontier:
            order.append(n)
            for m in g[n]:
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        frontier = nxt
    return order
def dfs(g, start, seen=None):
    seen = seen if seen is not None else []
    seen.append(start)
    for m in g[start]:
        if m not in seen:
            dfs(g, m, seen)
    return seen
def shortest_path(g, a, b):
    paths = {a: [a]}
    frontier = [a]
    while frontier:
        n = frontier.pop(0)
        if n == b:
            return paths[n]
        for m in g[n]:
            if m not in paths:
                paths[m] = paths[n] + [m]
                frontier.append(m)
    return None
def topo(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(bfs(graph, "A"), dfs(graph, "A"), shortest_path(graph, "A", "F"), topo(graph))
# priority queue via sorted insertion

pq = []
for pri, task in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    i = 0
    while i < len(pq) and pq[i][0] <= pri:
        i += 1
    pq.insert(i, (pri, task))
print(pq)
