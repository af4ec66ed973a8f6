# libm results (math.sin, cos, tan, asin, acos, atan, atan2, exp, exp2, log, log2, pow: the
# functions tspy follows glibc for, see docs/internals/libm.md) on a fixed set of arguments,
# printed as float.hex so that any last-bit difference shows; plus the errors the math module
# raises around them.
import math

state = 12345


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state / float(1 << 64)


def args(n, lo, hi):
    return [lo + (hi - lo) * rnd() for _ in range(n)]


cases = {
    "sin": args(40, -10, 10) + args(20, -1e6, 1e6) + [1e22, 1e300, 3.0, 0.5, -0.0],
    "cos": args(40, -10, 10) + args(20, -1e6, 1e6) + [1e22, 1e300, 3.0, 0.5, -0.0],
    "tan": args(40, -10, 10) + args(10, -1e10, 1e10) + [1e22, 1.5, 0.25, 0.05, 1e-9],
    "exp": args(40, -745, 709) + args(20, -1, 1) + [0.0, -745.1, 709.78],
    "exp2": args(40, -1075, 1023) + args(20, -1, 1),
    "log": [10 ** (x / 5) for x in range(-300, 300, 7)] + args(20, 0.9, 1.1),
    "log2": [10 ** (x / 5) for x in range(-300, 300, 7)] + args(20, 0.9, 1.1) + [1024.0, 0.5],
    "atan": args(40, -20, 20) + [1e300, -1e-300, 1.0],
    "asin": args(30, -0.124, 0.124) + args(40, -1, 1) + [1e-10, -3e-9, 0.0, 0.99, -0.999, 1.0],
    "acos": args(30, -0.124, 0.124) + args(40, -1, 1) + [1e-10, -3e-9, 0.0, 1e-17, 0.99, -0.999, -1.0],
}
for name, xs in cases.items():
    f = getattr(math, name)
    out = []
    for x in xs:
        out.append(f(x).hex())
    print(name, " ".join(out))

ys = args(30, -100, 100)
xs = args(30, -100, 100)
print("atan2", " ".join(math.atan2(y, x).hex() for y, x in zip(ys, xs)))
bases = args(30, 0, 10)
exps = args(30, -50, 50)
print("pow", " ".join(math.pow(b, e).hex() for b, e in zip(bases, exps)))
print("pow-neg", math.pow(-2.5, 3.0).hex(), math.pow(-2.5, -2.0).hex(), math.pow(-0.0, 3.0))

for expr in ("math.log(-1.0)", "math.log(0.0)", "math.exp(1000.0)", "math.pow(-1.5, 0.5)",
             "math.pow(0.0, -1.0)", "math.sin(math.inf)", "math.acos(2.0)", "math.log2(-3.0)"):
    try:
        print(expr, eval(expr))
    except (ValueError, OverflowError) as e:
        print(expr, type(e).__name__, e)
