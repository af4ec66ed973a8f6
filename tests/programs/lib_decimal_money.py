from decimal import (Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP, InvalidOperation,
                     DivisionByZero, Inexact, Rounded, FloatOperation, BasicContext, ExtendedContext, DefaultContext)
import decimal

for s in ('0', '-0', '1.23', '-1.230', '1e5', '123E+3', '0.0000001', '0.000001', '1_000.5', '  7.5  ', '+.5', '5.',
          'Inf', '-Infinity', 'nan', 'NaN123', 'sNaN', '-sNaN45', '1E-7', '12345678901234567890.123456789', '0E+3', '-0.00',
          '1.0E+10', '4E-8', '.0001', '100', '1e-1000'):
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.as_tuple(), d.adjusted() if d.is_finite() else None, d.to_eng_string())
for bad in ('abc', '1..2', '', '1e', 'e5', '1_', '_1', '1__0', '--1', '1e+', 'Infx'):
    try:
        print(Decimal(bad))
    except InvalidOperation as e:
        print('InvalidOperation', e.args)
print(Decimal(0.1), Decimal(-2.5), Decimal(1e20), Decimal(float('inf')), Decimal(7), Decimal(-12345678901234567890123))
print(Decimal((0, (1, 2, 3), -2)), Decimal((1, (4, 5), 3)), Decimal((0, (), 'F')), Decimal(Decimal('3.3')))
for bad in ([1], (0, (1,)), (2, (1,), 0), (0, (10,), 0)):
    try:
        Decimal(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a, b = Decimal('19.99'), Decimal('3')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 2, b ** -2)
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.1') * Decimal('1.10'), Decimal('10') / Decimal('4'), Decimal('1') / Decimal('8'))
print(Decimal(1) / 7, Decimal(2).sqrt(), Decimal('0.25').sqrt(), Decimal(100).sqrt(), Decimal('1e10').sqrt(), Decimal(2) ** 100)
print(Decimal(-7) // 2, Decimal(-7) % 2, Decimal(7) % -2, Decimal('-4') % 2, Decimal('7.5') // Decimal('0.2'), Decimal('7.5') % Decimal('0.2'))
print(a + 1, 1 + a, 2 * a, a * 2, 10 / a, a / 10, 100 - a, 7 // Decimal(2), 7 % Decimal(2), 2 ** Decimal(3))
print(sum([Decimal('0.1')] * 10), sum(Decimal(x) / 100 for x in range(1, 101)))
price = Decimal('19.995')
for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP):
    print(r, price.quantize(Decimal('0.01'), rounding=r), (-price).quantize(Decimal('0.01'), rounding=r),
          Decimal('2.5').quantize(Decimal(1), rounding=r), Decimal('-0.5').to_integral_value(rounding=r))
print(Decimal('1.2').quantize(Decimal('0.001')), Decimal('123.456').quantize(Decimal('1E+1')), Decimal('0').quantize(Decimal('0.00')))
try:
    Decimal('1e30').quantize(Decimal('0.01'))
except InvalidOperation as e:
    print('InvalidOperation', e.args)
print(round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('2.675'), 2), round(Decimal('-1.5')), int(Decimal('-7.9')), float(Decimal('1.1')))
import math
print(math.floor(Decimal('-2.5')), math.ceil(Decimal('-2.5')), math.trunc(Decimal('-2.5')), Decimal('2.50').normalize(), Decimal('0.00').normalize(), Decimal('1E+2').normalize(), Decimal('120.00').normalize())
print(Decimal('1.5') == Decimal('1.50'), Decimal('1.5') == 1.5, Decimal(2) == 2, Decimal('0.1') == 0.1, Decimal('1') < Decimal('1.1'), Decimal('-0') == 0,
      Decimal('NaN') == Decimal('NaN'), Decimal('inf') > 10 ** 100, Decimal('-inf') < -1, max(Decimal('1'), Decimal('2.0')), sorted([Decimal('3'), Decimal('-1'), Decimal('2.5')]))
from fractions import Fraction
print(Decimal('0.5') == Fraction(1, 2), Decimal('0.3') < Fraction(1, 3), hash(Decimal('1.5')) == hash(1.5), hash(Decimal(7)) == hash(7),
      hash(Decimal('0.1')) == hash(Fraction(1, 10)), hash(Decimal('-2.50')) == hash(-2.5), hash(Decimal('inf')) == hash(float('inf')))
try:
    Decimal('1') < Decimal('NaN')
except InvalidOperation as e:
    print('InvalidOperation', e.args)
