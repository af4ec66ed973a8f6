# type.__flags__: the Py_TPFLAGS bits CPython documents (sequence/mapping for pattern matching,
# heap type, base type, abstract, subclass bits); __abc_tpflags__ may not set both collection bits
from collections.abc import Collection, Sequence, Mapping, MutableSequence
import abc

SEQUENCE, MAPPING, HEAPTYPE, BASETYPE, ABSTRACT = 1 << 5, 1 << 6, 1 << 9, 1 << 10, 1 << 20
READY = 1 << 12
LONG, LIST, TUPLE, BYTES, UNICODE, DICT, EXC, TYPE = (1 << n for n in range(24, 32))


class C:
    pass


class L(list):
    pass


for t in (object, int, bool, list, tuple, dict, str, bytes, type, BaseException, KeyError,
          C, L, Sequence, Mapping, MutableSequence, abc.ABC):
    f = t.__flags__
    print(t.__name__, type(f).__name__, f >= 0,
          [name for name, bit in [('seq', SEQUENCE), ('map', MAPPING), ('heap', HEAPTYPE),
                                  ('base', BASETYPE), ('ready', READY), ('long', LONG),
                                  ('list', LIST), ('tuple', TUPLE), ('bytes', BYTES),
                                  ('str', UNICODE), ('dict', DICT), ('exc', EXC), ('type', TYPE)]
           if f & bit])

try:
    class Both(Collection):
        __abc_tpflags__ = Sequence.__flags__ | Mapping.__flags__
except TypeError as e:
    print('TypeError', e)


class Seq(Collection):
    __abc_tpflags__ = Sequence.__flags__


print(bool(Seq.__flags__ & SEQUENCE), bool(Seq.__flags__ & MAPPING), '__abc_tpflags__' in Seq.__dict__)
class Concrete(Seq):
    def __contains__(self, x): return False
    def __iter__(self): return iter(())
    def __len__(self): return 0


match Concrete():
    case [*_]:
        print('sequence pattern')
    case _:
        print('no match')
try:
    int.__flags__ = 0
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
