# integers, floats, big ints, division semantics, comparisons
print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1)
print(10 ** 20, 2 ** 100, -(2 ** 64), (2 ** 64) // 3, (2 ** 64) % 1000007, 3 ** 40 - 3 ** 39)
print(1.5 + 2, 0.1 + 0.2, 1e16, 1e-5, 123456789.125, 1 / 3, -0.0, 2.5 // 1, -2.5 // 1, 5.5 % 2, -5.5 % 2)
print(float("inf"), float("-inf"), float("nan"), 1e308 * 10, 2.0 ** 0.5)
print(abs(-5), abs(-2.5), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10, 1000), pow(3, -1, 7))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7, -1), round(15, -1))
print(int("42"), int("-0x1f", 16), int("0b101", 0), int(" 12_345 "), int(3.99), int(-3.99), float("1.5e3"), float(" -7 "))
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 30 > 1e29, 0.5 < 1)
print(True + True, True * 10, False - 1, int(True), bool(0), bool(""), bool([]), bool([0]), bool(0.0))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 70, (1 << 70) >> 68, -1 >> 3, -(2 ** 80) >> 3)
print(hex(255), oct(8), bin(10), hex(-255), bin(2 ** 70))
print(int.bit_length(1023), (2 ** 100).bit_length(), (-5).bit_length())
print(hash(1), hash(-1), hash(2 ** 61), hash(2 ** 64), hash(1.5), hash(-2.0), hash(0.1), hash(True))
x = 10
x += 5
x *= 2
x //= 4
x **= 3
x -= 1
x %= 100
print(x)
print(max(3, 1, 2), min([4, 2, 8]), max("abc", "abd"), sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []))
print(complex(1, 2), 1j * 1j, (1 + 2j) * (3 - 1j), abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"))
