# GENERATED from test/objects/programs_src/types_numeric_cmp.txt by gen.py
def T(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

nan = float("nan")
inf = float("inf")
vals = [0, 1, -1, True, False, 0.0, -0.0, 1.0, 0.5, 2**53, 2**53 + 1, float(2**53), 2**63, -2**63, 2**1000, 1e308, inf, -inf, nan, 1j, 1 + 0j, 0j, complex(0, 0), 2**53 + 0j]
for a in vals:
    row = []
    for b in vals:
        r = ""
        for op in ("==", "!=", "<", "<=", ">", ">="):
            try:
                if op == "==": x = a == b
                elif op == "!=": x = a != b
                elif op == "<": x = a < b
                elif op == "<=": x = a <= b
                elif op == ">": x = a > b
                else: x = a >= b
                r += "T" if x else "F"
            except TypeError:
                r += "E"
        row.append(r)
    print(repr(a), " ".join(row))
for v in vals:
    try:
        print(repr(v), hash(v) if v == v else "nan")
    except Exception as e:
        print(repr(v), type(e).__name__, e)
T('hash(1) == hash(1.0) == hash(True) == hash(1 + 0j)', lambda: (hash(1) == hash(1.0) == hash(True) == hash(1 + 0j)))
T('hash(0.5) == hash(complex(0.5, 0)), hash(-1) == hash(-1.0), hash(2**61 - 1) == hash(float(2**61 - 1))', lambda: (hash(0.5) == hash(complex(0.5, 0)), hash(-1) == hash(-1.0), hash(2**61 - 1) == hash(float(2**61 - 1))))
T('hash(2**100) == hash(float(2**100)), hash(-(2**100)) == hash(-float(2**100))', lambda: (hash(2**100) == hash(float(2**100)), hash(-(2**100)) == hash(-float(2**100))))
T('hash(1e-300) , hash(-1e-300), hash(1.5e300), hash(123.456), hash(2.0**-1074)', lambda: (hash(1e-300) , hash(-1e-300), hash(1.5e300), hash(123.456), hash(2.0**-1074)))
T('{1: "a", 1.0: "b", True: "c"}', lambda: ({1: "a", 1.0: "b", True: "c"}))
T('len({0, 0.0, -0.0, False, 0j})', lambda: (len({0, 0.0, -0.0, False, 0j})))
T('2**1000 == float(2**1000), 2**1000 + 1 == float(2**1000), 2**1000 < 1e308 * 10, float(2**1000) < 2**1000 + 1', lambda: (2**1000 == float(2**1000), 2**1000 + 1 == float(2**1000), 2**1000 < 1e308 * 10, float(2**1000) < 2**1000 + 1))
T('10**400 > inf, -10**400 < -inf, 10**400 > 1e308, 10**400 == inf', lambda: (10**400 > inf, -10**400 < -inf, 10**400 > 1e308, 10**400 == inf))
T('nan == nan, nan != nan, nan in [nan], [nan] == [nan], (nan,) == (nan,)', lambda: (nan == nan, nan != nan, nan in [nan], [nan] == [nan], (nan,) == (nan,)))
T('1 < 2 < 3, 1 < 3 < 2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15', lambda: (1 < 2 < 3, 1 < 3 < 2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15))
T('max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), max([1, True]), sorted([True, 0, 1.5, -1, 2**70, -inf])', lambda: (max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), max([1, True]), sorted([True, 0, 1.5, -1, 2**70, -inf])))
T('1 == "1", 1 != "1", None == 0, [] == 0', lambda: (1 == "1", 1 != "1", None == 0, [] == 0))
T('1 < "1"', lambda: (1 < "1"))
T('1j < 1', lambda: (1j < 1))
T('1 < None', lambda: (1 < None))
T('(1).__eq__(1.0), (1.0).__eq__(1), (1).__lt__(2.5), (2.5).__gt__(1), (1j).__eq__(1), True.__eq__(1)', lambda: ((1).__eq__(1.0), (1.0).__eq__(1), (1).__lt__(2.5), (2.5).__gt__(1), (1j).__eq__(1), True.__eq__(1)))
T('int.__eq__(1, True), float.__eq__(1.0, True), complex.__eq__(1j, 1j)', lambda: (int.__eq__(1, True), float.__eq__(1.0, True), complex.__eq__(1j, 1j)))
