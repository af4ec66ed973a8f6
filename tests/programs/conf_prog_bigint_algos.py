def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
print(pi_digits(60))
print(isqrt_newton(2 * 10 ** 100), isqrt_newton(10 ** 50) == 10 ** 25)
def modpow(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([p for p in range(2, 80) if is_probable_prime(p)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 67 - 1), is_probable_prime(2 ** 89 - 1), modpow(3, 10 ** 20, 10 ** 9 + 7) == pow(3, 10 ** 20, 10 ** 9 + 7))
def fib_fast(n):
    def go(n):
        if n == 0:
            return (0, 1)
        a, b = go(n >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if n & 1 else (c, d)
    return go(n)[0]
f = fib_fast(1000)
print(len(str(f)), str(f)[:30], f % 1000000007)
def factor(n):
    out = []
    p = 2
    while p * p <= n:
        while n % p == 0:
            out.append(p)
            n //= p
        p += 1 if p == 2 else 2
    if n > 1:
        out.append(n)
    return out
print(factor(600851475143), factor(2 ** 32 + 1), factor(1234567890))
from fractions import Fraction
h = sum(Fraction(1, k) for k in range(1, 30))
print(h, float(h), h.numerator.bit_length())
def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
print(max(range(1, 10000), key=collatz_len))
