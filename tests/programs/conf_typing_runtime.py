from typing import List, Dict, Optional, Union, Callable, TypeVar, Generic, Any, Tuple, Literal, Protocol, NamedTuple, TypedDict, get_type_hints, cast, overload, Final, ClassVar, Iterable, Sequence
import typing
T = TypeVar('T'); K = TypeVar('K', bound=str); N = TypeVar('N', int, float)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str, None], Callable[[int, str], bool], Callable[..., Any], Tuple[int, ...], Tuple[()], Literal['a', 1], T, K, N)
print(int | str, list[int] | None, type(int | str), (int | str).__args__, isinstance(3, int | str), issubclass(bool, int | float), Union[int, int], Union[int], Optional[Union[int, str]])
print(repr(Iterable[T]), Sequence[int].__origin__, List[int].__args__, typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(int | str))
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box[int], Box[int](5).get(), Box.__parameters__, Box[int].__origin__ is Box)
class P(NamedTuple):
    x: int
    y: float = 0.0
print(P(1), P._fields, P.__annotations__, P(1, 2)._replace(y=5))
class TD(TypedDict, total=False):
    name: str
    age: int
print(TD(name='a'), TD.__total__, sorted(TD.__annotations__))
def f(a: int, b: 'List[str]' = None) -> Optional[int]: pass
print(get_type_hints(f))
print(cast(int, 'x'), typing.TYPE_CHECKING)
class Proto(Protocol):
    def meth(self) -> int: ...
@typing.runtime_checkable
class RP(Protocol):
    def close(self): ...
print(isinstance(open(__file__), RP), isinstance(1, RP))
try: isinstance(1, Proto)
except TypeError as e: print(e)
try: List[int]()
except TypeError as e: print(e)
try: Union[1]
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try:
    class Bad(Generic[T, T]): pass
except TypeError as e: print(e)
print(Final[int], ClassVar[int], typing.Annotated[int, 'meta'], typing.NoReturn, typing.Type[int], typing.AnyStr)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3))
print(typing.Self if hasattr(typing, 'Self') else '', typing.LiteralString if hasattr(typing, 'LiteralString') else '', typing.Never if hasattr(typing, 'Never') else '')
Alias = Dict[str, 'Box[int]']
print(Alias, typing.ForwardRef('X'))
print(list[int] == list[int], List[int] == list[int], hash(List[int]) == hash(List[int]), dict[str, int].__args__)
