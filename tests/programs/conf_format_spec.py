vals = [0, 1, -1, 42, -42, 1234567, 3.0, -0.0, 1.5, 2.5, 1e16, 1.23456789e-7, float("inf"), float("-inf"), float("nan"), 12345.6789, True]
specs = ["", "d", "5", "<8", ">8", "^8", "*^9", "+", "-", " ", "08", "+08", ",", "_", "_x", "#x", "#o", "#b", "X", "e", ".3e", "E", "f", ".2f", ".0f", "#.0f", "g", ".3g", "#g", "G", "%", ".1%", "n", "=+10", "010.2f", ",.2f", "_.3f", ".10g", "c"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(repr(v), row)
for s in ["", "10", "<10", ">10", "^10", ".2", "x<6.3", "s", "!<5"]:
    try:
        print(repr(format("hello", s)))
    except ValueError as e:
        print("ValueError:", e)
for v in [1+2j, -1.5-0j, complex(0, -0.0), 1e20j]:
    print(format(v, ""), format(v, ".2f"), format(v, "^20"), format(v, "e"), repr(v), str(v))
x = 3.14159
w = 10
print(f"{x:{w}.{2}f}|{x!r:>12}|{'s'!a}|{x=}|{x = :.2f}|{w:#06x}|{w!s:^5}|")
print("%5.2f|%-6d|%+d|%x|%X|%o|%e|%g|%r|%s|%c|%c|%%|%05d|%.3s|%*d|%-*d|" % (x, 42, 5, 255, 255, 8, 1e5, 1e-5, "r", "s", 65, "z", 7, "abcdef", 4, 1, 4, 2))
print("%(a)s and %(b)05.1f" % {"a": "A", "b": 2.25})
print("{0}{1}{0}".format("a", "b"), "{:{}}".format("x", 4), "{0[1]} {1.real}".format([1, 2], 5), "{!r:^8}".format("q"))
print("{:,}".format(10**12), "{:_b}".format(1000), "{:.3}".format("abcdef"), "{:=10}".format(-5))
print(format(123456789, "n"), format(1e300 * 10, "f"), format(-1e-320, "g"), format(0.1, ".17g"), format(1/3, ".20f"))
print(repr(1e22), repr(1e21), repr(1e-5), repr(0.0001), repr(123456789012345678.0), str(1.1e16), repr(5e-324), repr(1.7976931348623157e308))
print(round(0.5), round(1.5), round(-1.5), round(2.675, 2), round(1e300, -300), round(5, -1), round(15, -1), round(25, -1), round(-25, -1))
print(f"{'nested {}':>{w}}", f"{{}}", f"{3!r:}", f"{[1,2][0]}", f"{ {'a': 1}['a'] }")
