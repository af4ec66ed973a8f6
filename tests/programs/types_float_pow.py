# GENERATED from test/objects/programs_src/types_float_pow.txt by gen.py
def T(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

# x ** y and abs(complex) on pseudo-random operands: CPython calls the C library's pow and
# hypot (correctly rounded in practice); tspy computes them in double-double (libm.ts)
state = 2024
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
rows = []
for i in range(400):
    x = (rnd() % 10**9) / 10 ** (rnd() % 12)
    y = ((rnd() % 2000) - 1000) / 10 ** (rnd() % 4)
    try:
        r = repr(x ** y)
    except Exception as e:
        r = type(e).__name__
    try:
        r2 = repr((-x) ** round(y))
    except Exception as e:
        r2 = type(e).__name__
    z = complex(x, y)
    print(repr(x), repr(y), r, r2, repr(abs(z)), repr(x ** 0.5), repr(2.0 ** y), repr(10.0 ** (y / 10)))
T('2 ** 0.5, 2 ** -1.5, 0.5 ** 2.5, 2.5 ** 2.5, 15.0 ** 2.5, 10.0 ** -2, 3 ** -2, 7.0 ** 1e-5', lambda: (2 ** 0.5, 2 ** -1.5, 0.5 ** 2.5, 2.5 ** 2.5, 15.0 ** 2.5, 10.0 ** -2, 3 ** -2, 7.0 ** 1e-5))
T('abs(3 + 4j), abs(1e300 + 1e300j), abs(1e-320 + 1e-320j), abs(-2 + 3j), abs(complex(0.1, 0.2))', lambda: (abs(3 + 4j), abs(1e300 + 1e300j), abs(1e-320 + 1e-320j), abs(-2 + 3j), abs(complex(0.1, 0.2))))
T('1.0000001 ** 1e10, 0.9999999 ** 1e10, 1e-5 ** 70, 1e-5 ** 65, 2.0 ** -1074, 2.0 ** -1075, 2.0 ** 1023.9999', lambda: (1.0000001 ** 1e10, 0.9999999 ** 1e10, 1e-5 ** 70, 1e-5 ** 65, 2.0 ** -1074, 2.0 ** -1075, 2.0 ** 1023.9999))
T('10.0 ** 308.25', lambda: (10.0 ** 308.25))
