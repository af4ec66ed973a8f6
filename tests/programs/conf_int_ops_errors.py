import math
from math import isqrt
def t(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, 'EXC', type(e).__name__, e)
for e in ['divmod(7, -2)', 'divmod(-7, 2)', 'divmod(0, 5)', 'divmod(1, 0)', '5 // 0', '5 % 0', 'pow(2, 10, 7)', 'pow(2, -1, 7)', 'pow(3, -2, 7)',
          'pow(2, -1, 4)', 'pow(2, 3, 0)', 'pow(2, 3, -5)', 'pow(-2, 3, 5)', 'pow(2, 3.0, 5)', 'pow(0, -1)', '0 ** -1', '2 ** -2', '(-8) ** 0.5',
          'pow(2, 100, 10**9+7)', '-7 >> 1', '-1 >> 100', '1 << -1', '1 >> -1', '-5 & 3', '-5 | 3', '-5 ^ 3', '~-1', '~0', '(-1) & 0xFF',
          '(2**100) >> 99', '1 << 100', '(-2**100) & (2**64-1)', 'int("0b101", 0)', 'int("0o17", 0)', 'int("0x_1f", 0)', 'int("010", 0)', 'int("0", 0)',
          'int("00", 0)', 'int("z", 36)', 'int("10", 1)', 'int("10", 37)', 'int(" 1_000 ")', 'int("1__0")', 'int("")', 'int("٣")', 'int(3.99)',
          'int("12", base=16)', 'int(b"12")', 'int(bytearray(b"7"))', 'int("1e3")', 'int(None)', 'int([])', 'int("0x1f", 16)', 'int("1f", 16)',
          '(255).to_bytes(2, "big")', '(255).to_bytes(1, "little")', '(256).to_bytes(1, "big")', '(-1).to_bytes(1, "big")', '(-1).to_bytes(2, "big", signed=True)',
          '(-129).to_bytes(1, "big", signed=True)', '(0).to_bytes(0, "big")', '(1).to_bytes()', '(1).to_bytes(2, "middle")', '(1).to_bytes(-1, "big")',
          'int.from_bytes(b"\\xff\\x00", "big")', 'int.from_bytes(b"\\xff\\x00", "little")', 'int.from_bytes(b"\\xff", "big", signed=True)', 'int.from_bytes(b"")',
          'int.from_bytes([1, 2], "big")', 'int.from_bytes("ab", "big")', '(10).bit_length()', '(-10).bit_length()', '(0).bit_length()', '(255).bit_count()', '(-255).bit_count()',
          '(7).as_integer_ratio()', '(5).conjugate()', 'True + True', 'True / 2', '-True', '~True', 'abs(-2**70)', 'round(12345, -3)', 'round(-15, -1)', 'round(5, 2)', 'round(7, None)',
          'hex(-255)', 'oct(-8)', 'bin(-5)', 'hex(2**64)', 'hex(1.5)', 'int.__new__(bool, 5)', 'bool(2)', 'str(-0)', 'repr(10**30)', 'len(str(2**10000))',
          '10**30 // 7', '-(10**30) // 7', '10**30 % -7', 'divmod(-10**30, 7)', '(10**30) / (10**10)', '2**1000 / 2**999', '(2**1024) / 1', '(2**1024) * 1.0', 'float(2**1024)',
          '1 / (2**2000)', '(10**400) // 1.5', 'math.gcd(2**100, 6**50)', '(3).__truediv__(0)', '(3).__add__(1.5)', '(3).__radd__(2)', 'int.__add__(3, 4)',
          'isqrt(10**20 + 1)', 'isqrt(-1)', 'math.factorial(-1)', 'math.factorial(3.0)', 'math.comb(5, 2)', 'math.perm(5)', 'math.comb(5, -1)']:
    t(e)
