import dataclasses
from dataclasses import *
import typing
from typing import ClassVar, List, Optional
import copy
# --- basics
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(1, 3), p == (1, 2)
Point.__doc__, Point.__match_args__, Point.__dataclass_params__, Point.__init__.__qualname__, Point.__repr__.__qualname__
Point.__init__.__annotations__
Point()
Point(1, 2, 3)
Point(1, z=3)
Point(1, x=2)
Point.__hash__, hash(Point) is not None
p < Point(2, 2)
fields(Point)
fields(p)[0]
[f.name for f in fields(Point)], [f.type for f in fields(Point)], fields(Point)[1].default
fields(1)
is_dataclass(Point), is_dataclass(p), is_dataclass(1), is_dataclass(int)
asdict(p), astuple(p), replace(p, x=10), replace(p)
asdict(1)
astuple(Point)
replace(p, z=1)
replace(1)
MISSING, KW_ONLY, repr(dataclasses._HAS_DEFAULT_FACTORY)
match p:
    case Point(a, b): print('matched', a, b)
# --- field options
@dataclass
class C:
    a: int
    b: list = field(default_factory=list)
    c: str = field(default='x', repr=False)
    d: int = field(default=0, compare=False)
    e: int = field(default=1, init=False)
    f: dict = field(default_factory=dict, init=False, metadata={'unit': 'm'})
c = C(1)
c, c.b, c.e, c.f, C(1) == C(1, d=5), C(1, [2]).b
fields(C)[5].metadata, fields(C)[5].metadata['unit'], C.__doc__, C.__match_args__
C.e, hasattr(C, 'b'), C.c
field(default=1, default_factory=list)
@dataclass
class Bad:
    x: list = []
@dataclass
class Bad2:
    x: int = 1
    y: int
@dataclass
class Bad3:
    x = field()
@dataclass
class Hashy:
    x: int = field(hash=False)
    y: int = 0
Hashy.__hash__
# --- post_init / InitVar / ClassVar
@dataclass
class P2:
    a: int
    b: InitVar[int] = 10
    c: ClassVar[int] = 99
    d: int = field(init=False)
    def __post_init__(self, b):
        self.d = self.a * b
P2(2), P2(2, 3), P2.c, [f.name for f in fields(P2)], P2.__match_args__, P2.__doc__
P2.__dataclass_fields__['b']._field_type, P2.__dataclass_fields__['c']._field_type, InitVar[int], InitVar[List[int]]
replace(P2(1), a=5, b=2)
@dataclass
class P3:
    a: int
    b: InitVar[int]
    def __post_init__(self, b): self.x = b
replace(P3(1, 2), a=3)
replace(C(1), e=5)
@dataclass
class CV:
    x: ClassVar[list] = field(default_factory=list)
@dataclass
class SA:
    a: 'ClassVar[int]' = 5
    b: 'typing.ClassVar[int]' = 6
    c: 'InitVar[int]' = 7
    d: 'dataclasses.InitVar[int]' = 8
    e: 'int' = 9
[f.name for f in fields(SA)], SA.__doc__
# --- frozen / eq / order / hash
@dataclass(frozen=True)
class F:
    x: int
    y: list = field(default_factory=list, hash=False, compare=True)
f = F(1)
f, hash(f) == hash((1,)) or hash(f)
f.x = 2
del f.x
f.z = 3
@dataclass
class NotFrozen(F):
    z: int = 0
@dataclass(frozen=True)
class FrozenChild(Point):
    z: int = 0
@dataclass(order=True)
class O:
    a: int
    b: str = ''
O(1) < O(2), O(1, 'b') > O(1, 'a'), sorted([O(3), O(1), O(2)]), O(1) <= O(1), O(1) >= O(2)
O(1) < 5
@dataclass(order=True, eq=False)
class O2:
    a: int
@dataclass(order=True)
class O3:
    a: int
    def __lt__(self, other): return True
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: int = field(compare=False)
hash(UH(1, 2)) == hash((1,)), UH(1, 2) == UH(1, 3)
@dataclass(unsafe_hash=True)
class UH2:
    a: int
    def __hash__(self): return 1
@dataclass(eq=False)
class NoEq:
    a: int
NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__
@dataclass
class ExplicitHash:
    a: int
    def __hash__(self): return 42
hash(ExplicitHash(1))
@dataclass(frozen=True, eq=True)
class FH:
    a: int
    b: float = 1.5
hash(FH(1)) == hash((1, 1.5))
# --- repr / init / misc params
@dataclass(repr=False, init=False)
class NoRI:
    a: int = 3
NoRI().a, 'NoRI object' in repr(NoRI()), NoRI.__doc__
@dataclass
class Rec:
    x: object = None
r = Rec(); r.x = r; r
@dataclass
class WithSelf:
    self: int
    other: int = 1
WithSelf(1, 2), WithSelf(self=3)
@dataclass
class Inner:
    v: int
@dataclass
class Outer:
    inner: Inner
    items: list
    mapping: dict
o = Outer(Inner(1), [Inner(2), (Inner(3),)], {'k': Inner(4)})
asdict(o), astuple(o), asdict(o, dict_factory=lambda kv: sorted(kv))
import collections
NT = collections.namedtuple('NT', 'a b')
@dataclass
class WithNT:
    nt: NT
asdict(WithNT(NT(Inner(1), 2)))
@dataclass
class Base:
    x: int = 1
    y: int = 2
