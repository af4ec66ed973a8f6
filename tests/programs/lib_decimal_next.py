from decimal import Decimal, getcontext, localcontext
for s in ['1.23', '1.00', '9.99', '-1.00', '0', '1E-5', '123456789', '2.5']:
    d = Decimal(s)
    print(s, d.next_plus(), d.next_minus())
with localcontext() as c:
    c.prec = 3
    for s in ['1.23', '1.00', '9.99', '-1.00', '-9.99', '0.001']:
        d = Decimal(s)
        print(s, d.next_plus(), d.next_minus())
print(getcontext().flags[__import__('decimal').Inexact])
import statistics
print(statistics.stdev([Decimal('1.5'), Decimal('2.25'), Decimal('7')]))
