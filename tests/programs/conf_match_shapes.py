from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r

def describe(obj):
    match obj:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as n:
            return f"number {n}"
        case "" :
            return "empty str"
        case str(s) if s.isupper():
            return f"shout {s}"
        case str():
            return f"str {obj!r}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [1, 2, *rest]:
            return f"starts 1,2 rest={rest}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case [first, *_, last]:
            return f"seq {first}..{last}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some dict"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0) | Point(y=0):
            return f"on axis {obj}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {obj.x},{obj.y}"
        case Circle(Point(x=cx, y=cy), r=radius):
            return f"circle at {cx},{cy} r={radius}"
        case _:
            return f"other {type(obj).__name__}"

for v in [None, True, 0, 0.0, -5, 7, 2.5, "", "HI", "hi", [], [9], [1, 2, 3, 4], (1, 2, 3), [5, 6, 7, 8], (1, 2),
          {"type": "user", "name": "ann", "age": 3}, {"type": "x"}, {"k": 1}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2),
          Circle(Point(1, 1), 4), {1, 2}, b"ab", range(3), "abc"[0:0]]:
    print(repr(v)[:30], "->", describe(v))

class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return 1
        case Color.GREEN:
            return 2
    return 0
print(color("red"), color("green"), color("blue"))

def cmd(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["pick", "up", *items] if items:
            return f"picking {' '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "empty"
for l in ["go north", "go up", "pick up lamp key", "pick up", "exit", ""]:
    print(repr(l), cmd(l))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
match 5:
    case int(x):
        print("int self-match", x)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
import collections, array
from collections.abc import Sequence, Mapping
class MySeq(Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
class Reg: 
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
Sequence.register(Reg)
class MyMap(dict): pass
for v in [b"ab", bytearray(b"ab"), "ab", memoryview(b"ab"), range(2), collections.deque([1, 2]), array.array("i", [1, 2]), MySeq(), Reg(), (1, 2), {1: 2}, MyMap(a=1), collections.OrderedDict(a=1), collections.Counter("a"), {1, 2}, frozenset([1]), iter([1, 2])]:
    match v:
        case [a, b]:
            r = f"seq2 {a} {b}"
        case []:
            r = "seq0"
        case {**kw}:
            r = f"map {len(kw)}"
        case _:
            r = "other"
    print(type(v).__name__, r)
