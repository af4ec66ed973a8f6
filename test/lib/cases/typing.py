import typing
from typing import *
import collections, collections.abc
def attempt(f, *a, **k):
    try: return f(*a, **k)
    except Exception as e: return (type(e).__name__, str(e))
T = TypeVar('T'); S = TypeVar('S', int, str); K = TypeVar('K', covariant=True); C = TypeVar('C', contravariant=True); B = TypeVar('B', bound=int)
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')
class G(Generic[T]): pass
class G2(Generic[T, S]): pass
# --- reprs
List, List[int], Dict[str, List[T]], Dict[str, T][int], Optional[int], Union[int, str, None], Union[int], Union[int, Union[str, int]], Optional[Union[int, str]], Tuple[()], Tuple[int, ...], Tuple, Tuple[int, str]
Callable[[int], str], Callable[..., int], Callable, Callable[P, int], Callable[[], None], Callable[int, str], Callable[[int, str], List[T]][float]
Literal[1, 'a'], Literal[1, 1, 2], Literal[True, 1], Annotated[int, 'm'], Annotated[Annotated[int, 1], 2], Annotated[List[T], 'x'][int]
G[int], G, G2[int, str], G[int]().__orig_class__, G[List[T]][str]
T, S.__constraints__, K, C, B.__bound__, P.args, P.kwargs, Ts, T.__name__, T.__module__
Type[int], ClassVar[int], Final[int], Any, NoReturn, Never, Self, LiteralString, TypeAlias, TypeGuard[int], Required[int], NotRequired[int], Concatenate[int, P], Unpack[Ts]
typing.Deque[int], typing.DefaultDict[str, int], typing.Iterable[int], typing.Hashable, typing.Sized, typing.AbstractSet[int], typing.ContextManager[int], typing.Counter[str], typing.ChainMap[str, int], typing.OrderedDict[str, int], typing.Generator[int, None, None], typing.Coroutine[int, int, int], typing.Mapping[str, int], typing.ByteString, typing.Type
int | List[int], List[int] | None, None | List[int], Union[int, 'str'], List['X'], Optional['X'], ForwardRef('A'), ForwardRef('A', module='m')
typing.AnyStr, typing.Text, typing.SupportsInt, typing.SupportsAbs[int], typing.IO[str], typing.TextIO, typing.BinaryIO, typing.TYPE_CHECKING
# --- equality and hashing
List[int] == List[int], Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]), Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], List[int] == list[int], Optional[int] == Union[None, int], Annotated[int, 1] == Annotated[int, 1], T == T, ForwardRef('x') == ForwardRef('x')
Union[int, str] == int | str, Union[int, str].__args__, List[int].__origin__, List[int].__args__, List[T].__parameters__, Dict[T, S].__parameters__, G[T].__parameters__, Callable[P, T].__parameters__, G.__parameters__, Generic
# --- errors
[attempt(eval, s) for s in ['List()', 'List[int, str]', 'G[int, str]', 'Generic[int]', 'Generic[T, T]', 'Union[()]', 'isinstance(1, List[int])', 'Optional[int, str]', 'ClassVar[int, str]', 'Any()', 'TypeVar("T", int)', 'TypeVar("T", covariant=True, contravariant=True)', 'TypeVar("T", int, str, bound=int)', 'Tuple[int, str][0]', 'List[int][str]', 'Callable[int]', 'Annotated[int]', 'Union[ClassVar[int]]', 'List[ClassVar[int]]', 'Union[Generic]', 'Final[int]()', 'Union()', 'ClassVar()', 'issubclass(int, Union)', 'isinstance(1, Any)', 'class X(Union): pass', 'Literal()', 'Tuple[1]', 'Dict[int]', 'NoReturn[int]', 'Concatenate[int]', 'Concatenate[()]', 'G[int][int]']]
[attempt(exec, s, dict(globals())) for s in ['class X(Union): pass', 'class X(List[int], Generic): pass', 'class X(Generic): pass', 'class X(Generic[T], Generic[S]): pass', 'class X(G[T], Generic[S]): pass', 'class X(TypeVar): pass', 'class X(Any): pass', 'class Y(NewType("U", int)): pass', 'class X(Annotated): pass']]
# --- isinstance / issubclass
isinstance([], List), isinstance({}, Dict), issubclass(list, typing.Sequence), isinstance(1, Union[int, str]), isinstance('a', Optional[str]), isinstance(None, Optional[str]), issubclass(bool, Union[int, str]), isinstance([], typing.Iterable), isinstance(1, typing.Hashable), isinstance(collections.deque(), typing.Deque)
isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt), isinstance(3.5, typing.SupportsIndex), issubclass(int, typing.SupportsAbs)
# --- get_origin / get_args / get_type_hints
get_origin(List[int]), get_origin(Union[int, str]), get_origin(Annotated[int, 1]), get_origin(Generic), get_origin(int), get_origin(P.args), get_origin(int | str), get_origin(list[int]), get_origin(Literal[1])
get_args(Callable[[int], str]), get_args(Dict[str, int]), get_args(Annotated[int, 1, 2]), get_args(int), get_args(Union[int, None]), get_args(Callable[..., int]), get_args(list[int]), get_args(int | str), get_args(Tuple[()])
def f(a: int, b: 'List[int]' = None, *args: str, c: 'Optional[G[int]]', **kw: float) -> 'Dict[str, int]': pass
get_type_hints(f)
class Ann:
    x: int
    y: 'List[str]'
    z: ClassVar[int] = 1
    w: Annotated[int, 'meta']
