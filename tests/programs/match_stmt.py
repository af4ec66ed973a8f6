def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | complex():
            return "inexact"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return f"string {s!r}"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"list first={first} rest={rest}"
        case {"type": "point", "x": px, **others}:
            return f"point x={px} others={others}"
        case {"k": _}:
            return "has k"
        case None:
            return "none"
        case _:
            return "other"
print([describe(v) for v in (0, 2, -5, 1.5, "hi", "yo", [1, 2], [1, 2, 3], (4,), {"type": "point", "x": 1, "y": 2}, {"k": 0}, None, {1})])
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
print([where(p) for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), 7)])
command = "go north"
match command.split():
    case ["go", ("north" | "south") as direction]:
        print("going", direction)
    case _:
        print("unknown")
match (1, (2, 3)):
    case (a, (b, c)) if a + b + c == 6:
        print("nested", a, b, c)
for v in [True, 1, 1.0]:
    match v:
        case True:
            print("True matched", v)
        case 1:
            print("1 matched", v)
