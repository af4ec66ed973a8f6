import statistics
from statistics import *
from fractions import Fraction as F
from decimal import Decimal as D
import random, math
def attempt(f, *a, **k):
    try: return f(*a, **k)
    except Exception as e: return (type(e).__name__, str(e))
rng = random.Random(8)
ints = [rng.randrange(-100, 100) for _ in range(31)]
floats = [rng.uniform(-1e3, 1e3) for _ in range(40)]
fracs = [F(rng.randrange(-50, 50), rng.randrange(1, 20)) for _ in range(15)]
decs = [D(rng.randrange(-10000, 10000)) / 100 for _ in range(12)]
datasets = [ints, floats, fracs, decs, [1, 2, 3, 4], [1.5], [2, 2.5], [1, F(1, 2)], [True, False, True], [1e300, 1e300], [float('inf'), 1], [float('nan'), 1.0], [], [5], ints + floats]
funcs = [mean, fmean, median, median_low, median_high, median_grouped, mode, multimode, variance, pvariance, stdev, pstdev, geometric_mean, harmonic_mean]
# --- all functions on all datasets
[[attempt(f, list(d)) for f in funcs] for d in datasets]
[[attempt(f, iter(d)) for f in (mean, fmean, variance, pvariance, stdev, pstdev, mode, median)] for d in datasets]
[attempt(quantiles, d, n=n, method=m) for d in datasets for n in (1, 2, 4, 10) for m in ('exclusive', 'inclusive')]
quantiles([1, 2, 3], method='x')
variance(floats, 1.0), variance(ints, 0), pvariance(floats, mean(floats)), stdev(fracs, F(1, 3)), pstdev([1, 2, 3], 2)
mean([1, 'a'])
mean(['a', 'b'])
mean([1, 2.5, F(1, 2)]), mean([F(1, 3), 1.0]), mean([D('1.1'), 2])
mean([D('1'), 1.5])
harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([1, 0, 2]), harmonic_mean([2.5]), harmonic_mean([-1, 2])
harmonic_mean([-1])
harmonic_mean(['a'])
fmean([1, 2, 3], weights=[3, 2, 1]), fmean(iter([1.5, 2.5])), fmean([1, 2], weights=iter([1, 1]))
fmean([1, 2], weights=[1])
fmean([1], weights=[0])
fmean([])
geometric_mean([54, 24, 36]), geometric_mean([0.5, 8])
geometric_mean([0, 1])
median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=1), median_grouped([1, 3, 3, 5, 7], interval=2), median_grouped(['a'])
median_grouped(['a', 'b'])
mode(['red', 'blue', 'blue', 'red', 'green']), multimode('aabbbbccddddeeffffgg'), multimode(''), mode([(1, 2), (1, 2), 3])
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
covariance(x, y), correlation(x, x[::-1]), linear_regression(x, [2 * v + 1 for v in x]), linear_regression(x, y, proportional=True), correlation(floats[:10], floats[10:20])
covariance([1], [1])
covariance([1, 2], [1])
correlation([1, 1], [1, 2])
linear_regression([1, 1], [1, 2])
# --- NormalDist
nd = NormalDist(100, 15)
nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance, nd.pdf(110), nd.cdf(110), nd.zscore(130), nd.quantiles(), nd.quantiles(10)
[nd.inv_cdf(p) for p in (1e-300, 1e-20, 1e-10, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999999, 1 - 1e-16)]
[NormalDist().inv_cdf(rng.random()) for _ in range(200)]
NormalDist(2.5, 0.5).overlap(NormalDist(5.0, 1.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(0, 1).overlap(NormalDist(0, 1))
nd + 5, 5 + nd, nd - 5, 5 - nd, nd * 2, 2 * nd, nd / 3, -nd, +nd, nd + NormalDist(0, 20), nd - NormalDist(1, 20), nd == NormalDist(100, 15), nd == 1, hash(nd) == hash((100.0, 15.0))
NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist.from_samples(floats)
NormalDist(1, -1)
NormalDist(0, 0).pdf(1)
NormalDist(0, 0).cdf(1)
NormalDist().inv_cdf(0)
NormalDist(0, 0).inv_cdf(0.5)
NormalDist().overlap(1)
NormalDist.from_samples([1])
len(NormalDist().samples(5, seed=1)), NormalDist().samples(3, seed=42) == NormalDist().samples(3, seed=42)
