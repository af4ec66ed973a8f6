import enum
from enum import *
import copy, warnings
warnings.simplefilter('ignore', DeprecationWarning)
# --- basic Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
Color.RED, str(Color.RED), format(Color.RED), f'{Color.RED:>12}', repr(Color), str(Color)
Color(1), Color['GREEN'], Color.RED.name, Color.RED.value, Color.CRIMSON, Color.CRIMSON is Color.RED
list(Color), len(Color), list(reversed(Color)), Color.__members__
Color._member_names_, list(Color._member_map_), Color._value2member_map_, Color._member_type_, Color._value_repr_
Color(5)
Color['Z']
Color.RED in Color, 1 in Color
Color.name
Color.RED.GREEN
Color.RED = 5
del Color.RED
Color.NEW = 5; Color.NEW
Color.RED < Color.GREEN
Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.GREEN, hash(Color.RED) == hash('RED')
copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.BLUE) is Color.BLUE, Color.RED.__reduce_ex__(4)
isinstance(Color.RED, Color), type(Color.RED), type(Color), bool(Color), bool(Color.RED)
dir(Color), dir(Color.RED)
Color.RED._sort_order_, Color.BLUE._sort_order_, Color.RED.__objclass__
{Color.RED: 'r'}[Color.CRIMSON]
# --- definition errors
class E(Enum):
    A = 1
    A = 2
class E2(Enum):
    _x_ = 1
class E3(Enum):
    mro = 1
class Base(Enum):
    A = 1
class Ext(Base):
    B = 2
class E4(Enum):
    _order_ = 'B A'
    A = 1
    B = 2
class E5(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
list(E5)
class E6(int, str, Enum):
    A = 1
class E7(Enum):
    def A(self): return 1
    B = 2
    _ignore_ = 'C D'
    C = 3
    D = 4
    __private = 5
    x = nonmember(6)
    y = member(lambda: 7)
list(E7), E7.x, E7.y.value(), E7.A
class E8(Enum):
    A = 1
    def describe(self): return f'{self.name} is {self.value}'
    @classmethod
    def favorite(cls): return cls.A
    @property
    def twice(self): return self.value * 2
E8.A.describe(), E8.favorite(), E8.A.twice
class E9(Enum):
    name = 1
    value = 2
E9.name, E9.value, E9.name.name, E9.value.value
# --- auto
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
list(A), [m.value for m in A]
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()
list(Lower)
class Late(Enum):
    A = auto()
    def _generate_next_value_(name, start, count, last_values):
        return 5
class Mixed(Enum):
    A = 'x'
    B = auto()
list(Mixed)
class Tup(Enum):
    A = auto(), 'a'
    B = auto(), 'b'
[m.value for m in Tup]
repr(auto()), auto(5).value
# --- functional API
Animal = Enum('Animal', 'ANT BEE CAT')
list(Animal), Animal.ANT.value, Animal.__module__, Animal.__qualname__
Enum('Pet', ['DOG', 'CAT'], start=10).CAT.value
Enum('Pet', [('DOG', 'd'), ('CAT', 'c')])['CAT'].value
Enum('Pet', {'DOG': 5})
Enum('Shape', 'SQ, CIRC', module='mymod', qualname='ns.Shape').__qualname__
IntEnum('Num', 'ONE TWO').TWO + 1
Enum('X', 'A', type=int).A + 1
StrEnum('S', 'A B').B
Flag('F', 'R W X').X
# --- IntEnum / StrEnum / mixins
class Num(IntEnum):
    ONE = 1
    TWO = 2
Num.ONE, str(Num.ONE), format(Num.ONE), f'{Num.TWO:03d}', Num.ONE + 1, Num.TWO * 'ab', Num.ONE == 1, Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]), Num(2), int(Num.TWO), hash(Num.ONE) == hash(1)
Num('1')
class S(StrEnum):
    A = 'alpha'
    B = auto()
S.A, str(S.A), format(S.A), S.A + '!', S.B.value, S.A == 'alpha', S.A.upper(), f'{S.A:>8}'
class BadS(StrEnum):
    A = 1
class FloatE(float, Enum):
    PI = 3.14
FloatE.PI, str(FloatE.PI), format(FloatE.PI), FloatE.PI * 2, FloatE._value_repr_ is float.__repr__
class MyInt(int):
    def __repr__(self): return f'MyInt({int(self)})'
class WithRepr(MyInt, Enum):
    A = 1
WithRepr.A, str(WithRepr.A)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6))
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
Coord.PY, Coord(1).label, Coord.PX.value
class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'a': return cls.A
        if value == 'bad': return 5
        if value == 'raise': raise KeyError('k')
        return None
