# Rich comparisons and hashing
class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"P({self.v})"
class Ordered(P):
    def __lt__(self, o):
        print("lt", self, o)
        return self.v < o.v if isinstance(o, Ordered) else NotImplemented
    def __eq__(self, o):
        print("eq", self, o)
        return isinstance(o, Ordered) and self.v == o.v
    __hash__ = P.__hash__
a, b = Ordered(1), Ordered(2)
print(a < b)
print(b > a)   # reflected: a < b
print(a == Ordered(1), a != b)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 > a
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Ordered(3), Ordered(1), Ordered(2)]))

# default eq is identity, ne inverts eq
x, y = P(1), P(1)
print(x == x, x == y, x != y, x != x)
class EqOnly:
    def __eq__(self, o):
        return "custom"
print(EqOnly() == 1, EqOnly() != 1, 1 == EqOnly())
class NeRet:
    def __eq__(self, o):
        return NotImplemented
print(NeRet() == NeRet(), NeRet() != NeRet())

# hash rules
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)
class HashVal:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return self.v == o.v
print(hash(HashVal(5)), hash(HashVal(-1)), hash(HashVal(2**70)), len({HashVal(1), HashVal(1), HashVal(2)}))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class FloatHash:
    def __hash__(self):
        return 1.5
try:
    hash(FloatHash())
except TypeError as e:
    print(type(e).__name__, e)
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
print(hash(1) == hash(1.0) == hash(True), hash("") , hash(()), hash((1, 2)) == hash((1, 2)))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(0.5), hash(float("inf")), hash(float("-inf")))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))

# builtin comparison errors
for expr in ["1 < 'a'", "[] < ()", "{} < {}", "None < None", "1j < 2j", "object() < object()", "'a' >= 1", "[1] > [None]", "(1, 'a') < (1, 2)"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "->", e)
# chained comparisons
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, "a" < "b" <= "b" != "c")
# comparing mixed numeric types
print(1 == 1.0, 1 < 1.5, 2**100 > 1e30, float("nan") == float("nan"), 0.1 + 0.2 == 0.3, -0.0 == 0.0)
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), "abc" < "abd", [1, [2]] == [1, [2]], {1: 2} == {1: 2}, {1, 2} <= {1, 2, 3})
# functools-free total ordering by hand
class Version:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __le__(self, o):
        return self.t <= o.t
    def __repr__(self):
        return ".".join(map(str, self.t))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") >= Version("0.5"), Version("1.0") > Version("2.0"))
# __eq__ returning non-bool in containers
class Weird:
    def __eq__(self, o):
        return [1]
print(Weird() in [1, 2], [Weird()] == [1])
# identity shortcut in containers
nan = float("nan")
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), nan == nan)
# __lt__ raising
class Raises:
    def __lt__(self, o):
        raise ValueError("no ordering")
try:
    sorted([Raises(), Raises()])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(Raises(), Raises())
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
