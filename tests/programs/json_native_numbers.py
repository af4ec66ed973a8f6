# numbers: float reprs (positional and exponent ranges), ints of any size, parsing back
import json
import random
import zlib

r = random.Random(7)
vals = []
for _ in range(3000):
    e = r.randint(-30, 70)
    m = r.getrandbits(52)
    vals.append(float.fromhex('0x1.%013xp%d' % (m, e)) * (1 if r.random() < 0.5 else -1))
edge = [1e-4, 9.999999999999999e-05, 1e16, 9999999999999998.0, 0.1, 100.0, -0.0, 0.0,
        123456789.125, 1e15 + 0.5, 5e-324, 1.7976931348623157e308, 1e22, 1e21, 1e-7]
print(json.dumps(edge))
s = json.dumps(vals + edge)
print(zlib.crc32(s.encode()), len(s), json.loads(s) == vals + edge)
ints = [0, -1, 2 ** 53, 2 ** 53 + 1, -(2 ** 63), 10 ** 30, 999999999999999, 1000000000000000]
print(json.dumps(ints), json.loads(json.dumps(ints)) == ints)
print(json.loads('[-0, 0, 12, -12, 1.0, 1e2, 1E-2, -1.5e+3, 0.5e1, 123456789012345678]'))
print(json.loads('[10000000000000000000000000000000000000001, 1.0000000000000000000001]'))