Missing('a'), Missing(1)
Missing('bad')
Missing('raise')
Missing('zz')
class Unh(Enum):
    A = [1]
    B = {'x': 1}
Unh([1]), Unh({'x': 1}), Unh._unhashable_values_
class Rev(Enum):
    def __str__(self): return 'custom ' + self.name
    def __format__(self, spec): return 'fmt ' + self.name
    A = 1
str(Rev.A), format(Rev.A), f'{Rev.A}'
# --- Flag
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
Perm.R | Perm.W, str(Perm.R | Perm.W), Perm.RWX, list(Perm), list(Perm.RWX), Perm(6), Perm(0), str(Perm(0)), bool(Perm(0)), len(Perm.RWX)
~Perm.R, ~Perm.RWX, ~Perm(0), Perm.R & Perm.RWX, Perm.R ^ Perm.RWX, Perm.R in Perm.RWX, Perm(-1), Perm(-2)
Perm(8)
1 in Perm.RWX
Perm.R | 1
Perm._flag_mask_, Perm._all_bits_, Perm._singles_mask_, Perm._boundary_, Perm._member_names_, repr(Perm), format(Perm.R | Perm.X)
Perm.R.__reduce_ex__(4), (Perm.R | Perm.W).__reduce_ex__(4)
class AF(Flag):
    A = auto()
    B = auto()
    C = auto()
[m.value for m in AF], AF.A | AF.C, list(AF.A | AF.C), AF(7)
class Sparse(Flag):
    A = 1
    C = 4
Sparse(5), Sparse(2)
class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
Conform(7), Conform(4)
class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
Eject(7), Eject(3)
class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
Keep(7), ~Keep.A, Keep(-1)
class Ordered(Flag):
    B = 2
    A = 1
list(Ordered(3)), list(Ordered)
class Neg(Flag):
    A = 1
    B = 2
    ALL = -1
Neg.ALL, Neg.ALL.value
# --- IntFlag
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
IP.R | IP.W, str(IP.R | IP.W), format(IP.R), IP(8), IP.R | 8, ~IP.R, repr(IP(0)), IP.R + 1, IP.R == 4, IP(7), list(IP(7)), IP.R & 6, 6 & IP.R, IP.R ^ 1
IP(-1), IP(12)
isinstance(IP.R | IP.W, IP), isinstance(IP.R | 8, int)
# --- unique / verify / misc
@unique
class U(Enum):
    A = 1
    B = 2
list(U)
@unique
class NU(Enum):
    A = 1
    B = 1
    C = 2
    D = 2
@verify(UNIQUE)
class VU(Enum):
    A = 1
    B = 1
@verify(CONTINUOUS)
class VC(Enum):
    A = 1
    C = 3
    E = 5
@verify(CONTINUOUS)
class VF(Flag):
    A = 1
    C = 8
@verify(NAMED_FLAGS)
class VN(Flag):
    A = 1
    B = 2
    ABC = 7
@verify(UNIQUE, CONTINUOUS)
class VOK(IntEnum):
    A = 1
    B = 2
list(VOK)
EnumCheck.UNIQUE, FlagBoundary.KEEP, list(FlagBoundary), STRICT, CONFORM
enum.show_flag_values(11), enum.bin(5), enum.bin(-5), enum.bin(5, 8)
EnumMeta is EnumType, enum.__all__
class Parent(Enum):
    def hello(self): return 'hello ' + self.name
class Child(Parent):
    A = 1
Child.A.hello(), list(Child)
class WithInitSub(Enum):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__)
class Sub1(WithInitSub):
    A = 1
class EmptyE(Enum): pass
list(EmptyE), len(EmptyE), EmptyE.__members__
# --- more flags and edge cases
class Multi(Flag):
    A = 1
    ABC = 7
Multi(7), Multi(1), list(Multi), Multi.ABC
Multi(2)
class KeepMulti(IntFlag):
    A = 1
    ABC = 7
KeepMulti(7), KeepMulti(2), KeepMulti(6), list(KeepMulti(7))
class Z(Flag):
    NONE = 0
    A = 1
Z(0), Z.NONE, list(Z), Z._member_names_
class Colors(IntEnum):
    RED = 1
    GREEN = 2
Colors.RED.__reduce_ex__(2), Colors.__members__.keys()
class TupleE(tuple, Enum):
    A = (1, 2)
    B = (3, 4)
TupleE.A, TupleE((1, 2)), TupleE.A[0]
class DupNames(Enum):
    A = 1
    a = 2
