class Node:
    def __init__(self):
        self.other = self
    def __repr__(self):
        return f"Node({self.other!r})"
try:
    repr(Node())
except RecursionError as e:
    print("caught", type(e).__name__, e)
def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print("caught", e)
l = [1]
l.append(l)
print(l)
d = {"k": 1}
d["self"] = d
print(d)
print(repr(Node()))
