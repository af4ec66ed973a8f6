"""Basic statistics (statistics module) for tspy.

Averages and spreads of real-valued data.  mean() and the variance family sum the
data exactly (as Fractions, grouped by denominator) and convert the result back to
the type of the data, so they are correctly rounded; standard deviations take a
correctly rounded square root of the exact variance.  fmean() and the correlation
functions use float arithmetic (math.fsum).
"""

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
    'pvariance', 'quantiles', 'stdev', 'variance',
]

import math
import numbers
import random
import sys

from fractions import Fraction
from itertools import groupby, repeat
from bisect import bisect_left, bisect_right
from math import hypot, sqrt, fabs, exp, erf, tau, log, fsum
from operator import mul
from collections import Counter, namedtuple, defaultdict
from functools import reduce

_SQRT2 = sqrt(2.0)


class StatisticsError(ValueError):
    pass


def _decimal_class():
    """decimal.Decimal when that module is loaded (otherwise no Decimal exists)."""
    return getattr(sys.modules.get('decimal'), 'Decimal', None)


def _is_decimal_type(kind):
    decimal_type = _decimal_class()
    return decimal_type is not None and issubclass(kind, decimal_type)


# ================================================================ exact arithmetic

def _exact_ratio(x):
    """(numerator, denominator) of a number; (x, None) for float/Decimal infinities
    and NaNs."""
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return x, None
    except AttributeError:
        pass
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _isfinite(x):
    """Whether x is finite: Decimal answers through is_finite(), other numbers through math."""
    check = getattr(x, 'is_finite', None)
    return check() if check is not None else math.isfinite(x)


def _coerce(T, S):
    """The type a result of data of types T and S is given (TypeError when they do
    not mix): ints give way to the other type, a subclass wins over its base, and
    Fraction with float gives float."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(result type, exact sum as a Fraction (or the float inf/nan), count)."""
    count = 0
    kinds = {}                       # types in order of first appearance (a dict, not a set:
                                     # the coercion order must not depend on addresses)
    by_denominator = {}
    for kind, values in groupby(data, type):
        kinds[kind] = None
        for numerator, denominator in map(_exact_ratio, values):
            count += 1
            by_denominator[denominator] = by_denominator.get(denominator, 0) + numerator
    if None in by_denominator:
        total = by_denominator[None]    # an infinity or NaN decides alone
    else:
        total = sum(Fraction(n, d) for d, n in by_denominator.items())
    return reduce(_coerce, kinds, int), total, count


def _ss(data, c=None):
    """(result type, exact sum of squared deviations, mean, count) in one pass; with
    c, the deviations are taken from c (computed in the data's own arithmetic)."""
    if c is not None:
        kind, total, count = _sum((deviation := x - c) * deviation for x in data)
        return kind, total, c, count
    count = 0
    kinds = {}                       # types in order of first appearance (a dict, not a set:
                                     # the coercion order must not depend on addresses)
    sums = defaultdict(int)          # denominator -> sum of numerators
    squares = defaultdict(int)       # denominator -> sum of squared numerators
    for kind, values in groupby(data, type):
        kinds[kind] = None
        for numerator, denominator in map(_exact_ratio, values):
            count += 1
            sums[denominator] += numerator
            squares[denominator] += numerator * numerator
    if not count:
        spread = centre = Fraction(0)
    elif None in sums:
        spread = centre = sums[None]
    else:
        sx = sum(Fraction(n, d) for d, n in sums.items())
        sxx = sum(Fraction(n, d * d) for d, n in squares.items())
        spread = (count * sxx - sx * sx) / count
        centre = sx / count
    return reduce(_coerce, kinds, int), spread, centre, count


def _convert(value, T):
    """The exact value (a Fraction) as type T (float when T is int but the value
    is not integral)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    """Pass values through, raising StatisticsError(errmsg) at a negative one."""
    for value in values:
        if value < 0:
            raise StatisticsError(errmsg)
        yield value


# ================================================================ correct square roots

def _integer_sqrt_of_frac_rto(n: int, m: int) -> int:
    """isqrt(n/m) with round-to-odd: the low bit records an inexact result."""
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


# Working precision for _float_sqrt_of_frac: enough bits that the final conversion
# to float rounds correctly (twice the significand plus guard bits).
_sqrt_bit_width: int = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n: int, m: int) -> float:
    """sqrt(n/m) as a correctly rounded float."""
    shift = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if shift >= 0:
        return (_integer_sqrt_of_frac_rto(n, m << 2 * shift) << shift) / 1
    return _integer_sqrt_of_frac_rto(n << -2 * shift, m) / (1 << -shift)


def _decimal_sqrt_of_frac(n: int, m: int):
    """sqrt(n/m) as a correctly rounded Decimal: the Decimal square root, moved one
    step up or down when a neighbour is closer."""
    Decimal = _decimal_class()
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    rn, rd = root.as_integer_ratio()
    above = root.next_plus()
    an, ad = above.as_integer_ratio()
    # n/m beyond the midpoint of root and its upper neighbour?
    if 4 * n * (rd * ad) ** 2 > m * (rd * an + ad * rn) ** 2:
        return above
    below = root.next_minus()
    bn, bd = below.as_integer_ratio()
    if 4 * n * (rd * bd) ** 2 < m * (rd * bn + bd * rn) ** 2:
        return below
    return root


def _root_of_fraction(value, T):
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(value.numerator, value.denominator)
    return _float_sqrt_of_frac(value.numerator, value.denominator)


# ================================================================ averages

def mean(data):
    """Arithmetic mean (exact, then rounded to the data's type)."""
    kind, total, count = _sum(data)
    if count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / count, kind)


