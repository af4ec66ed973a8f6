# Big integer arithmetic: factorials, Fibonacci, powers, digit manipulations, modular arithmetic
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)), str(f100).count("0"), len(str(f100)) - len(str(f100).rstrip("0")))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300), fib(300) % 1_000_000_007, fib(1000).bit_length())
print(2 ** 521 - 1, (2 ** 521 - 1) % 97, pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, -1, 97), pow(12345678901234567890, 3, 98765))
x = 3 ** 200
print(x // 7 ** 50, x % 7 ** 50, divmod(-x, 12345), -x // 12345, (-x) % 12345)
print(x >> 100, x << 5 == x * 32, x & (2 ** 64 - 1), x | 1 == x + (x % 2 == 0), x ^ x, ~x == -x - 1)
print(int("9" * 50) + 1 == 10 ** 50, 10 ** 30 // 3, -(10 ** 30) // 3, 10 ** 30 % -7)
print(abs(-2 ** 100), (2 ** 100).bit_length(), hex(2 ** 100), oct(2 ** 70), bin(2 ** 40 + 1))
print((10 ** 25).to_bytes(11, "big"), int.from_bytes(b"\xff" * 12, "little"), (-1).to_bytes(4, "big", signed=True))
print(2 ** 64 == 18446744073709551616, 2 ** 63 - 1 > 2 ** 62, max(2 ** 100, 3 ** 60), min(-2 ** 100, -3 ** 60))
print(float(2 ** 100), int(1e20), int(2.5e30), 2 ** 100 / 2 ** 99, 10 ** 400 // 10 ** 399)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print(type(e).__name__, e)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
n = 10 ** 60 + 12345
r = isqrt(n)
print(r, r * r <= n < (r + 1) ** 2)
def digits_of_e(k):
    total = 0
    scale = 10 ** (k + 5)
    term = scale
    i = 0
    while term:
        total += term
        i += 1
        term //= i
    return str(total)[:k]
print(digits_of_e(60))
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(collatz_len(2 ** 100 + 1), max(range(1, 3000), key=collatz_len))
print(hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)), hash(-(2 ** 100)), hash(2 ** 61 - 1), hash(2 ** 61))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
