import decimal
from decimal import Decimal as D, getcontext, localcontext
c = getcontext()
for a, b in [('1101', '1011'), ('1', '10'), ('0', '111'), ('12', '1'), ('-1', '1'), ('1.0', '1'), ('1E1', '1')]:
    for op in ('logical_and', 'logical_or', 'logical_xor'):
        try: print(a, op, b, getattr(D(a), op)(D(b)))
        except decimal.InvalidOperation as e: print(a, op, b, 'InvalidOperation', e)
print(D('101').logical_invert(), c.logical_invert(D('0')))
with localcontext() as ctx:
    ctx.prec = 5
    print(D('101').logical_invert(), D('1111111').logical_and(D('1')), D('12345').rotate(2), D('12345').rotate(-2), D('12345').shift(2), D('12345').shift(-2), D('123').rotate(1), D('-1.23').shift(1))
    for bad in ['6', '1.5', 'Inf']:
        try: print(D('1').rotate(D(bad)))
        except decimal.InvalidOperation as e: print('rotate', bad, 'InvalidOperation')
    print(D('Inf').rotate(1), D('NaN').shift(1), D('1').shift(D('NaN')))
print(D('1').next_toward(2), D('1').next_toward(0), D('1').next_toward(1), D('-0').next_toward(D('0')), D('0').next_toward(1))
print(c.next_toward(D(5), 10), c.rotate(D(12), 1), c.shift(D(12), 1), c.logical_and(D(1), D(1)), c.is_nan(D('NaN')), c.is_finite(D(1)), c.copy_sign(D(1), D(-2)), c.scaleb(D(1), 3))
print(c.compare_total(D(1), D('1.0')), c.max_mag(D(-3), D(2)), c.min_mag(D(-3), D(2)), c.number_class(D('-0')), c.same_quantum(D('1.0'), D('2.0')), c.next_plus(D(1)), c.is_canonical(D(1)), c.canonical(D(2)))
print(c.logb(D(250)), c.remainder_near(D(10), D(3)), c.is_normal(D(1)), c.is_subnormal(D('1e-999999')), c.is_qnan(D('NaN')), c.is_snan(D('sNaN')), c.is_infinite(D('-Inf')))
print(c.compare_signal(D(1), D(2)), c.compare_total_mag(D(-1), D(1)))
try: c.logical_and('1', 1)
except TypeError as e: print(e)
