# Operators: precedence, bitwise, boolean, identity, membership, unary, conditional expressions
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, 7.5 % 2, divmod(-7, 2), 2 ** -2, 0 ** 0)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 10, 1024 >> 3, -16 >> 2, -1 << 3, 5 & -1, 0b1010 | 0b0101, 0xff ^ 0x0f)
print(True and False, True or False, not True, not 0, not [], 1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or 0)
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 > 2, 1 == 1.0, 1 is not None, "a" in "abc", 3 not in [1, 2], [] == [], [] is []) if False else None
a = [1, 2]
b = a
c = [1, 2]
print(a == c, a is c, a is b, a is not c, None is None, type(a) is list, isinstance(a, list))
x = 5
print("big" if x > 3 else "small", "neg" if x < 0 else "zero" if x == 0 else "pos", (lambda: "called")() if x else None)
print(+x, -x, --x, -(-x), ~~x, not not x, abs(-x))
print(3 + 4j * 2, (3 + 4j) * 2, 1 + 2 == 3, (1 + 2) == 3, 1 + (2 == 3))
print("ab" < "b", (1, 2) < (1, 2, 3), [3] > [2, 9], {1} < {1, 2}, {1, 2} > {1}, {1} <= {1})
print(3 in {1: "a", 3: "b"}, "a" in {"a": 1}, 2 in range(5), "x" in ["x"], (1, 2) in [(1, 2)], 5 in iter([1, 5]))
n = 10
n += 1; n -= 2; n *= 3; n //= 2; n %= 7; n **= 2; n <<= 1; n >>= 2; n |= 1; n &= 7; n ^= 2
print(n)
print(1 + 2 * 3 - 4 / 2 ** 2 % 3, (1 + 2) * (3 - 4) / 2, -3 ** 2 + (-3) ** 2, not 1 == 2, not (1 == 2))
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, True & False, True | False, True ^ True)
print(1 if 0 else 2 if 0 else 3, [1, 2][True], "abc"[False], 2 ** 100 > 10 ** 30, 10 ** 30 > 2 ** 100)
def side(v):
    print("eval", v)
    return v
print(side(1) < side(2) < side(0) < side(5))
print(side(0) and side(1) or side(2))
print([i for i in range(10) if i % 2 == 0 and i % 3 != 0 or i == 9])
print(max(1, 2) if min(3, 4) > 2 else None, sorted([3, 1, 2])[-1], (lambda *a: sum(a))(1, 2, 3))
print(1_000 + 0b1_0 + 0o1_0 + 0x1_0, 1e3 + 1E-1, 1j ** 2, 10 % 3 ** 2, (10 % 3) ** 2)
print(5 // 0.3, 5 % 0.3 < 0.3, 2 ** 0.5 * 2 ** 0.5, round(2 ** 0.5 * 2 ** 0.5, 10), 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
