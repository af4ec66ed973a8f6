from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Vec:
    __match_args__ = ('a', 'b')
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f'Vec({self.a}, {self.b})'
class NoArgs:
    pass
class BadArgs:
    __match_args__ = 'x'
class TooFew:
    __match_args__ = ('a',)
    a = 1
def m(v):
    match v:
        case 0 | 1 as small: return f'small {small}'
        case True: return 'True?'
        case None: return 'None'
        case -5: return 'neg five'
        case 1.5 | 2+3j: return 'float/complex literal'
        case 'str' | b'bytes': return 'str or bytes literal'
        case [] : return 'empty seq'
        case [x]: return f'one {x}'
        case [1, *rest] if len(rest) > 2: return f'1 then many {rest}'
        case [1, *_]: return 'starts with 1'
        case (a, b, *mid, z): return f'abz {a} {b} {mid} {z}'
        case {'type': 'circle', 'r': r, **others}: return f'circle {r} {others}'
        case {'k': _}: return 'has k'
        case {}: return 'some mapping'
        case Point(x=0, y=0): return 'origin'
        case Point(0, yy): return f'on y axis {yy}'
        case Point(x=xx, y=yy) if xx == yy: return f'diag {xx}'
        case Point(): return 'a point'
        case Vec(1, b): return f'vec1 {b}'
        case Vec(a=2): return 'vec a2'
        case int(n) if n > 100: return f'big int {n}'
        case int() | float(): return f'number {v}'
        case str(s) if s.startswith('x'): return f'x-string {s}'
        case str() as s: return f'string {s!r}'
        case _: return f'other {type(v).__name__}'
for v in [0, 1, True, False, None, -5, 1.5, 2+3j, 'str', b'bytes', [], (), [9], (9,), [1, 2, 3, 4], [1, 2], [5, 6, 7, 8], (5, 6),
          {'type': 'circle', 'r': 3, 'c': 'red'}, {'k': 1, 'j': 2}, {'z': 0}, {}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Vec(1, 9), Vec(2, 0), Vec(3, 3),
          500, 50, 2.5, 'xyz', 'abc', 'a', b'x', bytearray(b'ab'), {1, 2}, range(3), 'ab', object]:
    print(repr(v)[:30], '->', m(v))
def errs(v, which):
    try:
        match v:
            case NoArgs(1) if which == 0: return 'no'
            case BadArgs(1) if which == 1: return 'no'
            case TooFew(1, 2) if which == 2: return 'no'
            case Vec(1, a=1) if which == 3: return 'no'
            case int(1, 2) if which == 4: return 'no'
            case _: return 'fallthrough'
    except TypeError as e:
        return f'TypeError: {e}'
print(errs(NoArgs(), 0), errs(BadArgs(), 1), errs(TooFew(), 2), errs(Vec(1, 2), 3), errs(5, 4), errs(5, 9))
class Weird:
    pass
try:
    match 5:
        case Weird.attr: pass
except AttributeError as e:
    print('AttributeError', e)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
for c in [Color.RED, Color.GREEN, 1]:
    match c:
        case Color.RED: print('red')
        case Color.GREEN: print('green')
        case _: print('not a color', c)
match {'a': 1, 'b': 2}:
    case {'a': 1, **rest}: print('rest', rest)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]: print(a, b, c, d)
match 'hello':
    case ('h' | 'j') as first: print('first', first)
    case str(x) if (n := len(x)) > 3: print('len', n)
from collections import OrderedDict, defaultdict, UserDict
for mp in [OrderedDict(a=1), defaultdict(int, a=1), UserDict(a=1)]:
    match mp:
        case {'a': 1}: print('mapping match', type(mp).__name__)
        case _: print('no mapping', type(mp).__name__)
dd = defaultdict(list)
match dd:
    case {'missing': _}: print('matched missing?')
    case _: print('defaultdict no auto insert', dict(dd))
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
match Seq():
    case [a, b]: print('custom seq matched')
    case _: print('custom seq not a Sequence')
import collections.abc
collections.abc.Sequence.register(Seq)
match Seq():
    case [a, b]: print('registered seq', a, b)
x = 3
match 3:
    case y: print('capture', y)
match (1, 2):
    case (1, 2) | [3, 4]: print('or of seqs')
match 1.0:
    case 1: print('1.0 matches 1')
match 0:
    case False: print('0 matches False? no: literal False uses is')
    case _: print('0 not False')