class Ann2(Ann):
    v: 'Ann'
get_type_hints(Ann2), get_type_hints(Ann2, include_extras=True)['w']
get_type_hints(1)
get_type_hints(len), get_type_hints(typing)
get_type_hints(lambda: None)
# --- generic classes
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
b = Box[int](5); b.item, b.__orig_class__, Box.__orig_bases__, Box.__mro__, Box[int].__origin__ is Box
class IntBox(Box[int]): pass
IntBox.__orig_bases__, IntBox.__parameters__, IntBox(3).item
class Pair(Generic[T, S]): pass
class Half(Pair[int, T]): pass
Half.__parameters__, Half[str], Pair[int, str].__args__
class MyList(List[T]): pass
MyList[int], MyList.__mro__, MyList([1, 2])
class MyDict(Dict[str, T]): pass
MyDict[int](a=1)
# --- Protocol
class Closable(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class Closable2(Protocol):
    def close(self) -> None: ...
class Door:
    def close(self): pass
isinstance(Door(), Closable2), isinstance(1, Closable2), issubclass(Door, Closable2)
isinstance(Door(), Closable)
Closable()
@runtime_checkable
class HasX(Protocol):
    x: int
class WithX:
    x = 1
isinstance(WithX(), HasX)
issubclass(WithX, HasX)
runtime_checkable(Door)
class ProtoG(Protocol[T]):
    def get(self) -> T: ...
ProtoG[int], ProtoG.__parameters__
class Impl(Closable):
    def close(self): return 'closed'
Impl().close()
class BadProto(Protocol, int): pass
# --- NamedTuple / TypedDict / NewType
class Emp(NamedTuple):
    name: str
    id: int = 3
    def describe(self): return f'{self.name}#{self.id}'
Emp('a'), Emp('b', 5).describe(), Emp._fields, Emp.__annotations__, Emp._field_defaults, Emp.__mro__, Emp.__module__
E2 = NamedTuple('E2', [('x', int), ('y', str)]); E2(1, 'a'), E2.__annotations__, E2.__module__
E3 = NamedTuple('E3', x=int); E3(5)
class BadNT(NamedTuple):
    a: int = 1
    b: int
class BadNT2(NamedTuple):
    x: int
    def _replace(self): pass
class GNT(NamedTuple, Generic[T]):
    v: T
GNT[int], GNT(1)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1); m, type(m), Movie.__annotations__, Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__, Movie.__mro__
class Partial(TypedDict, total=False):
    a: int
    b: Required[str]
Partial.__required_keys__, Partial.__optional_keys__, Partial.__total__
class Child(Movie):
    extra: NotRequired[bool]
sorted(Child.__required_keys__), sorted(Child.__optional_keys__), is_typeddict(Child), is_typeddict(dict)
TD = TypedDict('TD', {'a': int, 'b': str}, total=False); TD(a=1), TD.__optional_keys__, TD.__module__
isinstance({}, Movie)
class BadTD(TypedDict, int): pass
UserId = NewType('UserId', int)
UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId.__qualname__, UserId | None, NewType('a.b', str)
# --- decorators and helpers
cast(int, 'x'), cast('List[int]', 1), assert_type(5, int)
assert_never(5)
@overload
def ov(x: int) -> int: ...
@overload
def ov(x: str) -> str: ...
def ov(x): return x
ov(3), len(get_overloads(ov)), clear_overloads(), get_overloads(ov)
@final
class Fin: pass
Fin.__final__
@no_type_check
def nt(x: 'undefined'): pass
nt.__no_type_check__, get_type_hints(nt)
@dataclass_transform(kw_only_default=True)
def dt(cls): return cls
dt.__dataclass_transform__
sorted(typing.__all__) == sorted(set(typing.__all__)), len(typing.__all__)
