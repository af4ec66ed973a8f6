import sys
def walk(n):
    return walk(n + 1) + 1
try:
    walk(0)
except RecursionError as e:
    print("RecursionError:", e)

class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return f"Node({self.child!r})"
try:
    repr(Node())
except RecursionError as e:
    print("repr:", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(60)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 40)
sys.setrecursionlimit(1000)
def a(n):
    if n == 0:
        raise ValueError("bottom")
    return b(n - 1)
def b(n):
    return a(n)
a(30)
