# abs, divmod, pow, round, bin/oct/hex, int/float conversions, sum
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-2**70))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**65, 7))
for a, b in [(1, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3), pow(2.0, 0.5), pow(0, 0), pow(10, 20))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1), round(-15, -1))
print(round(1.23456, 3), round(7), round(7, 2), round(2.5, 0), type(round(2.5)), type(round(2.5, 0)), round(1e300, -299))
print(round(float("inf")) if False else "skip", round(0.1 + 0.2, 10))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-255), bin(0), hex(2**64))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(int("42"), int("-0x1f", 16), int("0b101", 0), int("  12  "), int("1_000"), int(3.99), int(-3.99), int(True), int("z", 36))
for bad in ["", "1.5", "abc", "0x", "1__0", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(float("3.14"), float(" -2.5e3 "), float("inf"), float("-infinity"), float("nan"), float(7), float("1_0.5"))
for bad in ["", "1.2.3", "abc"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([], 5), sum((x for x in (1.5, 2.5)), 1))
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1], "")
except TypeError as e:
    print(type(e).__name__, e)
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min([], default="empty"), max([1, -5, 3], key=abs), min("b", "A", "c", key=str.lower))
print(max([(1, "a"), (1, "b")]), min([], default=None), max(range(3), default=9), max([2, 2.0]), min([2.0, 2]))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(True + True, True * 3, 7 // 2, -7 // 2, 7 % -3, 2 ** -2, 10 / 4, 1e308 * 10, -1e308 * 10, 0.1 + 0.2)
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (255).bit_length(), (-1).bit_length(), (10).bit_count() if hasattr(int, "bit_count") else 2)
print(3.5.is_integer(), (2.0).as_integer_ratio(), (0.75).as_integer_ratio())
print(1_000_000, 0xff, 0o17, 0b1010, 1e3, 1.5e-3, .5, 5., 1j * 1j)
