import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Color], Color.RED.value)
print(Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
print(isinstance(Color.RED, Color), type(Color.RED).__name__)

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]), f"{Num.TWO}", str(Num.ONE), format(Num.ONE, "03d"))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm(0)), list(rw), ~Perm.R)

class Bits(IntFlag):
    A = 1
    B = 2
    C = 4
print(Bits.A | Bits.C, int(Bits.A | Bits.B), Bits(3), Bits.A | 8)

class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(Auto.X.value, Auto.Y)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(f"{Planet.EARTH.gravity:.3f}", Planet.MERCURY.mass)

class Shape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"
print(Shape.CIRCLE == "circle", Shape("square"), Shape.CIRCLE.upper())

try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
F = Enum("F", "A B C")
print(F.B, F.C.value, list(F))
G = Enum("G", [("X", 10), ("Y", 20)])
print(G.Y.value, G(10))
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.CRIMSON])
