# Class-heavy stdlib features: dataclasses, enum, total_ordering, singledispatch, abc, Protocol
import dataclasses, enum, functools, abc, typing
@dataclasses.dataclass
class Base:
    id: int
    tags: list = dataclasses.field(default_factory=list)
@dataclasses.dataclass
class Derived(Base):
    name: str = "anon"
    def label(self):
        return f"{self.id}:{self.name}"
d = Derived(1, name="x")
d.tags.append("t")
print(d, d.label(), dataclasses.fields(d)[0].name, dataclasses.replace(d, id=2), dataclasses.astuple(d))
@dataclasses.dataclass(frozen=True)
class Frozen:
    x: int
    y: int = 0
f = Frozen(1)
try:
    f.x = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(f) == hash(Frozen(1, 0)), {f: 1}[Frozen(1)], f == Frozen(1))
@dataclasses.dataclass
class WithPost:
    a: int
    b: int = dataclasses.field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(3))
class Weekday(enum.IntEnum):
    MON = 1
    TUE = 2
    WED = enum.auto()
print(Weekday.WED, Weekday.WED.value, Weekday.MON < Weekday.TUE, Weekday(2).name, [w.name for w in Weekday], Weekday.MON + 1)
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(Perm), bool(Perm(0)))
class Status(enum.Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    def describe(self):
        return f"{self.name.lower()} status"
print(Status("active"), Status.ACTIVE.describe(), Status.ACTIVE is Status["ACTIVE"], len(Status))
try:
    Status("missing")
except ValueError as e:
    print(type(e).__name__, e)
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version("1.2"), Version("1.10"), Version("1.3")]
print(sorted(vs), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"), max(vs))
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(5), describe([1, 2]), describe("s"), describe(True))
class Plugin(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self):
        ...
    @abc.abstractmethod
    def run(self):
        ...
    def describe(self):
        return f"{self.name} plugin"
class Hello(Plugin):
    name = "hello"
    def run(self):
        return "hi"
print(Hello().describe(), Hello().run())
try:
    Plugin()
except TypeError as e:
    print(type(e).__name__, e)
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized))
class Registered(abc.ABC):
    pass
Registered.register(tuple)
print(issubclass(tuple, Registered), isinstance((1,), Registered), issubclass(list, Registered))
@typing.runtime_checkable
class Closable(typing.Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        pass
print(isinstance(File(), Closable), isinstance(5, Closable))
class Stack(typing.Generic[typing.TypeVar("T")]):
    def __init__(self):
        self.items = []
print(Stack[int], Stack[int]().items, typing.get_origin(list[int]), typing.get_args(dict[str, int]))