print(Decimal('1.2').compare(Decimal('1.20')), Decimal(1).compare(2), Decimal('12.0').compare_total(Decimal('12')), Decimal('-3').copy_abs(), Decimal(3).copy_negate(), Decimal(3).copy_sign(Decimal(-1)))
print(Decimal('1.5').is_signed(), Decimal(0).is_zero(), Decimal('inf').is_infinite(), Decimal('nan').is_nan(), Decimal('snan').is_snan(), Decimal(5).is_finite(), Decimal('1e-999999').is_normal(), Decimal('1e-1000000').is_subnormal())
print(Decimal('3.14').as_integer_ratio(), Decimal('-0.125').as_integer_ratio(), Decimal(100).as_integer_ratio(), Decimal('1.23').same_quantum(Decimal('4.56')), Decimal('2.5').scaleb(3), Decimal('5.00').number_class(), Decimal('-0').number_class())
print(Decimal(2).fma(3, 4), Decimal('12345').logb(), Decimal('10.5').remainder_near(3), Decimal('12').remainder_near(Decimal('10')))
for spec in ('', '.2f', '10.2f', '<10.2f', '^12.3f', '+.1f', ',.2f', '012.2f', '015,.2f', 'e', '.3e', 'E', '.2%', 'g', '.3g', '.10g', 'G', ' .2f', 'z.1f', '.0f', 'f', '*>12,.2f', '.1e'):
    print(repr(spec), format(Decimal('1234567.891'), spec), format(Decimal('-0.00012345'), spec), format(Decimal('-0.001'), spec), format(Decimal('5E+3'), spec))
try:
    format(Decimal(1), '_.2f')
except ValueError as e:
    print(e)
try:
    format(Decimal(1), '#.2f')
except ValueError as e:
    print(e)
print(f'{Decimal("2.5"):.0f} {Decimal("3.5"):.0f} {Decimal("0"):.3e} {Decimal("inf"):10} {Decimal("nan"):.2f} {Decimal("1e100"):.2e}')
print(getcontext())
print(getcontext().prec, getcontext().rounding, getcontext().Emax, getcontext().traps[DivisionByZero], getcontext().flags[Inexact])
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, Decimal('123456789') + 0, ctx)
with localcontext(prec=3, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) / 3, Decimal('9.999') * 1, ctx.flags[Inexact], ctx.flags[Rounded])
print(Decimal(2) / 3)
ctx = Context(prec=6, rounding=ROUND_HALF_UP, traps=[Inexact])
print(ctx, ctx.add(1, 2), ctx.divide(1, 4), ctx.create_decimal('3.14159'), ctx.multiply(Decimal('1.5'), 2), ctx.quantize(Decimal('2.0'), Decimal(1)))
try:
    ctx.divide(1, 3)
except Inexact as e:
    print('Inexact', e.args, isinstance(e, decimal.DecimalException), isinstance(e, ArithmeticError))
for f in (lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal(1) // 0, lambda: Decimal(5) % 0, lambda: Decimal(10 ** 30) // Decimal('0.001'),
          lambda: Decimal('sNaN') + 1, lambda: Decimal(-1).sqrt(), lambda: Decimal('inf') - Decimal('inf'), lambda: Decimal('inf') * 0):
    try:
        print(f())
    except (InvalidOperation, DivisionByZero, ZeroDivisionError) as e:
        print(type(e).__name__, e.args, isinstance(e, ZeroDivisionError))
for f in (lambda: Decimal('1') + 1.5, lambda: hash(Decimal('sNaN')), lambda: Context(prec=0), lambda: int(Decimal('nan')), lambda: int(Decimal('inf')), lambda: round(Decimal('inf')), lambda: Decimal(1).quantize(1, rounding='X'), lambda: Decimal(None)):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
c2 = Context(traps=[], prec=4)
print(c2.divide(1, 0), c2.divide(0, 0), c2.sqrt(-1), c2.flags[DivisionByZero], c2.flags[InvalidOperation], c2)
c2.clear_flags()
print(c2, c2.Etiny(), c2.Etop(), c2.copy().prec)
print(BasicContext, ExtendedContext, DefaultContext, sep='\n')
print(Decimal('7.123456789').__round__(3), str(Decimal('1e-7') * 1), repr(Decimal(10) ** 30), Decimal('9' * 30) + 1)
try:
    Decimal('1e999999') * 10
except decimal.Overflow as e:
    print('Overflow', e.args, getcontext().flags[Inexact])

d = Decimal('12.50')
print(d.real, d.imag, d.conjugate(), complex(d), bool(Decimal(0)), bool(Decimal('0.01')), Decimal.from_float(0.5), Decimal.from_float(3))
import pickle, copy
print(pickle.loads(pickle.dumps(d)) == d, copy.copy(d) is d, copy.deepcopy(d) is d)
