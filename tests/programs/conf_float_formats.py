import math
vals = [0.0, -0.0, 1.0, 0.1, 0.5, 1 / 3, 2 / 3, 1e-7, 1.5e-5, 123.456, 1e15, 1e16, 1.7e308, 5e-324, 2.5, 3.5, 100.0, 12345678.9, math.pi, math.e, float("inf"), -float("inf"), float("nan")]
for v in vals:
    print(repr(v), str(v), f"{v:.3f}", f"{v:.3e}", f"{v:g}", f"{v:.10g}", f"{v:10.2%}" if math.isfinite(v) and abs(v) < 1e10 else "-", f"{v:+,.2f}" if abs(v) < 1e20 else "-", round(v, 2) if math.isfinite(v) else "-")
for v in [0.125, 0.375, 2.675, 1.005, 0.045, 1.115, -1.5, -2.5, 1e22, 123456.5]:
    print(v, round(v), round(v, 1), round(v, 2), "%.2f" % v, "{:.1f}".format(v), int(v), math.floor(v), math.ceil(v), math.trunc(v))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 1e16 + 1 == 1e16, float(2 ** 53) + 1, sum([0.1] * 10), math.fsum([0.1] * 10))
print((0.1).hex(), float.fromhex("0x1.999999999999ap-4"), (1.5).as_integer_ratio(), (0.1).as_integer_ratio(), 3.0.is_integer(), float.fromhex("inf"))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.75), math.fmod(-7, 3), -7 % 3, math.remainder(7, 2), math.copysign(0.0, -1), math.nextafter(1.0, 2.0) if hasattr(math, "nextafter") else "", math.ulp(1.0))
print(math.sin(0), math.cos(math.pi), round(math.tan(math.pi / 4), 12), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.asin(1), math.acosh(1), math.sinh(0), math.erf(0), math.gamma(5), math.lgamma(1))
print(math.exp(700) < float("inf"), math.expm1(1e-10), math.log1p(1e-10), math.pow(2, 0.5), 2 ** 0.5 == math.sqrt(2), math.cbrt(27.0) if hasattr(math, "cbrt") else 3.0, math.exp2(3) if hasattr(math, "exp2") else 8.0)
for bad in [lambda: math.exp(1000), lambda: math.log(-1), lambda: math.acos(2), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: float("inf") // 1 if False else math.floor(float("inf")), lambda: math.floor(float("nan")), lambda: 1.0 / 0, lambda: 0.0 ** -1, lambda: math.fmod(1, 0), lambda: (-1.0) ** 0.5 if False else math.sqrt(-0.0)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(float("1e500"), float("-1e500"), 1e308 * 10 == float("inf"), float("nan") != float("nan"), math.isnan(float("nan") * 0), math.isinf(-1e309), min(float("nan"), 1), max(1, float("nan")))
print(sorted([3.5, -1.0, float("inf"), 0.0, -0.0, 2]), sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(format(1234.5678, "_.2f"), format(-0.0, "+.1f"), format(1e-10, ".2e"), format(9.995, ".2f"), format(0.0005, ".3g"), format(1.0, "#.3g"), format(1e6, "g"), format(1e5, "g"), format(123456789.0, ".12g"))
