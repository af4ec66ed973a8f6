# GENERATED from test/objects/programs_src/types_complex.txt by gen.py
def T(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

inf = float("inf")
nan = float("nan")
T('complex()', lambda: (complex()))
T('complex(1)', lambda: (complex(1)))
T('complex(1, 2)', lambda: (complex(1, 2)))
T('complex(1.5, -2.5)', lambda: (complex(1.5, -2.5)))
T('complex(1j, 1j)', lambda: (complex(1j, 1j)))
T('complex(1 + 2j, 3)', lambda: (complex(1 + 2j, 3)))
T('complex(1, 1 + 2j)', lambda: (complex(1, 1 + 2j)))
T('complex("1+2j")', lambda: (complex("1+2j")))
T('complex("  (1+2j)  ")', lambda: (complex("  (1+2j)  ")))
T('complex("-1.5e3-2.5e-3j")', lambda: (complex("-1.5e3-2.5e-3j")))
T('complex("j")', lambda: (complex("j")))
T('complex("-j")', lambda: (complex("-j")))
T('complex("+j")', lambda: (complex("+j")))
T('complex("2j")', lambda: (complex("2j")))
T('complex("3")', lambda: (complex("3")))
T('complex("1e3")', lambda: (complex("1e3")))
T('complex("inf+nanj")', lambda: (complex("inf+nanj")))
T('complex("-infj")', lambda: (complex("-infj")))
T('complex("1_0+2_0j")', lambda: (complex("1_0+2_0j")))
T('complex("1+2J")', lambda: (complex("1+2J")))
T('complex("(1+2j")', lambda: (complex("(1+2j")))
T('complex("1+2j)")', lambda: (complex("1+2j)")))
T('complex("1 + 2j")', lambda: (complex("1 + 2j")))
T('complex("1+")', lambda: (complex("1+")))
T('complex("1+j2")', lambda: (complex("1+j2")))
T('complex("")', lambda: (complex("")))
T('complex("()")', lambda: (complex("()")))
T('complex("j1")', lambda: (complex("j1")))
T('complex("1jj")', lambda: (complex("1jj")))
T('complex("1e")', lambda: (complex("1e")))
T('complex("nanj")', lambda: (complex("nanj")))
T('complex("1e5j")', lambda: (complex("1e5j")))
T('complex(".5j")', lambda: (complex(".5j")))
T('complex("5.j")', lambda: (complex("5.j")))
T('complex("(   1+2j )")', lambda: (complex("(   1+2j )")))
T('complex("\\u00a01+2j\\u3000")', lambda: (complex("\u00a01+2j\u3000")))
T('complex("\\u0661+\\u0662j")', lambda: (complex("\u0661+\u0662j")))
T('complex("1+2j", 3)', lambda: (complex("1+2j", 3)))
T('complex(1, "2")', lambda: (complex(1, "2")))
T('complex(None)', lambda: (complex(None)))
T('complex([1])', lambda: (complex([1])))
T('complex(real=1, imag=2)', lambda: (complex(real=1, imag=2)))
T('complex(imag=2)', lambda: (complex(imag=2)))
T('complex(-0.0, -0.0)', lambda: (complex(-0.0, -0.0)))
T('complex(0, -0.0)', lambda: (complex(0, -0.0)))
T('complex(-0.0)', lambda: (complex(-0.0)))
class C:
    def __complex__(self):
        return 3 + 4j
class BadC:
    def __complex__(self):
        return 5
class Fl:
    def __float__(self):
        return 1.5
T('complex(C())', lambda: (complex(C())))
T('complex(BadC())', lambda: (complex(BadC())))
T('complex(Fl())', lambda: (complex(Fl())))
T('complex(Fl(), Fl())', lambda: (complex(Fl(), Fl())))
# repr
for z in [0j, -0j, complex(-0.0, 0), complex(-0.0, -0.0), 1j, -1j, 1 + 1j, 1.5 - 2.5j, complex(inf, nan), complex(nan, -inf), complex(1e16, 1e-5), complex(123456789.0, 0.1), complex(0, 1e100)]:
    print(repr(z), str(z))
# arithmetic
T('(1 + 2j) + (3 - 4j), (1 + 2j) - 1, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), 2 * (1 + 2j), (1 + 2j) / 2', lambda: ((1 + 2j) + (3 - 4j), (1 + 2j) - 1, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), 2 * (1 + 2j), (1 + 2j) / 2))
T('(1 + 2j) / 0', lambda: ((1 + 2j) / 0))
T('(1 + 2j) / 0j', lambda: ((1 + 2j) / 0j))
T('(1 + 2j) // 2', lambda: ((1 + 2j) // 2))
T('(1 + 2j) % 2', lambda: ((1 + 2j) % 2))
T('divmod(1j, 2)', lambda: (divmod(1j, 2)))
T('abs(3 + 4j), abs(-0j), abs(complex(inf, nan)), abs(complex(nan, inf)), abs(complex(1e308, 1e308))', lambda: (abs(3 + 4j), abs(-0j), abs(complex(inf, nan)), abs(complex(nan, inf)), abs(complex(1e308, 1e308))))
T('(1j) ** 2, (1 + 1j) ** 2, (2 + 0j) ** 10, (1 + 2j) ** (3 - 1j), 2 ** (1j), (1j) ** 0, 0j ** 0, (2j) ** -1, (1 + 1j) ** 0.5', lambda: ((1j) ** 2, (1 + 1j) ** 2, (2 + 0j) ** 10, (1 + 2j) ** (3 - 1j), 2 ** (1j), (1j) ** 0, 0j ** 0, (2j) ** -1, (1 + 1j) ** 0.5))
T('0j ** -1', lambda: (0j ** -1))
T('0j ** 1j', lambda: (0j ** 1j))
T('(1e200j) ** 2', lambda: ((1e200j) ** 2))
T('(10 + 0j) ** 400', lambda: ((10 + 0j) ** 400))
T('pow(1j, 2, 3)', lambda: (pow(1j, 2, 3)))
T('-(1 + 2j), +(1 + 2j), (1 + 2j).conjugate(), (1 + 2j).real, (1 + 2j).imag', lambda: (-(1 + 2j), +(1 + 2j), (1 + 2j).conjugate(), (1 + 2j).real, (1 + 2j).imag))
T('(1 + 2j) == (1 + 2j), (1 + 0j) == 1, (1 + 0j) == 1.0, (1 + 0j) == True, 1j != 1j, (1 + 0j) != 1', lambda: ((1 + 2j) == (1 + 2j), (1 + 0j) == 1, (1 + 0j) == 1.0, (1 + 0j) == True, 1j != 1j, (1 + 0j) != 1))
T('1j < 2j', lambda: (1j < 2j))
T('1j > 1', lambda: (1j > 1))
T('hash(1 + 0j) == hash(1), hash(1j), hash(1.5 - 2j), hash(complex(-1, 0)), hash(complex(0, -1))', lambda: (hash(1 + 0j) == hash(1), hash(1j), hash(1.5 - 2j), hash(complex(-1, 0)), hash(complex(0, -1))))
T('bool(0j), bool(1j), bool(complex(0, -0.0))', lambda: (bool(0j), bool(1j), bool(complex(0, -0.0))))
T('int(1j)', lambda: (int(1j)))
T('float(1j)', lambda: (float(1j)))
T('round(1j)', lambda: (round(1j)))
T('complex.__add__(1j, 1), complex.__add__(1j, "x")', lambda: (complex.__add__(1j, 1), complex.__add__(1j, "x")))
T('(1 + 2j).__getnewargs__()', lambda: ((1 + 2j).__getnewargs__()))
T('1j + "a"', lambda: (1j + "a"))
T('complex("1+2j").__class__.__name__', lambda: (complex("1+2j").__class__.__name__))
class MyC(complex):
    pass
T('repr(MyC(1, 2))', lambda: (repr(MyC(1, 2))))
T('type(MyC(1, 2) + 1).__name__', lambda: (type(MyC(1, 2) + 1).__name__))
