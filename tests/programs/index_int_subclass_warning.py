# __index__ / __int__ / __trunc__ returning a strict int subclass: DeprecationWarning, exact int result
import warnings
warnings.simplefilter('always')
class BadIndex:
    def __index__(self): return True
class BadIndex2(int):
    def __index__(self): return True
class BadInt:
    def __int__(self): return True
class BadInt2(int):
    def __int__(self): return True
class TruncReturnsBadIndex:
    def __trunc__(self): return BadIndex()
class TruncReturnsBadInt:
    def __trunc__(self): return BadInt()
class TruncReturnsIntSubclass:
    def __trunc__(self): return True
import operator, math
for o in [BadIndex(), BadIndex2(), BadInt(), BadInt2(), TruncReturnsBadIndex(), TruncReturnsBadInt(), TruncReturnsIntSubclass()]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            n = int(o)
            print(type(o).__name__, repr(n), type(n).__name__, [(x.category.__name__, str(x.message)) for x in w])
        except Exception as e:
            print(type(o).__name__, type(e).__name__, e, [(x.category.__name__, str(x.message)) for x in w])
    for f in (operator.index, math.floor, lambda x: range(x), lambda x: [0,1,2][x]):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            try:
                r = f(o)
                print('  ', repr(r), [(x.category.__name__, str(x.message)) for x in w])
            except Exception as e:
                print('  ', type(e).__name__, e, [(x.category.__name__, str(x.message)) for x in w])
