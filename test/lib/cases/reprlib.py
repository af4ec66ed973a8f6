import reprlib
from reprlib import Repr, recursive_repr
import collections, array
# --- reprlib
reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(frozenset(range(3))), reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr(2 ** 200), reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr(collections.deque(range(10))), reprlib.repr(array.array('i', range(10))), reprlib.repr(array.array('b'))
r = Repr(); r.maxlist = 2; r.maxstring = 10; r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.repr(object).split(' at ')[0]
class Bad:
    def __repr__(self): raise ValueError
reprlib.repr(Bad()).split(' at ')[0]
class Long:
    def __repr__(self): return 'L' * 100
reprlib.repr(Long()), reprlib.repr([]), reprlib.repr({}), reprlib.repr(set()), reprlib.repr({'a': [1, 2, {'b': 3}]})
class R:
    def __init__(self): self.items = [self]
    @recursive_repr()
    def __repr__(self): return f'R({self.items!r})'
R()
class R2(list):
    @recursive_repr('<loop>')
    def __repr__(self): return 'R2' + list.__repr__(self)
x = R2([1]); x.append(x); x
R.__repr__.__name__, R.__repr__.__wrapped__.__name__
