a = 2 ** 200 + 12345
b = 3 ** 100 - 7
print(a + b, a - b, a * b, a // b, a % b, divmod(a, -b), -a // b, pow(a, 3, 10 ** 9 + 7), pow(b, -1, 10 ** 9 + 7))
print(a & b, a | b, a ^ b, ~a, a >> 100, a << 3, (-a) >> 5, (-a) & 0xFFFF, a.bit_length(), b.bit_count(), (-a).bit_length())
print(str(a)[:20], len(str(a)), hex(a)[:20], oct(b)[-5:], bin(b)[:12], int(str(a)) == a, int(hex(a), 16) == a, f"{a:,}"[:15], f"{b:_x}"[:15])
print(abs(-a) == a, -(-a) == a, a == a + 0, a > b, a != b, max(a, b) == a, sorted([a, -a, b, 0])[0] == -a, hash(a) == hash(a))
print(a / b, float(a), b / 10 ** 40, (a * 10 ** 50) // a, 10 ** 100 // 10 ** 99, round(a, -50) % 10 ** 50, round(123456789, -3))
print(int(1e18), int(1.5e18), int(-9.99e20), int("1" * 50), int("-0b" + "1" * 70, 0), int("z" * 10, 36), int("777", 8))
import math
print(math.isqrt(a), math.gcd(a, b), math.gcd(2 ** 64, 2 ** 32 * 3), math.lcm(12, 18, 30), math.factorial(25), math.comb(60, 30))
fact = 1
for i in range(1, 60):
    fact *= i
print(fact, fact % 1000003, fact.bit_length(), str(fact).count("0"))
x = 1
for i in range(1, 200):
    x = x * 31 + i
print(x % (2 ** 61 - 1), x >> 900, len(bin(x)))
print((10 ** 18 + 1) * (10 ** 18 - 1), (2 ** 64) ** 2, -(2 ** 63) - 1, 2 ** 63 // -3, (-2 ** 63) % 7, 7 % -(2 ** 65))
print(0 ** 0, (-1) ** 2 ** 70, 2 ** -1, (-8) ** (1 / 3) if False else "skip", 1 << 100 >> 99)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    10 ** 10 ** 10 % 0 if False else 1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(True + 2 ** 70, (2 ** 70).__index__() == 2 ** 70, int.__floordiv__(7, 2), (5).__rtruediv__(10), (3).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
print((255).to_bytes(4, "big"), int.from_bytes(bytes(range(20)), "big"), (2 ** 70).to_bytes(9, "little").hex())
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)), 12345678901234567890 * 98765432109876543210)
print(format(2 ** 100, "e"), format(2 ** 100, ".3g"), "%d" % (2 ** 80), "%x" % (2 ** 80), "%.3e" % (10 ** 30), float(2 ** 1023) * 1.5)
