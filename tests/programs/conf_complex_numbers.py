import cmath
z = 3 + 4j
w = complex(1, -2)
print(z + w, z - w, z * w, z / w, z ** 2, z ** 0.5, abs(z), z.conjugate(), -z, +z, z == complex(3, 4), z != w)
print(z.real, z.imag, type(z.real).__name__, complex("2"), complex("-1.5j"), complex(" (1+2j) "), complex(2, 3j), complex(1j, 1j))
print(repr(1j), repr(-1j), repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(complex(1e300, 1e-300)), str(2 + 0j), repr(complex(1, float("nan"))))
print(cmath.sqrt(-1), cmath.exp(1j * cmath.pi).real, cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 0), abs(cmath.log(1j) - 1.5707963267948966j) < 1e-15)
print(hash(1 + 0j) == hash(1), hash(complex(1, 2)), {1j: "x"}[1j], 1j in [1j], (1 + 2j) * 1 == 1 + 2j)
for bad in [lambda: z < w, lambda: complex("1+2"), lambda: complex("j1"), lambda: int(z), lambda: float(z), lambda: z // 2, lambda: z % 2, lambda: 0j ** -1, lambda: complex(1, "2"), lambda: round(z)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(f"{z:.2f}", f"{z:>20}", f"{z:e}", format(1.5 + 2.25j, "g"), "{:+.1f}".format(-1 - 1j), complex(1.5, 2.5).__format__(""))
print(sum([1j, 2, 3.5]), pow(1j, 2), 2 ** 1j, (1 + 1j) ** 10, 1j ** 1j)
print(complex.__name__, isinstance(1j, complex), issubclass(complex, object), (1j).__class__, 1j.imag + 1)
