class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 2
a = A()
print(vars(a), getattr(a, "x"), getattr(a, "zz", "default"), hasattr(a, "y"), hasattr(a, "q"))
setattr(a, "z", 3)
delattr(a, "x")
print(sorted(vars(a)), [n for n in dir(a) if not n.startswith("__")])
print(callable(len), callable(5), callable(A), isinstance(5, (str, int)), issubclass(bool, int), isinstance(True, int))
print(type(5) is int, type("s").__name__, type(None).__name__, type(type).__name__, type(A) is type)
print(len("abc"), len([1]), len({}), len(range(3, 10)), len(set("aab")))
print(abs(-3), abs(3.5), min(3, 1), max("a", "b"), sum(range(101)), sum([1.5, 2.5], 10))
print(list(zip("ab", [1, 2], (True, False))), list(enumerate([], 5)), dict(enumerate("xy")))
print(sorted(map(abs, [-3, 1, -2])), list(filter(lambda v: v > 1, [1, 2, 3])), list(reversed(range(4))))
print(chr(65), ord("a"), hex(4096), oct(64), bin(5), int("ff", 16), int("777", 8), format(255, "08b"))
print(divmod(100, 7), pow(2, 100) % 1000, pow(2, 0.5), round(3.14159, 3), round(-1.5))
print(hash("abc") == hash("abc"), hash(3) == hash(3.0), id(a) == id(a), id(a) != id(A()))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(5)), next(iter("xyz")), list(iter([1, 2].__iter__())))
print(str(b"bytes"), repr(b"\x00ab'"), bytes([65, 66]), b"abc"[1], b"a" + b"b", bytes(3), b"x y".split())
print(repr(str), repr(int), repr(len), type(len).__name__, type([].append).__name__)
print(isinstance([], list), isinstance({}, dict), isinstance(1.0, float), isinstance(None, type(None)))
print(ascii("héllo"), repr("héllo"), "ü".encode(), b"\xc3\xbc".decode(), "abc".encode("ascii"))
print(max([1, 5, 3], key=lambda v: -v), min("hello", key=ord), max([], default="empty"), sorted([3, 1], reverse=True))
print(slice(1, 5, 2), list(range(10))[slice(2, 8, 3)], "abcdef"[slice(None, None, -2)])
print(globals()["A"] is A, "a" in globals(), __name__)
def f():
    local_v = 1
    return locals()
print(f())
print(int.__name__, int.__mro__, bool.__bases__, object.__bases__, A.__dict__["cls_attr"])
print(getattr(A, "__qualname__"), A.__module__, A.__doc__, len.__name__, [].append.__name__)
try:
    getattr(a, "missing")
except AttributeError as e:
    print(e)
print(tuple(range(3)), tuple("ab"), list((1, 2)), set([3, 3]), frozenset("aa"), dict(a=1, b=2))
print(float(3), int(True), bool(None), str(3.0), complex(2), float("-inf"), int("-12"))
print(NotImplemented, Ellipsis, ..., None)
print(print.__name__, type(print), print("inner", end="!") is None)
