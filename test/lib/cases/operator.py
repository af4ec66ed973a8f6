import operator
from operator import *
class A:
    def __init__(self, **kw): self.__dict__.update(kw)
    def greet(self, *a, **k): return ('hi', a, k)
# --- arithmetic
add(1, 2), sub(5, 3), mul(3, 4), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10), neg(3), pos(-3), abs(-4)
and_(6, 3), or_(6, 3), xor(6, 3), inv(5), invert(5), lshift(1, 5), rshift(64, 2)
lt(1, 2), le(2, 2), eq(1, 1.0), ne(1, 2), ge(1, 2), gt(3, 2)
not_(0), truth([]), truth([1]), is_(None, None), is_not(1, None)
add('a', 'b'), mul('ab', 3), add([1], [2])
add(1, 'a')
truediv(1, 0)
index(5), index(True)
index(1.5)
class I:
    def __index__(self): return 7
index(I())
class BadI:
    def __index__(self): return 1.5
index(BadI())
matmul(1, 2)
operator.__add__(1, 2), operator.__not__(1), operator.__inv__(0)
# --- sequences
concat([1], [2]), concat('a', 'b'), concat((1,), (2,))
concat(1, 2)
concat({}, {})
contains([1, 2], 2), contains('abc', 'z')
countOf([1, 2, 1, 1.0, True], 1)
indexOf([4, 5, 6], 6)
indexOf([4, 5, 6], 7)
d = {}; setitem(d, 'k', 1); d
getitem(d, 'k'), getitem([1, 2, 3], slice(1, None))
delitem(d, 'k'); d
delitem(d, 'k')
l = [1, 2, 3, 4]; delitem(l, slice(0, 2)); l
length_hint([1, 2]), length_hint(iter([1, 2, 3])), length_hint(5), length_hint(5, 9)
length_hint(1, 1.5)
class LH:
    def __length_hint__(self): return NotImplemented
length_hint(LH(), 3)
class LH2:
    def __length_hint__(self): return -1
length_hint(LH2())
class LH3:
    def __length_hint__(self): return 'x'
length_hint(LH3())
# --- in-place
l = [1]; iadd(l, [2]) is l, l
iadd(1, 2), isub(5, 1), imul(2, 3), itruediv(1, 2), ifloordiv(7, 2), imod(7, 2), ipow(2, 3), ilshift(1, 2), irshift(8, 1), iand(6, 3), ior(6, 3), ixor(6, 3)
iconcat([1], [2])
iconcat(1, 2)
s = {1}; ior(s, {2}) is s
# --- attrgetter
ag = attrgetter('x')
ag
ag(A(x=1))
attrgetter('x', 'y.z')(A(x=1, y=A(z=2)))
attrgetter('x', 'y.z')
attrgetter('nope')(A())
attrgetter()
attrgetter(1)
attrgetter('a', b=1)
attrgetter('real')(3)
attrgetter('x').__reduce__()
sorted([A(x=3), A(x=1)], key=attrgetter('x'))[0].x
# --- itemgetter
ig = itemgetter(1)
ig, ig([5, 6]), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 3})
itemgetter(slice(1, 3))([1, 2, 3, 4])
itemgetter()
itemgetter(1, x=2)
itemgetter(5)([1])
itemgetter(1, 2).__reduce__()
# --- methodcaller
mc = methodcaller('greet', 1, k=2)
mc
mc(A())
methodcaller('upper')('abc')
methodcaller()
methodcaller(5)
methodcaller('nope')(A())
methodcaller('x', 1).__reduce__()
methodcaller('split', ',', maxsplit=1)('a,b,c')
# --- call
call(len, [1, 2]), call(dict, a=1)
call()
