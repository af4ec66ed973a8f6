from dataclasses import dataclass
from enum import Enum
class Op(Enum):
    ADD = "+"
    MUL = "*"
@dataclass
class Num:
    v: int
@dataclass
class Bin:
    op: Op
    l: object
    r: object
def ev(e):
    match e:
        case Num(v):
            return v
        case Bin(Op.ADD, l, r):
            return ev(l) + ev(r)
        case Bin(Op.MUL, Num(0), _) | Bin(Op.MUL, _, Num(0)):
            return 0
        case Bin(Op.MUL, l, r):
            return ev(l) * ev(r)
        case _:
            raise ValueError(f"bad node {e!r}")
def simplify(e):
    match e:
        case Bin(Op.ADD, Num(0), x) | Bin(Op.ADD, x, Num(0)):
            return simplify(x)
        case Bin(Op.MUL, Num(1), x) | Bin(Op.MUL, x, Num(1)):
            return simplify(x)
        case Bin(op, l, r):
            return Bin(op, simplify(l), simplify(r))
        case other:
            return other
tree = Bin(Op.ADD, Bin(Op.MUL, Num(1), Num(7)), Bin(Op.ADD, Num(0), Bin(Op.MUL, Num(3), Num(4))))
print(ev(tree), simplify(tree), ev(simplify(tree)))
try:
    ev("oops")
except ValueError as e:
    print("ValueError:", e)
def classify(event):
    match event:
        case {"type": "click", "pos": (x, y)} if x < 0 or y < 0:
            return "offscreen click"
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", "key": "Enter" | "Return"}:
            return "enter"
        case {"type": "scroll", "delta": int(d) | float(d)}:
            return f"scroll {d:+}"
        case {"type": str(t), **rest} if rest:
            return f"{t} with {sorted(rest)}"
        case {"type": _}:
            return "bare event"
        case [*events] if all(isinstance(e, dict) for e in events):
            return [classify(e) for e in events]
        case _:
            return "unknown"
events = [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": (-1, 2)}, {"type": "key", "key": "a"}, {"type": "key", "key": "Enter"},
          {"type": "scroll", "delta": -3}, {"type": "scroll", "delta": 1.5}, {"type": "resize", "w": 1, "h": 2}, {"type": "noop"}, 42]
for e in events:
    print(classify(e))
print(classify(events[:2]))
match (1, 2, 3):
    case (1, *rest) if len(rest) == 2:
        print("tuple rest", rest)
match "hello":
    case str() as s if s.startswith("he"):
        print("str capture", s)
x = 5
match x:
    case 1 | 2 | 3:
        print("small")
    case int() if x > 4:
        print("big int")
match None:
    case None:
        print("matched None")
match -3:
    case -3:
        print("negative literal")
match 2 + 3j:
    case 2 + 3j:
        print("complex literal")
