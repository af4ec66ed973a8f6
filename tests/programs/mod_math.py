# math, struct, binascii, hashlib, array and _random in one program (differential corpus).
import math, struct, binascii, hashlib, _random
from array import array

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.exp(1), math.log(10), math.log(1024, 2), math.log10(2), math.log2(3))
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(1, -1), math.hypot(3, 4, 12), math.dist((0, 0), (1, 1)))
print(math.factorial(25), math.comb(40, 20), math.perm(10, 3), math.gcd(2**64, 6**30), math.lcm(4, 6, 10), math.isqrt(10**40 + 1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 11)), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.frexp(1e-310), math.ldexp(0.5, -1073), math.modf(-7.25), math.fmod(-7, 3), math.remainder(7, 2), math.copysign(3, -0.0))
print(math.gamma(0.5), math.lgamma(100), math.erf(0.5), math.erfc(2), math.cbrt(-27), math.exp2(0.5), math.expm1(1e-10))
print(math.isclose(0.1 + 0.2, 0.3), math.nextafter(1, 0), math.ulp(1e300), math.isfinite(1e308 * 10), math.isnan(math.nan))
for bad in ('math.sqrt(-1)', 'math.log(0)', 'math.exp(1000)', 'math.factorial(-1)', 'math.pow(0, -1)'):
    try:
        eval(bad)
    except (ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)

packed = struct.pack('<hIq?3sf', -2, 4000000000, -2**40, True, b'ab', 1.5)
print(packed, struct.unpack('<hIq?3sf', packed), struct.calcsize('@bhq'), struct.Struct('>d').pack(math.pi))
print(binascii.hexlify(packed, ':'), binascii.b2a_base64(packed), binascii.crc32(packed))
print(hashlib.sha256(packed).hexdigest(), hashlib.md5(b'').hexdigest(), hashlib.new('sha1', b'abc').hexdigest())
a = array('d', [1.5, 2.5])
a.append(math.pi)
print(a, a.tobytes()[:8], array('H', b'\x01\x02\x03\x04'), array('u', 'hi'))
r = _random.Random(2024)
print([r.random() for _ in range(3)], r.getrandbits(100))
