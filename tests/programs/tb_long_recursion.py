def countdown(n):
    if n == 0:
        return [][0]
    return countdown(n - 1)
def walk(node, depth=0):
    return walk(node, depth + 1)
try:
    walk(None)
except RecursionError as e:
    print("caught", e)
countdown(30)
