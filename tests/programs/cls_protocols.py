# Truth, length, container and iteration protocols, __call__, __format__
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Truthy(True)), bool(Truthy(False)), bool(Sized(0)), bool(Sized(3)), bool(object()))
if Sized(2):
    print("sized truthy")
print(not Sized(0), len(Sized(7)))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2**100
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)

# sequence protocol via __getitem__
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s, [x for x in s if x > 5], tuple(reversed([*s])))
it = iter(s)
print(next(it), next(it), type(it).__name__)
try:
    reversed(s)
except TypeError as e:
    print(type(e).__name__, e)
class SeqLen(Seq):
    def __len__(self):
        return 4
print(list(reversed(SeqLen())))

# __iter__/__next__
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
a, b, c = Countdown(3)
print(a, b, c)
try:
    a, b = Countdown(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = Countdown(3)
except ValueError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in 5: pass
except TypeError as e:
    print(type(e).__name__, e)

# __reversed__ and __contains__
class Rev:
    def __reversed__(self):
        return iter("cba")
    def __contains__(self, x):
        print("contains", x)
        return x == "magic"
print(list(reversed(Rev())), "magic" in Rev(), "other" not in Rev())
class ContainsNonBool:
    def __contains__(self, x):
        return [1]
print(1 in ContainsNonBool())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)

# mapping protocol
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get(key, ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[1, 2], g[2, 2], len(g))
del g[0, 0]
print(len(g))
try:
    del g[5, 5]
except KeyError as e:
    print(type(e).__name__, e)
class Slicer:
    def __getitem__(self, k):
        return k
sl = Slicer()
print(sl[1], sl[1:2], sl[::2], sl[1:2, 3], sl[...], sl[:, None], sl["a":"b":"c"])
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Slicer()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Slicer()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# __call__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder), callable(5), list(map(add5, [1, 2])))
try:
    5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)

# __format__
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        return f"${self.v:{spec}}"
    def __str__(self):
        return "Money!"
m = Money(3.14159)
print(f"{m}", f"{m:.2f}", format(m, ">10"), "{:.1f}".format(m), "{}".format(m), str(m), f"{m!s}", f"{m!r:.4}")
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat()!s:>5}")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)

# __int__, __float__, __complex__, __round__, __trunc__...
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
    def __round__(self, nd=None):
        return f"round({nd})"
    def __trunc__(self):
        return 3
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
n = Num()
print(int(n), float(n), round(n), round(n, 2))
class OnlyIndex:
    def __index__(self):
        return 4
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
for bad in [[], {}, None, "x1"]:
    try:
        int(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
# __repr__ / __str__ fallbacks
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(str(OnlyRepr()), repr(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()], "%s %r" % (OnlyRepr(), OnlyRepr()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
