log = []
def rec(name):
    def method(self, *args):
        log.append(f"{type(self).__name__}.{name}{args if args else ''}".replace("'", ""))
        return getattr(self, "_" + name, NotImplemented) if False else NotImplemented
    return method
class A:
    def __repr__(self):
        return type(self).__name__
for n in ["add", "radd", "iadd", "sub", "rsub", "mul", "rmul", "imul", "truediv", "rtruediv", "pow", "rpow", "ipow", "matmul", "rmatmul", "and", "rand", "lshift", "rlshift", "mod", "rmod", "floordiv", "rfloordiv", "divmod", "rdivmod"]:
    setattr(A, f"__{n}__", rec(n))
class B(A):
    pass
class C:
    def __repr__(self):
        return "C"
for n in ["add", "radd", "eq", "lt", "gt", "le", "ge", "ne"]:
    setattr(C, f"__{n}__", rec(n))
def run(label, f):
    log.clear()
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r, log)
a, b, c = A(), B(), C()
run("a+b", lambda: a + b)
run("b+a", lambda: b + a)
run("a+c", lambda: a + c)
run("c+a", lambda: c + a)
run("a+1", lambda: a + 1)
run("1+a", lambda: 1 + a)
run("a*2", lambda: a * 2)
run("[1]*a", lambda: [1] * a)
run("a@b", lambda: a @ b)
run("a**b", lambda: a ** b)
run("pow3", lambda: pow(a, b, 5))
run("divmod", lambda: divmod(a, b))
run("a&c", lambda: a & c)
run("a<<1", lambda: a << 1)
run("2%a", lambda: 2 % a)
def iadd():
    x = A()
    x += b
    return x
run("x+=b", iadd)
def ipow():
    x = A()
    x **= 2
run("x**=2", ipow)
def imul():
    x = A()
    x *= c
run("x*=c", imul)
run("c==c", lambda: c == c)
run("c!=c", lambda: c != c)
run("c<1", lambda: c < 1)
run("1<c", lambda: 1 < c)
run("c<=a", lambda: c <= a)
run("a>=c", lambda: a >= c)
run("a==c", lambda: a == c)
run("c==1", lambda: c == 1)
run("[c]==[c]", lambda: [c] == [C()])
run("c in [1]", lambda: c in [1, 2])
run("sorted", lambda: sorted([c, C()]))
run("str+c", lambda: "s" + c)
run("c+str", lambda: c + "s")
run("sum", lambda: sum([c, c]))
