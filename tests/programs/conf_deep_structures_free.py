# long chains freed without exhausting the stack (CPython's trashcan), deep reprs caught
class Node:
    __slots__ = ("v", "next")
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt
class DNode:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt
for cls in (Node, DNode):
    head = None
    for i in range(100000):
        head = cls(i, head)
    n, p = 0, head
    while p:
        n += p.v
        p = p.next
    print(cls.__name__, n)
    head = None
    print("freed")
l = []
for _ in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("RecursionError:", e)
del l
d = {}
for _ in range(50000):
    d = {"k": d}
d = None
t = ()
for _ in range(50000):
    t = (t, 1)
t = None
class WithDel:
    count = 0
    def __init__(self, child):
        self.child = child
    def __del__(self):
        WithDel.count += 1
x = None
for _ in range(3000):
    x = WithDel(x)
x = None
print("finalized", WithDel.count)
print("end")
