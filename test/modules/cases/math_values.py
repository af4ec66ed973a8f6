# math: every function over many arguments (deterministic pseudo-random floats plus edge
# cases); one line per call with the repr of the result or the exception raised.
# ulp-tolerance: 2
import math

def lcg(seed):
    s = seed
    while True:
        s = (s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield s

g = lcg(12345)
def unit():
    return next(g) / 2.0**64

def args_for(kind, n):
    out = []
    for i in range(n):
        u = unit()
        k = i % 5
        if k == 0: x = (u - 0.5) * 20
        elif k == 1: x = (u - 0.5) * 2
        elif k == 2: x = math.ldexp(u, int(unit() * 120) - 60) * (1 if unit() < 0.5 else -1)
        elif k == 3: x = (u - 0.5) * 1400
        else: x = u * 4
        out.append(x)
    return out

EDGE = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-300, -1e-300, 5e-324, 1e300, -1e300, 709.78, 710.0, -745.2,
        float('inf'), float('-inf'), float('nan'), math.pi, math.e, 1.7976931348623157e308, 3, -7, 10**20, True]

def show(f, *a):
    try:
        r = f(*a)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        return '%s: %s' % (type(e).__name__, e)
    return repr(r)

ONE = ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
       'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'cbrt', 'erf', 'erfc', 'gamma', 'lgamma', 'fabs', 'floor',
       'ceil', 'trunc', 'frexp', 'modf', 'isfinite', 'isinf', 'isnan', 'degrees', 'radians', 'ulp']
N = 400
for name in ONE:
    f = getattr(math, name)
    for x in EDGE + args_for(name, N):
        print(name, repr(x), show(f, x))

TWO = ['pow', 'atan2', 'hypot', 'fmod', 'remainder', 'copysign', 'nextafter', 'log', 'dist2']
for name in TWO:
    f = getattr(math, name, None) or (lambda a, b: math.dist((a,), (b,)))
    xs = args_for(name, 150)
    ys = args_for(name, 150)
    pairs = [(a, b) for a in EDGE[:18] for b in EDGE[:18]] + list(zip(xs, ys)) + list(zip(xs, [round(y) for y in ys]))
    for a, b in pairs:
        print(name, repr(a), repr(b), show(f, a, b))

for n in list(range(0, 30)) + [100, 171, 1000, 2**64 + 1, -1, -2**70]:
    print('int', n, show(math.factorial, n), show(math.isqrt, n), show(math.log, n), show(math.log2, n), show(math.log10, n))
for n in [0, 1, 5, 10, 50, 100, 10**20, -3]:
    for k in [0, 1, 2, 3, 7, 25, 60, 10**19, -1]:
        print('comb', n, k, show(math.comb, n, k), show(math.perm, n, k))
print(show(math.perm, 7), show(math.perm, 7, None), show(math.comb, 2**70, 3))
print(show(math.gcd), show(math.gcd, 0), show(math.gcd, -12), show(math.gcd, 12, 18, -30), show(math.gcd, 2**100, 6**60))
print(show(math.lcm), show(math.lcm, 0, 5), show(math.lcm, -4, 6), show(math.lcm, 2**64, 3**40, 10))
print(show(math.fsum, [0.1] * 10), show(math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(show(math.fsum, [1e308, 1e308]), show(math.fsum, [float('inf'), float('-inf')]), show(math.fsum, [float('inf'), 1.0]))
print(show(math.fsum, []), show(math.fsum, [1, 2, 3]), show(math.fsum, [1e-16, 1, 1e16]), show(math.fsum, range(10)))
print(show(math.hypot), show(math.hypot, 3), show(math.hypot, 3, 4, 12), show(math.hypot, 1e-320, 1e-320), show(math.hypot, 1e308, 1e308))
print(show(math.hypot, float('nan'), float('inf')), show(math.hypot, *[0.1 * i for i in range(30)]))
print(show(math.dist, [1, 2, 3], [4, 5, 6]), show(math.dist, (1,), (1, 2)), show(math.dist, [], []))
print(show(math.prod, [1, 2, 3, 4]), show(math.prod, []), show(math.prod, [2.5, 4]), show(math.prod, range(1, 30)))
print(show(math.isclose, 1, 1 + 1e-9), show(math.isclose, 1, 1 + 1e-8), show(math.isclose, 0.0, 1e-10))
print(show(math.ldexp, 1.0, 1024), show(math.ldexp, 1.0, -1074), show(math.ldexp, 1.5, -1074), show(math.ldexp, 0.75, -1074))
print(show(math.ldexp, 3.0, 10**30), show(math.ldexp, 3.0, -10**30), show(math.ldexp, 1.0, 2.0))
for x in [1e-310, 1e-320, 2.5e-308, 1e308, 123.456, -0.1, 7.0]:
    print('frexp', x, show(math.frexp, x), show(math.ldexp, *math.frexp(x)))
print(math.pi, math.e, math.tau, math.inf, math.nan)
