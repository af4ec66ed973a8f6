# if/elif/else, while/for with else, break/continue, pass, conditional expressions, match basics
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42)])
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("while-else not reached")
j = 0
while j < 3:
    j += 1
else:
    print("while-else reached", j)
for x in []:
    print("never")
else:
    print("for-else on empty")
# nested loops with flags
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24:
            found = (a, b)
            break
    if found:
        break
print(found)
# pass and ellipsis bodies
def todo():
    pass
def todo2():
    ...
print(todo(), todo2())
# conditional expression chains
for v in [0, 5, 15]:
    print("zero" if v == 0 else "small" if v < 10 else "big")
# truthiness of different values
for v in [0, 0.0, "", [], {}, set(), None, (), "0", [0], 0.1, -1, range(0), range(1)]:
    print(repr(v), bool(v), "truthy" if v else "falsy")
# short-circuit evaluation
def t(x):
    print("eval", x)
    return x
print(t(0) and t(1), t(1) or t(2), t(None) or t(0) or t(""), t(1) and t(2) and t(3))
print(not t([]), (t(1) and t(0)) or t("fallback"))
# comparison chains evaluate middle once
def mid():
    print("mid evaluated")
    return 5
print(1 < mid() < 10, 1 < mid() > 10)
# loop over dict while building another
prices = {"apple": 1.2, "bread": 2.5, "milk": 0.99}
total = 0
for item, price in prices.items():
    if price < 1:
        continue
    total += price
print(round(total, 2))
# infinite loop with break
n = 27
steps = 0
while True:
    if n == 1:
        break
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
# try inside loops with continue/break in finally
for k in range(3):
    try:
        if k == 1:
            continue
        print("body", k)
    finally:
        print("finally", k)
# match statement basics
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"list starting {x} (+{len(rest)})"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case str():
            return "short string"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 2, -7, [1, 2], [1, 2, 3], {"type": "point", "x": 1, "y": 2, "z": 0}, "hello", "hi", None, 3.5, (4, 5)]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"y-axis {y}"
        case Point(x=x, y=0):
            return f"x-axis {x}"
        case Point():
            return "elsewhere"
print([where(Point(*c)) for c in [(0, 0), (0, 3), (4, 0), (1, 1)]])