def fmean(data, weights=None):
    """Arithmetic mean as a float (optionally weighted), using fsum()."""
    try:
        count = len(data)
    except TypeError:
        seen = [0]

        def counted(items):
            for seen[0], item in enumerate(items, start=1):
                yield item
        data = counted(data)
        count = None
    if weights is None:
        total = fsum(data)
        count = seen[0] if count is None else count
        if not count:
            raise StatisticsError('fmean requires at least one data point')
        return total / count
    try:
        weight_count = len(weights)
    except TypeError:
        weights = list(weights)
        weight_count = len(weights)
    numerator = fsum(map(mul, data, weights))
    count = seen[0] if count is None else count
    if count != weight_count:
        raise StatisticsError('data and weights must be the same length')
    denominator = fsum(weights)
    if not denominator:
        raise StatisticsError('sum of weights must be non-zero')
    return numerator / denominator


def geometric_mean(data):
    """Geometric mean (as a float, through logarithms)."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Harmonic mean (optionally weighted): the reciprocal of the mean of the
    reciprocals.  Zero if some value is zero; negative values are errors."""
    if iter(data) is data:
        data = list(data)
    negative = 'harmonic mean does not support negative values'
    count = len(data)
    if count < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if count == 1 and weights is None:
        only = data[0]
        decimal_type = _decimal_class()
        if not (isinstance(only, numbers.Real)
                or (decimal_type is not None and isinstance(only, decimal_type))):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = repeat(1, count)
        weight_total = count
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != count:
            raise StatisticsError('Number of weights does not match data size')
        _, weight_total, _ = _sum(w for w in _fail_neg(weights, negative))
    try:
        positive = _fail_neg(data, negative)
        kind, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, positive))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_total / total, kind)


