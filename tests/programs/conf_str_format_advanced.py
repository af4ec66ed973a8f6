import string
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.2f}"
        return f"({self.x:{spec}}, {self.y:{spec}})"
p = Point(3, 4)
print(f"{p}", f"{p:.1f}", f"{p:polar}", format(p, "05d"), "{:>3}".format(p), "{0.x}-{0.y}".format(p), "{p.x}".format(p=p))
print("{:{fill}{align}{width}}".format("c", fill="*", align="^", width=7), "{0:{1}}".format(3.14159, ".3"), "{!r:>10}".format("q"))
print("{a[0]}{a[1]}{b[k]}".format(a="xy", b={"k": "!"}), "%(name)s is %(age)d" % {"name": "Al", "age": 3}, "{}{{}}{}".format(1, 2))
print("Hello {name}".format_map({"name": "map"}), "{x}".format_map(type("D", (dict,), {"__missing__": lambda s, k: f"<{k}>"})()))
fmt = string.Formatter()
print(fmt.format("{0} and {1:>4}", "a", "b"), list(fmt.parse("x{0:>3}y{name!r}")))
t = string.Template("$who likes ${what}, costs $$5")
print(t.substitute(who="tim", what="py"), t.safe_substitute(who="x"), string.Template("$a $b").safe_substitute({"a": 1}))
try:
    t.substitute(who="only")
except KeyError as e:
    print("KeyError:", e)
for bad in ["{", "{0", "{0!x}", "{:abc}", "{0[}", "}"]:
    try:
        print(bad.format(1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
width, prec = 12, 3
for v in [3.14159, -2.5, 1e6, 0.000123]:
    print(f"|{v:{width}.{prec}f}|{v:<{width}.{prec}e}|{v:^+{width}.{prec}g}|{v:#{width}x}|" if isinstance(v, int) else f"|{v:{width}.{prec}f}|{v:<{width}.{prec}e}|{v:^+{width}.{prec}g}|")
rows = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 2)]
print(f"{'item':<10}{'price':>8}{'qty':>6}{'total':>10}")
for name, price, qty in rows:
    print(f"{name:<10}{price:>8.2f}{qty:>6d}{price * qty:>10,.2f}")
print(f"{'=' * 34}")
print(f"{sum(p * q for _, p, q in rows):>34,.2f}")
n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:08b} {n:_b} {n:,} {n:c} {n:e} {n:%}")
s = "text"
print(f"{s!r} {s!a} {s!s} {s:>8} {s:*<8} {s:.2} {s:^9.3}", f"{'é'!a}", f"{3 + 4=}", f"{s=!r:>10}")
