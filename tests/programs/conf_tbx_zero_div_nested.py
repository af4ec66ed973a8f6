def ratio(a, b):
    return a / b
def report(rows):
    return [f"{name}: {ratio(x, y):.2f}" for name, x, y in rows]
print(report([("a", 1, 2)]))
print(report([("a", 1, 2), ("b", 3, 0)]))
