def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
x = "global"
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow(), x)
def counter_gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
add = counter_gen()
add(5)
print(add(10))
class C:
    y = 10
    z = [y * i for i in range(3)] if False else None
    def m(self):
        return __class__.__name__
    def n(self):
        return [self.y for _ in range(2)]
print(C().m(), C().n(), C.z)
def outer():
    v = 1
    class Inner:
        w = v + 1
        def get(self):
            return v
    return Inner
I = outer()
print(I.w, I().get())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3()
        return l2()
    return l1()
print(deep())
def unbound():
    try:
        print(q)
    except NameError as e:
        print(type(e).__name__, e)
    q = 1
unbound()
def free_unbound():
    def g():
        return z
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
free_unbound()
print((lambda: (yield 1))().__next__() if False else [v for v in (lambda: (yield 5))()])
g = 100
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)
print([i for i in range(3)], "i" in dir())
