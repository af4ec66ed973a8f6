# probe: closures, class scopes, walrus, match, unpacking, f-strings, numbers, str/bytes methods, operator overloading
import functools, math, unicodedata, sys
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    return inc
f = outer(); f(); print(f(), f.__closure__[0].cell_contents)
class C:
    k = 5
    vals = [k for _ in range(2)] if False else None
    try:
        bad = [k * i for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.err)
if (n := len("hello")) > 3: print("walrus", n)
def classify(p):
    match p:
        case {"type": "point", "x": 0, "y": 0}: return "origin"
        case {"type": "point", "x": x, "y": y} if x == y: return f"diag {x}"
        case [first, *rest] if rest: return f"list {first} +{len(rest)}"
        case (1 | 2 | 3) as small: return f"small {small}"
        case str() as s if s.isupper(): return "shout"
        case C(): return "C instance"
        case _: return "other"
for v in [{"type": "point", "x": 0, "y": 0}, {"type": "point", "x": 2, "y": 2}, [1, 2, 3], 2, "HI", C(), 3.5]:
    print(classify(v))
a, *b, c = range(6); print(a, b, c, [*"ab", *{1: 2}])
print(f"{'x'!r:>6}|{3.14159:.2f}|{1234567:_}|{255:08b}|{f'{1+1}'}|{math.pi=:.3f}")
print(repr(0.1 + 0.2), 1e16, 1e-7, 123456789012345678.0, float("nan") == float("nan"), -0.0, round(2.5), round(3.5), round(-2.5))
print(int("ff", 16), int("0b101", 0), int(" 42 "), float("1_000.5"), 10 ** 30, 2 ** 100 // 3, (-7) ** 0.5)
print(divmod(10**20 + 7, 13), math.gcd(2**40, 6**20), math.isqrt(10**30), math.comb(50, 25), math.factorial(25))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), sorted(["bb", "a", "ccc", "dd"], key=len))
print("ß".casefold(), "hello".translate(str.maketrans("el", "ip")), "a=b=c".partition("="), "42".zfill(5), "a\tb".expandtabs(4))
print("one\r\ntwo\rthree\n".splitlines(), "x".center(7, "*"), "Hello World".swapcase(), "abc".removeprefix("a"))
print(unicodedata.name("é"), unicodedata.normalize("NFD", "é").encode(), unicodedata.category("A"), "İ".lower().encode())
print(b"%s %d %x" % (b"ab", 5, 255), bytes.fromhex("de ad"), b"abc".hex(":"), bytearray(b"xy") * 2, memoryview(b"abcd")[1:3].tobytes())
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += 100; return self
    def __index__(self): return self.x
    def __repr__(self): return f"V({self.x})"
    def __bool__(self): return self.x != 0
    def __len__(self): return 3
v = V(1); v += 1
print(V(1) + 2, 3 + V(1), sum([V(1), V(2)], V(0)), v, [0, 1, 2, 3][V(2)], bin(V(5)), bool(V(0)), len(v))
print(sys.maxsize, sys.float_info.epsilon, sys.int_info.bits_per_digit, (1).bit_length(), (255).to_bytes(2, "big"))
g = (i * i for i in range(3)); print(sum(g), sum(g))
print(list(zip(*[[1, 2], [3, 4]])), dict(zip("ab", range(2))), list(enumerate("xy", start=1)), list(reversed(range(3))))
print(any([]), all([]), max([], default=None), min("bca"), sum([[1], [2]], []), list(filter(None, [0, 1, "", "a"])))
try:
    sum(["a"], "")
except TypeError as e:
    print(e)
print(isinstance(True, int), type(True) is bool, True + True, hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b"})
