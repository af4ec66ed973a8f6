# Polynomial arithmetic with operator overloading, evaluation, derivatives and root finding
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    @property
    def degree(self):
        return len(self.c) - 1
    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result
    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly([-a for a in self.c])
    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else -o)
    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r
    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c
    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def __divmod__(self, d):
        num = list(self.c)
        q = [0] * max(1, len(num) - len(d.c) + 1)
        while len(num) >= len(d.c) and any(num):
            shift = len(num) - len(d.c)
            factor = num[-1] / d.c[-1]
            q[shift] = factor
            for i, b in enumerate(d.c):
                num[shift + i] -= factor * b
            num.pop()
        return Poly(q), Poly(num or [0])
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            coef = "" if a in (1, -1) and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            sign = "-" if a < 0 else "+"
            terms.append((sign, coef + var if coef or var else "1"))
        if not terms:
            return "0"
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            s += f" {sign} {t}"
        return s
def newton(p, x0, tol=1e-12):
    d = p.derivative()
    x = x0
    for i in range(100):
        step = p(x) / d(x)
        x -= step
        if abs(step) < tol:
            return x, i
    return x, 100
x = Poly([0, 1])
p = (x - 1) * (x - 2) * (x + 3)
print(p, p.degree, p(0), p(1), p(2.5), p.derivative(), p.derivative().derivative())
print((x + 1) ** 4, (x ** 2 + 1) * (x ** 2 - 1), 3 * x + 2 - x, Poly([0, 0, 0]), Poly([5]))
q, r = divmod(x ** 3 - 1, x - 1)
print(q, "|", r)
root, iters = newton(x ** 2 - 2, 1.0)
print(round(root, 12), iters, newton(p, 10)[0])
print(Poly([1, 2]) == Poly([1, 2, 0]), [Poly([1, -1])(v) for v in range(4)])
