# Structural pattern matching in depth
class Color:
    RED = "red"
    GREEN = "green"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
def evaluate(expr):
    match expr:
        case int() | float() as n:
            return n
        case ("+", left, right):
            return evaluate(left) + evaluate(right)
        case ("*", left, right):
            return evaluate(left) * evaluate(right)
        case ("-", operand):
            return -evaluate(operand)
        case ("sum", *terms):
            return sum(evaluate(t) for t in terms)
        case {"op": "max", "args": [*args]}:
            return max(evaluate(a) for a in args)
        case _:
            raise ValueError(f"bad expression: {expr!r}")
print(evaluate(("+", 1, ("*", 2, 3))), evaluate(("-", 5)), evaluate(("sum", 1, 2, 3, ("-", 1))), evaluate({"op": "max", "args": [1, 7, 3]}))
try:
    evaluate(("?", 1))
except ValueError as e:
    print(e)
def color_name(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown {other}"
print(color_name("red"), color_name("green"), color_name("blue"))
def shape_info(s):
    match s:
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(c, r):
            return f"circle at {c} r={r}"
        case Point(x, y) if x == y:
            return "diagonal point"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point():
            return "some point"
print([shape_info(s) for s in [Circle(Point(0, 0), 5), Circle(Point(1, 2), 20), Circle(Point(3, 3), 1), Point(4, 4), Point(0, 9), Point(1, 2)]])
def mapping(d):
    match d:
        case {"name": str(name), "age": int(age), **rest} if age >= 18:
            return f"adult {name}, extra={rest}"
        case {"name": str(name), **rest}:
            return f"person {name} keys={sorted(rest)}"
        case {}:
            return "some mapping"
print(mapping({"name": "A", "age": 30, "x": 1}), mapping({"name": "B", "age": 5}), mapping({"k": 1}), mapping({}))
def seq(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y] if x == y:
            return "pair of equals"
        case [first, *_, last]:
            return f"first {first} last {last}"
print(seq([]), seq([1]), seq([2, 2]), seq((1, 2, 3, 4)), seq("ab"), seq(range(3)))
def literal(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 0:
            return "zero"
        case "":
            return "empty string"
        case b"bytes":
            return "bytes"
        case -1 | 1.5 | 2j:
            return "special number"
        case _:
            return "other"
print([literal(v) for v in [True, False, None, 0, 0.0, "", b"bytes", -1, 1.5, 2j, 1]])
def nested(v):
    match v:
        case [("a" | "b") as letter, [int(n), *_]]:
            return f"{letter} with {n}"
        case [[[deep]]]:
            return f"deep {deep}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
    return "no match"
print(nested(["a", [1, 2]]), nested(["c", [1]]), nested([[[42]]]), nested("hi"), nested(b"x"))
class NoMatchArgs:
    def __init__(self):
        self.a = 1
try:
    match NoMatchArgs():
        case NoMatchArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
for x in [3, [1, 2], {"k": "v"}]:
    match x:
        case int(y) if (z := y * 2) > 4:
            print("walrus guard", z)
        case list((a, b)):
            print("list of two", a, b)
        case dict(items) if items:
            print("dict", items)
