# cmath: every function over finite samples and all special-value combinations, errors.
# ulp-tolerance: 4
import cmath, math

def lcg(seed):
    s = seed
    while True:
        s = (s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield s
g = lcg(99)
def unit():
    return next(g) / 2.0**64

def show(f, *a):
    try:
        r = f(*a)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        return '%s: %s' % (type(e).__name__, e)
    if isinstance(r, tuple):
        return ' '.join(repr(x) for x in r)
    if isinstance(r, complex):
        return '%r %r' % (r.real, r.imag)
    return repr(r)

KINDS = [-math.inf, -2.3, -0.0, 0.0, 2.3, math.inf, math.nan, 1.0, -1.0, 1e-310, 1e308]
samples = [complex(x, y) for x in KINDS for y in KINDS]
for i in range(150):
    k = i % 3
    scale = [2, 30, 1e150][k]
    samples.append(complex((unit() - 0.5) * scale, (unit() - 0.5) * scale))
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
         'phase', 'polar', 'isfinite', 'isinf', 'isnan']
for name in names:
    f = getattr(cmath, name)
    for z in samples:
        # the last token is a float for the ulp tolerance: print real and imaginary parts on separate lines
        out = show(f, z)
        parts = out.split(' ')
        if len(parts) == 2 and ':' not in out:
            print(name, repr(z), 're', parts[0])
            print(name, repr(z), 'im', parts[1])
        else:
            print(name, repr(z), out)
for r in KINDS:
    for phi in KINDS:
        out = show(cmath.rect, r, phi).split(' ')
        for p in out:
            print('rect', r, phi, p)
for src in ['cmath.sqrt("a")', 'cmath.log(0)', 'cmath.log(1, 0)', 'cmath.log(8, 2)', 'cmath.log(-1, 1j)', 'cmath.exp(1000)', 'cmath.isclose(1, 1+1e-10j)',
            'cmath.isclose(1, 2, rel_tol=-1)', 'cmath.pi', 'cmath.tau', 'cmath.infj', 'cmath.nanj', 'cmath.polar(1e308+1e308j)', 'cmath.sqrt(4)',
            'cmath.phase(-1)', 'cmath.phase(complex(-1, -0.0))', 'cmath.acos(2)', 'cmath.atanh(1)', 'cmath.log(1e-320j)', 'cmath.cos(1e-320)']:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