def median(data):
    """Middle value (mean of the two middle values for an even count)."""
    data = sorted(data)
    count = len(data)
    if count == 0:
        raise StatisticsError("no median for empty data")
    half = count // 2
    if count % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """Middle value (the lower one for an even count)."""
    data = sorted(data)
    count = len(data)
    if count == 0:
        raise StatisticsError("no median for empty data")
    return data[count // 2] if count % 2 else data[count // 2 - 1]


def median_high(data):
    """Middle value (the higher one for an even count)."""
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data[len(data) // 2]


def median_grouped(data, interval=1.0):
    """Median of continuous data grouped in classes of width interval centred on
    the data values (interpolated within the middle class)."""
    data = sorted(data)
    count = len(data)
    if not count:
        raise StatisticsError("no median for empty data")
    middle = data[count // 2]
    first = bisect_left(data, middle)
    end = bisect_right(data, middle, lo=first)
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError(f'Value cannot be converted to a float')
    lower = middle - interval / 2.0
    return lower + interval * (count / 2 - first) / (end - first)


def mode(data):
    """Most common value (the first seen among equally common ones)."""
    ranked = Counter(iter(data)).most_common(1)
    if not ranked:
        raise StatisticsError('no mode for empty data')
    return ranked[0][0]


def multimode(data):
    """All the most common values, in order of first appearance."""
    tally = Counter(iter(data))
    if not tally:
        return []
    top = max(tally.values())
    return [value for value, times in tally.items() if times == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing the data into n groups of equal probability,
    interpolated linearly ('exclusive': sample method R6, 'inclusive': R7)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            delta = i * span - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ================================================================ spread

def variance(data, xbar=None):
    """Sample variance (divides by n-1); xbar is the mean if already known."""
    kind, spread, _, count = _ss(data, xbar)
    if count < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(spread / (count - 1), kind)


def pvariance(data, mu=None):
    """Population variance (divides by n); mu is the mean if already known."""
    kind, spread, _, count = _ss(data, mu)
    if count < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(spread / count, kind)


def stdev(data, xbar=None):
    """Sample standard deviation: square root of variance()."""
    kind, spread, _, count = _ss(data, xbar)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_of_fraction(spread / (count - 1), kind)


def pstdev(data, mu=None):
    """Population standard deviation: square root of pvariance()."""
    kind, spread, _, count = _ss(data, mu)
    if count < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_of_fraction(spread / count, kind)


def _mean_stdev(data):
    """(mean, sample standard deviation) as floats, in one pass."""
    _, spread, centre, count = _ss(data)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    per_item = spread / (count - 1)
    try:
        return float(centre), _float_sqrt_of_frac(per_item.numerator, per_item.denominator)
    except AttributeError:
        # an infinity or NaN in the data
        return float(centre), float(centre) / float(spread)


# ================================================================ two variables

def _centred_sums(x, y, name):
    count = len(x)
    if len(y) != count:
        raise StatisticsError(f'{name} requires that both inputs have same number '
                              f'of data points')
    if count < 2:
        raise StatisticsError(f'{name} requires at least two data points')
    xbar = fsum(x) / count
    ybar = fsum(y) / count
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return count, xbar, ybar, sxy


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    count, _, _, sxy = _centred_sums(x, y, 'covariance')
    return sxy / (count - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs."""
    _, xbar, ybar, sxy = _centred_sums(x, y, 'correlation')
    sxx = fsum((dx := xi - xbar) * dx for xi in x)
    syy = fsum((dy := yi - ybar) * dy for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares line y = slope * x + intercept (intercept 0 when
    proportional)."""
    count = len(x)
    if len(y) != count:
        raise StatisticsError('linear regression requires that both inputs have '
                              'same number of data points')
    if count < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / count
        ybar = fsum(y) / count
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((dx := xi - xbar) * dx for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope=slope,
                            intercept=0.0 if proportional else ybar - slope * xbar)


# ================================================================ NormalDist

# Wichura's algorithm AS241 (Applied Statistics 37, 1988): rational approximations
# of the inverse normal CDF.  Coefficients from the highest power down.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0))
_AS241_INTERMEDIATE = (
    (7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1,
     1.2704582524523683826e+0, 3.6478483247632045265e+0, 5.7694972214606914055e+0,
     4.6303378461565452959e+0, 1.4234371107496835773e+0),
    (1.0507500716444168432e-9, 5.4759380849953449460e-4, 1.5198666563616457197e-2,
     1.4810397642748007459e-1, 6.8976733498510000455e-1, 1.6763848301838038494e+0,
     2.0531916266377588219e+0, 1.0))
_AS241_TAIL = (
    (2.0103343992922881327e-7, 2.7115555687434875782e-5, 1.2426609473880784386e-3,
     2.6532189526576123093e-2, 2.9656057182850489123e-1, 1.7848265399172913358e+0,
     5.4637849111641143699e+0, 6.6579046435011037772e+0),
    (2.0442631033899397856e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
     7.8686913114561329059e-4, 1.4875361290850614852e-2, 1.3692988092273580531e-1,
     5.9983220655588793769e-1, 1.0))


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _normal_dist_inv_cdf(p, mu, sigma, /):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241_CENTRAL
        x = (_horner(top, r) * q) / _horner(bottom, r)
        return mu + (x * sigma)
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r = r - 1.6
        top, bottom = _AS241_INTERMEDIATE
    else:
        r = r - 5.0
        top, bottom = _AS241_TAIL
    x = _horner(top, r) / _horner(bottom, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    """Normal distribution of a random variable with mean mu and standard deviation
    sigma; supports arithmetic with constants and with independent NormalDists."""

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:             # a NaN sigma is accepted, as in CPython
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The NormalDist with the sample mean and standard deviation of data."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values (reproducible with a seed)."""
        draw = random.gauss if seed is None else random.Random(seed).gauss
        return [draw(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        """Probability that the variable is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x with cdf(x) == p, for 0 < p < 1."""
        # written as two comparisons so that a NaN p passes (and gives NaN), as in CPython
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n-1 points dividing the distribution into n equally likely parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Area shared by the two density curves (0.0 to 1.0), after Inman and
        Bradley (1989)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        narrow, wide = self, other
        if (wide._sigma, wide._mu) < (narrow._sigma, narrow._mu):
            narrow, wide = wide, narrow     # the result must not depend on the order
        var_n, var_w = narrow.variance, wide.variance
        if not var_n or not var_w:
            raise StatisticsError('overlap() not defined when sigma is zero')
        var_gap = var_w - var_n
        mean_gap = fabs(wide._mu - narrow._mu)
        if not var_gap:
            return 1.0 - erf(mean_gap / (2.0 * narrow._sigma * _SQRT2))
        # the two points where the densities cross
        base = narrow._mu * var_w - wide._mu * var_n
        extent = narrow._sigma * wide._sigma * sqrt(mean_gap * mean_gap
                                                     + var_gap * log(var_w / var_n))
        shared = 0.0
        for cross in ((base + extent) / var_gap, (base - extent) / var_gap):
            shared += fabs(wide.cdf(cross) - narrow.cdf(cross))
        return 1.0 - shared

    def zscore(self, x):
        """How many standard deviations x is above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc="The mean of the distribution.")
    median = property(lambda self: self._mu, doc="The median of the distribution.")
    mode = property(lambda self: self._mu, doc="The mode of the distribution.")
    stdev = property(lambda self: self._sigma,
                     doc="The standard deviation of the distribution.")
    variance = property(lambda self: self._sigma * self._sigma,
                        doc="The variance of the distribution.")

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * fabs(factor))

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / fabs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    # constants on the left: c + X is X + c, c * X is X * c, c - X is -(X - c)
    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        return -(self - other)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return (self._mu, self._sigma) == (other._mu, other._sigma)
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
