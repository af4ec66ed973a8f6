# GENERATED from test/objects/programs_src/types_format_spec.txt by gen.py
def T(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

# int format specs
for spec in ["", "d", "5d", "<5d", ">5d", "^5d", "=5d", "*^7d", "+d", "-d", " d", "05d", "+05d", "#x", "#X", "#o", "#b", "x", "X", "o", "b", ",", "_", ",d", "_d", "_x", "_b", "_o", "#_x", "010,", "010_", "#010x", "#010_x", "c", "n", "e", "E", ".2e", "f", ".3f", "g", ".2g", "%", ".1%", "G", "F", "012,.2f", "=+8", "0=8", "z", "#", "0", "010", "x<10", "\u00e9>6"]:
    out = []
    for v in [0, 1, -1, 7, -42, 255, 1000, -123456, 10**20, -(2**70), True]:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), out)
# float format specs
for spec in ["", "f", ".0f", ".1f", ".2f", ".10f", "e", ".0e", ".3e", "E", "g", ".0g", ".1g", ".3g", ".10g", "G", "%", ".0%", ".2%", "n", ".3n", "+", " ", "+.2f", "10.3f", "<10.2f", "^12.3e", "=+12.2f", "012.3f", "0=12", ",.2f", "_.3f", ",", "_", ",g", ",e", "#.0f", "#.0e", "#g", "#.3g", "#", "z.1f", "z.2e", "z", "z.0f", "+z.1f", "#.0%", ".1", ".3", ".17", ".20f", "015,.1f", "x", "d", "c", "s", "0>10.1f", "*^+12.3e", "r", ".2r"]:
    out = []
    for v in [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159, 1e16, 1.5e-7, 123456.789, 1e300, -2.5e-300, float("inf"), float("-inf"), float("nan"), 0.5, 1.25, 0.125, 9.995, 99.5]:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), out)
# exact rounding
vals = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1.115, 0.045, 5e-324, 1.7976931348623157e308, 2.0**60, 0.1 + 0.2, 1/3, 2/3, 123.456, 1e22, 1e23, 4.35, 8.125]
for v in vals:
    print(repr(v), [format(v, f".{p}f") for p in (0, 1, 2, 3, 5, 17, 25)], [format(v, f".{p}e") for p in (0, 1, 5, 16, 20)], [format(v, f".{p}g") for p in (1, 2, 6, 15, 17)])
print(format(5e-324, ".1100f")[-60:])
print(format(1.7976931348623157e308, "f"))
print(format(2.0**-1074, ".760e"))
# complex format specs
for spec in ["", "f", ".2f", "e", ".3g", "g", "+.1f", "10.2f", "<20", ">20.1e", "^25.2f", "*^25", ",.2f", "n", "#", ".0f", "z.1f", "%", "=20", "010", "d", "s", "G", "F", ".3", "E"]:
    out = []
    for v in [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, complex(0.0, -0.0), complex(-0.0, 0.0), 1e20 + 1e-20j, complex(float("inf"), float("nan")), 3.14159 + 2.71828j, 1 + 0j]:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), out)
# str format specs
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.2", "^10.3s", "=10", "+", " ", "#", "010", "05s", ",", "_", "d", "x", "c", "z", "\u00e9^9", ">"]:
    out = []
    for v in ["", "abc", "h\u00e9llo", "\U0001f600x"]:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), out)
# bad specs
for spec in ["<<<", "1,,", ",_", "_,", ".", ".x", "10.", "99999999999999999999", ".99999999999999999999", "d5", "ss", "+ ", "<5x5", "{", "\x00", "5,.3,f", ",c", "_c", ",x", ",b", ",o", "_n", ",n", "#c", "+c", "=c", "-c", " c", "0c"]:
    out = []
    for v in [5, 5.0, "s", 1j]:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), out)
T('format(65, "c")', lambda: (format(65, "c")))
T('format(0x1f600, "c")', lambda: (format(0x1f600, "c")))
T('format(-1, "c")', lambda: (format(-1, "c")))
T('format(0x110000, "c")', lambda: (format(0x110000, "c")))
T('format(65, "10c")', lambda: (format(65, "10c")))
T('format(3, "\\x00<5")', lambda: (format(3, "\x00<5")))
T('format(None, "")', lambda: (format(None, "")))
T('format(None, "s")', lambda: (format(None, "s")))
T('format(object(), "5")', lambda: (format(object(), "5")))
T('format([1], "")', lambda: (format([1], "")))
T('format(1, 5)', lambda: (format(1, 5)))
T('format(1.5, b"f")', lambda: (format(1.5, b"f")))
T('format(True, "")', lambda: (format(True, "")))
T('format(True, "d")', lambda: (format(True, "d")))
T('format(True, "5")', lambda: (format(True, "5")))
T('format(False, "^7")', lambda: (format(False, "^7")))
T('format(True, "f")', lambda: (format(True, "f")))
T('format(2**100, "e")', lambda: (format(2**100, "e")))
T('format(2**1100, "e")', lambda: (format(2**1100, "e")))
T('format(10**30, ",")', lambda: (format(10**30, ",")))
T('format(10**30, "_x")', lambda: (format(10**30, "_x")))
T('format(-(10**30), "+030,")', lambda: (format(-(10**30), "+030,")))
T('format(1e100, ",.0f")', lambda: (format(1e100, ",.0f")))
T('format(123456789, ",.3e")', lambda: (format(123456789, ",.3e")))
T('format(1234.5, "_g")', lambda: (format(1234.5, "_g")))
T('format(12345678.9, ",g")', lambda: (format(12345678.9, ",g")))
T('format(0.000012345, ",g")', lambda: (format(0.000012345, ",g")))
T('format(-0.0, "z")', lambda: (format(-0.0, "z")))
T('format(-0.0, "zg")', lambda: (format(-0.0, "zg")))
T('format(-1e-10, "z.3f")', lambda: (format(-1e-10, "z.3f")))
T('format(-1e-10, "z.3e")', lambda: (format(-1e-10, "z.3e")))
T('format(-0.4, "z.0f")', lambda: (format(-0.4, "z.0f")))
T('format(-0.5, "z.0f")', lambda: (format(-0.5, "z.0f")))
T('format(-0.5, "z.0%")', lambda: (format(-0.5, "z.0%")))
T('format(-1, "z")', lambda: (format(-1, "z")))
T('format("x", "z")', lambda: (format("x", "z")))
T('format(1.0, "")', lambda: (format(1.0, "")))
T('format(1e16, "")', lambda: (format(1e16, "")))
T('format(1e15, "")', lambda: (format(1e15, "")))
T('format(1.5e-5, "")', lambda: (format(1.5e-5, "")))
T('format(0.0001, "")', lambda: (format(0.0001, "")))
T('format(12.0, ".3")', lambda: (format(12.0, ".3")))
T('format(1234.0, ".3")', lambda: (format(1234.0, ".3")))
T('format(1234.0, ".4")', lambda: (format(1234.0, ".4")))
T('format(1234.0, ".5")', lambda: (format(1234.0, ".5")))
T('format(0.0, ".3")', lambda: (format(0.0, ".3")))
T('format(1e-5, ".2")', lambda: (format(1e-5, ".2")))
T('format(123.456, ".0")', lambda: (format(123.456, ".0")))
T('format(123456789.0, "")', lambda: (format(123456789.0, "")))
T('format(12345678901234567.0, "")', lambda: (format(12345678901234567.0, "")))
