# int / float / str edge cases
import sys
print(int("  -0x_1f  ".strip().replace("_", ""), 16), int("0o17", 0), int("0_0"), int("١٢٣"), int(b"42"), int(bytearray(b"7")))
for s in ["0x", "1__0", "_1", "1_", "0b2", "  ", "+", "−1", "1e3", "١.5"]:
    try:
        print(int(s, 0) if s.startswith("0") else int(s))
    except ValueError as e:
        print("ValueError:", e)
print(float("1_000.5"), float("  .5 "), float("5."), float("-iNF"), float("+nan"), float("1e-400"), float("1e400"), float("0x1p3".replace("0x1p3", "8")))
for s in ["1__0.0", "1e", "e5", "..5", "inf5", "nan(1)"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
print(float.fromhex("0x1.8p1"), (2.5).hex(), (0.1).as_integer_ratio(), (-0.0).hex(), float.fromhex("-0x1p-1074"), (1.5).is_integer())
print(2**63, -2**63, 2**64 - 1, (2**100).bit_length(), (-1).bit_length(), (255).to_bytes(2, "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, -7.5 // 2, 7.5 % -2, divmod(-7, -2), 2 ** -2, (-2) ** 3, pow(-2, 3, 5), 10 ** 20 // 3, -(10 ** 20) // 7)
print(1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 3 * 1.1, 1e16 + 1, 2 ** 0.5, 10 ** -1)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 30) / (10 ** 10), 7 / 7, True + True, True * 3.5, -True, ~True, True & False, True | 2)
print(round(123.456, -1), round(-0.5), round(0.5 + 1e-16), round(1.0000000000000002, 15), round(2 ** 70, -20), round(7, 0), type(round(7.0, 0)), type(round(7.0)))
print(int(1e20), int(-1.9), int(True), float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1), 0.1 == 1 / 10, 1 == 1.0, hash(1.0) == hash(1), hash(2 ** 61 - 1), hash(-2 ** 61), hash(float("inf")), hash(0.5))
print(abs(-0.0), -0.0 == 0.0, str(-0.0), max(0.0, -0.0), min(-0.0, 0.0), float("nan") == float("nan"), [float("nan")] == [float("nan")])
n = float("nan"); print([n] == [n], n in [n], n is n)
print(str(123456789 ** 5), len(str(2 ** 10000)), hex(2 ** 70), oct(-8 ** 5), bin(2 ** 20 + 3))
try:
    int("9" * 4301)
except ValueError as e:
    print("ValueError:", str(e)[:80])
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4500)))
sys.set_int_max_str_digits(4300)
print("%d %i %u" % (3.9, -2.1, 5), "%x" % 255, "%.2e" % 12345, "%g" % 1e20, "%s" % 1e16, "%r" % 0.1)
try:
    "%x" % 1.5
except TypeError as e:
    print("TypeError:", e)
print("abc".center(9, "*"), "abc".ljust(2), "x".rjust(4, "0"), "-5".zfill(4), "+".zfill(3), "ab\tc\td".expandtabs(4), "a\nb\r\nc\rd".splitlines(True))
print("Hello World".swapcase(), "hello world".title(), "they're bill's".title(), "ǅ".lower(), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σσς".casefold())
print("a,b,,c".split(","), "a b  c ".split(), " a b ".split(None, 1), "a,b,c".rsplit(",", 1), "abc".partition("b"), "abc".rpartition("x"), "x".split("x"))
print("%s|%5s|%-5s|%.1s" % ("a", "b", "c", "de"), "abc"[::-1], "abcdef"[1:5:2], "abc"[-10:10], "é".encode(), "日本".encode("utf-16-le"), "\u00e9" == "e\u0301")
print("abc".find("c", -1), "abc".rfind("a", 1), "aaa".count("aa"), "aaa".replace("a", "b", 2), "abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "  x ".strip(), "xxhixx".strip("x"))
print("Ab1_".isidentifier(), "1a".isidentifier(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "ab".isalpha(), " \t".isspace(), "Ab".istitle(), "".isupper())
print(str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy", "c")), "abc".translate({97: None, 98: "BB"}), "a-b_c".translate(str.maketrans({"-": "_"})))
print("{:>10}".format("é"), ascii("é日\U0001F600"), repr("\x00\x7f\x80\u200b\ud800"), "\N{GREEK SMALL LETTER ALPHA}", len("\U0001F600"), "\U0001F600"[0])
print(ord(max("abc€")), sorted("bAaB"), sorted("bAaB", key=str.lower), "a" < "B", "€" > "z", "abc" * 0, "abc" * -1, "-".join(map(str, range(5))))
