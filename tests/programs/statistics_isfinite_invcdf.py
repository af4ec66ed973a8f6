# statistics: _isfinite over int/Fraction/float/Decimal; NormalDist.inv_cdf edge values
import math
import statistics
from decimal import Decimal
from fractions import Fraction

print([statistics._isfinite(x) for x in (5, Fraction(1, 3), 2.5, Decimal('5.5'), float('inf'),
                                         Decimal('-inf'), float('nan'), Decimal('NaN'), Decimal('sNaN'))])
Z = statistics.NormalDist()
print(math.isnan(Z.inv_cdf(float('nan'))), round(Z.inv_cdf(0.975), 9), Z.inv_cdf(0.5))
for p in (0.0, 1.0, -0.5, 1.5, float('inf')):
    try:
        print(Z.inv_cdf(p))
    except statistics.StatisticsError as e:
        print('StatisticsError', e)
for sigma in (0, float('nan')):
    try:
        print(statistics.NormalDist(1, sigma).inv_cdf(0.3))
    except statistics.StatisticsError as e:
        print('StatisticsError', e)