@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10
Derived(), [f.name for f in fields(Derived)], Derived.__match_args__
# --- kw_only
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
K(a=1), K(b=2, a=3)
K(1)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 5
K2(1, b=2), K2.__match_args__, K2.__doc__, K2.__init__.__kwdefaults__
K2(1, 2)
@dataclass
class K3:
    a: int = field(kw_only=True)
    b: int = 2
K3(5, a=1), K3.__doc__
@dataclass
class K4:
    _: KW_ONLY
    a: int
    __: KW_ONLY
@dataclass
class K5:
    x: int = 0
    y: int = field(kw_only=True)
K5(y=1)
@dataclass
class K6:
    a: 'KW_ONLY'
    b: int
K6(b=1)
# --- slots / weakref_slot
@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'
s = S(1)
s, S.__slots__, hasattr(s, '__dict__'), S.__qualname__
s.c = 1
@dataclass(slots=True, frozen=True)
class SF:
    a: int
sf = SF(1); copy.copy(sf), copy.deepcopy(sf), sf.__getstate__()
import pickle
@dataclass(weakref_slot=True)
class WS:
    a: int
@dataclass(slots=True, weakref_slot=True)
class WS2:
    a: int
WS2.__slots__
@dataclass(slots=True)
class AlreadySlots:
    __slots__ = ('a',)
    a: int
@dataclass(slots=True)
class SlotsChild(S):
    c: int = 0
SlotsChild.__slots__, SlotsChild(1, 'y', 2)
# --- make_dataclass
MD = make_dataclass('MD', ['a', ('b', int), ('c', list, field(default_factory=list))], namespace={'hello': lambda self: 'hi'})
MD(1, 2), MD(1, 2).hello(), MD.__module__, MD.__doc__, [f.type for f in fields(MD)]
make_dataclass('X', [('a', int, 1, 2)])
make_dataclass('X', ['1a'])
make_dataclass('X', ['def'])
make_dataclass('X', ['a', 'a'])
MD2 = make_dataclass('MD2', [('x', int)], bases=(Base,), frozen=True, order=True)
MD2 = make_dataclass('MD2', [('x', int)], order=True); MD2(1) < MD2(2)
# --- descriptors and defaults
class Desc:
    def __set_name__(self, owner, name): print('set_name', name)
    def __get__(self, obj, cls): return 42 if obj is None else obj.__dict__.get('_v', 42)
    def __set__(self, obj, v): obj.__dict__['_v'] = v
@dataclass
class WithDesc:
    d: int = Desc()
WithDesc(), WithDesc(5).d
@dataclass
class Default0:
    a: tuple = (1, 2)
    b: frozenset = frozenset()
Default0(), Default0.__doc__
import abc as abc_mod
class AB(abc_mod.ABC):
    @abc_mod.abstractmethod
    def m(self): ...
@dataclass
class Impl(AB):
    x: int = 0
    def m(self): return 1
Impl().m(), Impl.__abstractmethods__
@dataclass
class Empty:
    pass
Empty(), Empty() == Empty(), Empty.__doc__, fields(Empty), asdict(Empty())
@dataclass()
class Paren:
    a: 'List[int]' = None
    b: Optional[int] = None
    c: list[int] = None
Paren.__doc__
# --- more dataclass behaviours
@dataclass
class PB:
    a: int
    def __post_init__(self): print('PB post_init', self.a)
@dataclass
class PC(PB):
    b: int = 0
PC(1, 2), PC.__match_args__
@dataclass
class Over:
    x: int = 1
@dataclass
class Over2(Over):
    x: int = 5
    y: str = 'y'
Over2(), fields(Over2)[0].default
@dataclass(frozen=True)
class FF:
    a: int
    b: list = field(default_factory=list, init=False)
FF(1), FF(1).b
@dataclass
class R3:
    a: int = field(repr=False)
    b: int = 2
R3(1)
@dataclass(eq=False, order=True)
class EO:
    a: int
@dataclass
class WithIV:
    x: int
    y: InitVar[int] = 5
    def __post_init__(self, y): self.z = self.x + y
replace(WithIV(1), x=2).z, replace(WithIV(1, 10), y=3).z
@dataclass(slots=True)
class SD:
    a: int = 1
    b: list = field(default_factory=list)
SD(), SD(2, [1]), SD.__slots__, SD.a if False else 'skip'
@dataclass
class RecL:
    items: list = field(default_factory=list)
rl = RecL(); rl.items.append(rl); rl
MD3 = make_dataclass('MD3', [('a', int, field(default=1))], bases=(Over,), namespace={'k': 1})
MD3(), MD3.k, MD3.__mro__[1].__name__
@dataclass
class CompareNone:
    a: object = None
CompareNone() == CompareNone(), CompareNone(1) < CompareNone(2) if False else None
@dataclass(order=True)
class Ord:
    a: int
    b: int = field(compare=False)
Ord(1, 9) < Ord(2, 0), Ord(1, 9) == Ord(1, 0), sorted([Ord(3, 1), Ord(1, 2)])
@dataclass
class Props:
    _x: int = 0
    @property
    def x(self): return self._x
Props(5).x, Props.__match_args__
@dataclass
class DefaultList:
    a: list = None
    b: dict = field(default=None)
DefaultList()
@dataclass
class UsesSelfDefault:
    x: int = 3
    def double(self): return self.x * 2
UsesSelfDefault().double(), UsesSelfDefault.__init__.__defaults__
is_dataclass(dataclass), dataclasses.__all__
@dataclass(repr=True)
class HasRepr:
    a: int
    def __repr__(self): return 'mine'
HasRepr(1)
@dataclass(eq=True)
class HasEq:
    a: int
    def __eq__(self, o): return True
HasEq(1) == HasEq(2), HasEq.__hash__
