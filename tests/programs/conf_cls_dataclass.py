from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import ClassVar

@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)
    count: ClassVar[int] = 0

    def dist2(self):
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
q = Point(1, 2, ["a"])
print(p, q, p == Point(3, 4), p < q, sorted([p, q]))
print(asdict(q), astuple(p), [f.name for f in fields(p)])
print(replace(p, y=10), p.dist2())

@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "z"

f = Frozen(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print("frozen:", e)
print(hash(f) == hash(Frozen(1)), f)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale

print(WithPost(5), WithPost(5, 3))

@dataclass
class Base:
    x: int = 1
@dataclass
class Child(Base):
    y: int = 2
print(Child(), Child(5, 6), Child.__mro__[1].__name__)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print("ValueError:", e)

@dataclass(eq=False, repr=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), "Plain object" in repr(Plain(1)))

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 3
print(KW(a=1), end=" ")
try:
    KW(1)
except TypeError as e:
    print(e)

@dataclass(slots=True)
class Slotted:
    a: int
    b: float = 1.5
s = Slotted(2)
print(s, Slotted.__slots__)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Point.__match_args__, Point.__dataclass_fields__["tags"].compare)
