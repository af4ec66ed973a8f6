# int()/float() of an array.array (its bytes, like any bytes-like object); the sign of float("-nan")
import array, math
for tc, data in [('B', b' 3.14  '), ('b', b'42'), ('B', b'A'*16), ('B', b'1_0'), ('B', b'\xff1')]:
    a = array.array(tc, data)
    for f in (int, float):
        try: print(f.__name__, repr(f(a)))
        except (ValueError, TypeError) as e: print(f.__name__, type(e).__name__, e)
h = array.array('h', [0x3331, 0x20])
for f in (int, float):
    try: print(repr(f(h)))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: int(array.array('B', b'12'), 10)
except TypeError as e: print(e)
for s in ['-nan', 'nan', '+NAN', '-nan(123)', ' -nan ']:
    try: v = float(s); print(s, math.copysign(1, v), math.copysign(1, float.fromhex(s)), math.copysign(1, complex(s).real))
    except ValueError as e: print(e)
print(math.copysign(1, -float('nan')), math.copysign(1, float('-nan') * 2), repr(float('-nan')))