DupNames('x' == 'x')
class Ign(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
list(Ign), hasattr(Ign, 'tmp')
class GN(Enum):
    A = auto()
    _generate_next_value_ = lambda *a: 1
class Priv(Enum):
    __secret = 1
    A = 2
list(Priv)
E = Enum('E', 'A B')
E.A, E['B'], E(2)
class Ni(Enum):
    X = 1
    @staticmethod
    def helper(): return 'h'
Ni.helper(), list(Ni)
class Gbl(IntEnum):
    A = 1
global_str(Gbl.A), global_enum_repr(Gbl.A)
# --- pseudo-member caching
class IPC(IntFlag):
    R = 4
    W = 2
IPC(8) is IPC(8), IPC(12) is IPC(12), list(IPC._value2member_map_)
class KC(IntFlag):
    A = 1
    ABC = 7
KC(2); KC(-1); list(KC._value2member_map_)
class PC(Flag):
    A = 1
    B = 2
PC(-1); list(PC._value2member_map_)
# --- mixins and misc behaviours
class SE(str, Enum):
    A = 'a'
    B = 'b'
SE.A, str(SE.A), format(SE.A), f'{SE.B}', SE.A == 'a', SE('b'), SE.A.upper(), len(SE.A), SE._value_repr_, sorted(SE)
class NumE(IntEnum):
    ONE = 1
    TWO = 2
f'{NumE.ONE:>5}|{NumE.TWO:x}|{NumE.ONE!r}|{NumE.ONE!s}', '%d %s %r' % (NumE.ONE, NumE.ONE, NumE.ONE), NumE.ONE.__class__, type(NumE.ONE).__mro__
list(Color.__members__.items())[:2], len(Color.__members__), Color.__members__['CRIMSON']
class Multi2(Enum):
    A = (1, 'x')
    B = (2, 'y')
    def __init__(self, num, tag):
        self.num = num
        self.tag = tag
Multi2.A.num, Multi2.B.tag, Multi2((2, 'y')), Multi2.A.value
class Ordered2(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    X = 1, 'ex'
    Y = 2, 'why'
Ordered2(1), Ordered2.Y.label, Ordered2.X.value
class Perm2(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
(Perm2.R | Perm2.W | Perm2.X), Perm2(7).name, Perm2(3).name, [m.name for m in Perm2(6)], Perm2.RWX in Perm2.R, Perm2.R in Perm2(6)
class IF2(IntFlag):
    A = 1
    B = 2
IF2(0), bool(IF2(0)), IF2.A | IF2.B, ~IF2(0), ~(IF2.A | IF2.B), IF2(-3), IF2.A + IF2.B, IF2.A << 2, list(IF2(3)), len(IF2(3)), hash(IF2.A) == hash(1)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
[s.name for s in Shape], Shape(2).name, Shape['ALIAS_FOR_SQUARE'] is Shape.SQUARE, list(Shape.__members__)
class Base2(Enum):
    @classmethod
    def names(cls): return [m.name for m in cls]
    def __str__(self): return self.name.lower()
class Sub2(Base2):
    A = 1
    B = 2
Sub2.names(), str(Sub2.A), f'{Sub2.B}', repr(Sub2.A)
Enum('Color2', 'RED GREEN', module='mymod').__module__, Enum('C3', [('A', 1)]).A
class WithProp(Enum):
    A = 1
    @property
    def double(self): return self.value * 2
WithProp.A.double, dir(WithProp.A)
class Upper(StrEnum):
    Alpha = auto()
    BETA = 'B'
list(Upper), Upper.Alpha.value, str(Upper.BETA)
class Pet(Enum):
    CAT = 1
    DOG = 2
    def __repr__(self): return f'Pet({self.name})'
Pet.CAT, [Pet.CAT], {Pet.DOG: 1}
class Inherit(IntEnum):
    A = 1
    def __str__(self): return 'custom'
str(Inherit.A), format(Inherit.A), f'{Inherit.A}'
class Cnt(Enum):
    A = 1
    B = 2
Cnt.A.__class__.__name__, Cnt.A is Cnt(1), Cnt['A'] is Cnt.A, Cnt.A in [Cnt.A], Cnt.A in {Cnt.A: 1}
class KW(Enum):
    def __init_subclass__(cls, **kwargs):
        print('kwargs', kwargs)
        super().__init_subclass__()
class KW2(KW, extra=1):
    A = 1
class BoolLike(Flag):
    NONE = 0
    ONE = 1
BoolLike.NONE, bool(BoolLike.NONE), BoolLike(0) is BoolLike.NONE, ~BoolLike.ONE, ~BoolLike.NONE
