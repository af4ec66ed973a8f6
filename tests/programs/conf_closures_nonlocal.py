def counter(start=0):
    n = start
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get

inc, get = counter(5)
inc(); inc(10)
print(get(), inc.__code__.co_freevars, counter.__code__.co_cellvars)
print([c.cell_contents for c in inc.__closure__])

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])

def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    f = mid()
    f(); f()
    return x
print(outer())

def unbound():
    def g():
        return y
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    y = 2
    return g()
print(unbound())

def local_before():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 3
local_before()

g = 100
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)

def cell_del():
    v = 1
    def read():
        return v
    del v
    try:
        read()
    except NameError as e:
        print("NameError:", e)
cell_del()

class K:
    x = 5
    y = [x for _ in range(1)] if False else None
    def m(self):
        return x if False else __class__.__name__
print(K().m())

def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(gen_closure())

fs = {}
for name in ("a", "b"):
    def f(name=name):
        return name * 2
    fs[name] = f
print(fs["a"](), fs["b"]())
