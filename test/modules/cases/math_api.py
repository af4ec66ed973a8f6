# math: argument handling and error messages.
import math

class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class Fl:
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
class Sub(float): pass
class BadF:
    def __float__(self): return 1

def show(src):
    try:
        r = eval(src)
    except Exception as e:
        return '%s -> %s: %s' % (src, type(e).__name__, e)
    return '%s -> %r' % (src, r)

for src in [
    'math.sqrt()', 'math.sqrt(1, 2)', 'math.sqrt(x=1)', 'math.sqrt("a")', 'math.sqrt(F())', 'math.sqrt(I())', 'math.sqrt(BadF())',
    'math.sqrt(10**400)', 'math.pow(1)', 'math.log()', 'math.log(1, 2, 3)', 'math.log(1, 1)', 'math.log(0)', 'math.log(-1)',
    'math.log(False)', 'math.log(10**400, 10)', 'math.log(2**1000, 2)', 'math.log10(10**500)', 'math.log2(2**2000)',
    'math.atan2(1)', 'math.hypot("a")', 'math.gcd(1.5)', 'math.factorial(1.5)', 'math.factorial(-1)', 'math.factorial(10**20)',
    'math.isqrt(-1)', 'math.floor("x")', 'math.comb(1)', 'math.isclose(1)', 'math.isclose(1, 2, 3)', 'math.isclose(1, 1, rel_tol=-1)',
    'math.isclose(1, 1, foo=1)', 'math.fsum(1)', 'math.fsum([1, "a"])', 'math.prod()', 'math.prod([1], 2)', 'math.prod([1], start=2.5)',
    'math.prod(["a", 2])', 'math.dist(1, 2)', 'math.dist((1,), (1, 2))', 'math.ldexp(1.0, 1.5)', 'math.exp(1000)', 'math.trunc(1)',
    'math.trunc("a")', 'math.perm(5, -1)', 'math.comb(-1, 2)', 'math.comb(10**20, 10**19)', 'math.perm(10**20, 10**19)',
    'math.nextafter(1)', 'math.ulp()', 'math.lcm(1.0)', 'math.copysign(1)', 'math.frexp("a")', 'math.gamma(0)', 'math.gamma(-1)',
    'math.gamma(-1.5)', 'math.gamma(171.7)', 'math.gamma(-171.5)', 'math.gamma(-200.5)', 'math.lgamma(0)', 'math.lgamma(-3)',
    'math.gamma(200)', 'math.pow(0, -1)', 'math.pow(0.0, -2.5)', 'math.pow(-2, 0.5)', 'math.pow(10, 400)', 'math.pow(float("nan"), 0)',
    'math.pow(1, float("nan"))', 'math.pow(-1, float("inf"))', 'math.pow(float("-inf"), 3)', 'math.pow(float("-inf"), -3)',
    'math.pow(float("-inf"), 2)', 'math.pow(0.5, float("-inf"))', 'math.fmod(1, 0)', 'math.fmod(float("inf"), 1)',
    'math.fmod(1, float("inf"))', 'math.remainder(1, 0)', 'math.ceil(float("inf"))', 'math.floor(float("nan"))', 'math.ceil(1e300)',
    'math.acosh(0)', 'math.atanh(1)', 'math.degrees()', 'math.modf(1, 2)', 'math.floor(Fl())', 'math.ceil(Fl())', 'math.trunc(Fl())',
    'math.floor(Sub(2.5))', 'math.floor(True)', 'math.floor(F())', 'math.ceil(I())', 'math.trunc(Sub(-2.5))', 'math.isqrt(True)',
    'math.isqrt(I())', 'math.factorial(I())', 'math.gcd(I(), 14)', 'math.cosh(1000)', 'math.sinh(-1000)', 'math.expm1(1000)',
    'math.exp2(1024)', 'math.exp(-1000)', 'math.sin(float("inf"))', 'math.tan(float("-inf"))', 'math.asin(2)', 'math.acos(-1.5)',
    'math.log1p(-1)', 'math.log1p(-2)', 'math.sqrt(-0.0)', 'math.erf(float("inf"))', 'math.erfc(-float("inf"))',
    'math.lgamma(float("-inf"))', 'math.gamma(float("-inf"))', 'math.gamma(float("inf"))', 'math.gamma(1e-30)', 'math.gamma(-1e-310)',
    'math.sqrt', 'math.__name__', 'type(math.pi)', 'math.hypot(*range(10))', 'sorted(n for n in dir(math) if not n.startswith("_"))',
]:
    print(show(src))
