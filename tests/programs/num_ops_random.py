# Arithmetic on ints (small, huge), floats (incl. inf/nan/-0.0), bools and complex through every binary
# operator, and the numeric builtins/methods on each value: results and error messages as CPython's.
import random, math, operator
r = random.Random(6)
vals = [0, 1, -1, 2, -3, 7, 10**9, -10**12, 2**63, -2**64 + 5, 10**40 + 17, 3**100, 0.5, -2.5, 1e300, -1e-300, 0.1, 7.0, float("inf"), float("nan"), True, 12345678901234567890, -0.0, 3+4j, -1j]
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor", "lt", "eq", "divmod"]
out = []
for i in range(2500):
    a, b = r.choice(vals), r.choice(vals)
    op = r.choice(ops)
    try:
        if op == "divmod": v = divmod(a, b)
        elif op == "pow" and isinstance(b, int) and abs(b) > 200: v = "skip"
        elif op == "lshift" and isinstance(b, int) and b > 300: v = "skip"
        else: v = getattr(operator, op)(a, b)
    except Exception as e: v = type(e).__name__ + ": " + str(e)
    out.append(f"{a!r} {op} {b!r} = {v!r}")
for i in range(400):
    a = r.choice(vals)
    for f in [abs, round, lambda x: "nan" if x != x else hash(x), int, float, str, bool, math.trunc, math.floor, math.ceil, lambda x: round(x, 2), lambda x: round(x, -2), math.isqrt, lambda x: math.factorial(x) if abs(x) < 5000 else "big", hex, bin, oct, lambda x: x.bit_length(), lambda x: x.as_integer_ratio(), lambda x: pow(x, 3, 7), lambda x: pow(x, -1, 97), lambda x: x.to_bytes(12, "big", signed=True), lambda x: (x).is_integer(), lambda x: float(x).hex(), math.sqrt, math.log, math.exp, lambda x: math.gcd(x, 84), lambda x: complex(x, 1)]:
        try: v = f(a)
        except Exception as e: v = type(e).__name__ + ": " + str(e)
        out.append(f"f({a!r}) = {v!r}")
print("\n".join(out))
