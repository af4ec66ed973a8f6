from fractions import Fraction as F
import fractions, numbers, math, random, copy, decimal
def attempt(f, *a):
    try: return f(*a)
    except Exception as e: return (type(e).__name__, str(e))
# --- construction
F(), F(3), F(2, 4), F(3, -6), F(-0), F(True), F(1.5), F(0.1), F(F(1, 2), F(1, 3)), F(numbers.Integral.register and 7)
F('1/3'), F(' -1_000/3_0 '), F('1.'), F('.5e2'), F('1e-3'), F('1.5E+2'), F('+.5'), F('  7  '), F('١٢'), F('3.1415'), F('-0.0')
[attempt(F, s) for s in ['1.dd', '1/0', 'x', '1_', '_1', '1/2e3', '1.5/2', '-', '', ' ', '1__0', '1/-2', '1 /2', '1e', '.', '.e1', 'e1', '1.e5', '1d', '1.d', '1.5_5', 'nan', 'inf', '0x10', '1/2 ', '\t1/2\n', '1/_2', '1/2_', '+-1', '1.2.3', '5e+1_0']]
F(1, 0)
F('1/0')
F([])
F(1, 2.0)
F(float('nan'))
F(float('inf'))
F(decimal.Decimal('1.25')), F.from_decimal(decimal.Decimal('-0.5')), F.from_decimal(3)
F.from_decimal(1.5)
F.from_float(0.1), F.from_float(3), F.from_float(-2.5)
F.from_float('x')
repr(F(1, 3)), str(F(4, 2)), str(F(-1, 3)), F(1, 2).numerator, F(1, 2).denominator, F(1, 2).as_integer_ratio(), F(1, 2).real, F(1, 2).imag, F(1, 2).conjugate()
# --- arithmetic
a, b = F(1, 3), F(-5, 4)
a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(b), a ** 2, a ** -2, b ** 3, b ** -3, a ** 0
a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, a // 7, 7 % a, divmod(7, a), 2 ** F(3), 2 ** F(-1), F(4) ** F(1, 2), 2 ** F(1, 2)
a + 0.5, 0.5 + a, a * 1j, 1j * a, a - 2.5, a / 0.25, a ** 0.5, a == 1 / 3, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j, F(1) == 1, F(1, 2) < 0.6, F(1, 2) >= 1, F(1, 2) < F(2, 3)
a / 0
F(0) ** -1
a < 1j
a + 'x'
F(-7, 3) % 2, F(7, 3) // F(1, 2), divmod(F(7, 3), 2), F(-7, 2) // 1, divmod(-7, F(2, 3))
math.floor(F(-1, 2)), math.ceil(F(-1, 2)), math.trunc(F(-3, 2)), int(F(-7, 2)), float(F(1, 3)), complex(F(1, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(7, 3), 2), round(F(12345, 7), -2), bool(F(0)), bool(F(1, 9))
F(float('nan')) if False else (F(1) == float('nan'), F(1) < float('inf'), F(1) > float('-inf'))
hash(F(1, 3)), hash(F(5)), hash(F(-1)), hash(F(1, 2)) == hash(0.5), hash(F(2**70, 3)), hash(F(-7, 2**61 - 1))
F(10, 3).limit_denominator(2), F(3141592653589793, 10**15).limit_denominator(100), F(1, 3).limit_denominator(10), F(-5, 7).limit_denominator(3)
F(1, 3).limit_denominator(0)
copy.copy(F(1, 2)), copy.deepcopy(F(1, 2)), F(1, 2).__reduce__()
isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Integral), issubclass(int, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(True, numbers.Number)
class MyF(F): pass
MyF(1, 2), type(MyF(1, 2) + 1).__name__, +MyF(3), copy.copy(MyF(1, 2))
sorted([F(1, 2), F(1, 3), 0.4, 1, F(-1)])
sum(F(1, n) for n in range(1, 20))
# --- fuzz
rng = random.Random(4)
vals = [F(rng.randrange(-50, 50), rng.randrange(1, 30)) for _ in range(60)] + [0, 1, -3, 0.5, 2.25]
ops = ['+', '-', '*', '/', '//', '%', '<', '==', '**']
[attempt(lambda x, y, o: eval(f'x {o} y'), x, y, o) for x in vals[:25] for y in vals[30:45] for o in ops]
[F(rng.randrange(-10**6, 10**6), rng.randrange(1, 10**6)).limit_denominator(rng.randrange(1, 100)) for _ in range(200)]
[hash(F(rng.randrange(-10**20, 10**20), rng.randrange(1, 10**20))) for _ in range(100)]
class Num(numbers.Integral): pass
Num()
