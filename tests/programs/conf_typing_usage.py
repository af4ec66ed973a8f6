from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List, Literal, NamedTuple,
                    Optional, Protocol, Sequence, Tuple, TypedDict, TypeVar, Union, cast, overload, get_type_hints,
                    runtime_checkable, NewType, get_origin, get_args)
T = TypeVar("T")
K = TypeVar("K", bound=str)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, T, K.__bound__, repr(T))
class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Pt(3, -4)
print(p, p.norm(), p._fields, Pt.__annotations__, p._replace(x=0), isinstance(p, tuple))
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__total__, sorted(Movie.__annotations__))
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], List[int], Dict[str, int], Tuple[int, ...], Callable[[int], str], Literal["a", 1])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(int | str), int | None)
def f(a: int, b: "str" = "x") -> Optional[float]:
    return None
print(f.__annotations__, get_type_hints(f))
print(cast(int, "not really"), Any, ClassVar[int], Final[int])
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x * 2
print(g(2), g("a"))
def total(xs: Iterable[int]) -> int:
    return sum(xs)
print(total(range(5)), isinstance([], Sequence) if False else "skip")
from collections.abc import Iterable as AIter, Mapping, MutableSequence, Hashable, Sized, Callable as ACall
print(isinstance([], AIter), isinstance({}, Mapping), isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance([], Hashable), isinstance("", Sized), isinstance(len, ACall))
print(issubclass(list, AIter), issubclass(dict, Mapping), issubclass(int, Hashable))
class MyList(MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
ml = MyList(); ml.append(1); ml.extend([2, 3]); ml.reverse(); print(list(ml), ml.index(2), 3 in ml, ml.pop(), len(ml))
x: int = 5
y: "list[str]"
print(__annotations__)
class Annotated:
    a: int
    b: str = "s"
print(Annotated.__annotations__, hasattr(Annotated, "a"))
