x = 'global'
def f1():
    print(x)
    def g():
        nonlocal_y = 1
        return x
    return g()
print(f1())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); print(c(), c(), c.__closure__[0].cell_contents, c.__code__.co_freevars)
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
def unbound():
    try:
        print(z)
    except NameError as e: print(type(e).__name__, e)
    z = 1
unbound()
def free_unbound():
    def inner(): return w
    try: inner()
    except NameError as e: print(type(e).__name__, e)
    w = 2
    return inner()
print(free_unbound())
class K:
    a = 1
    b = [a for _ in range(2)] if False else None
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        print('class comp', e)
    d = (lambda: a)
try: K.d()
except NameError as e: print('class lambda', e)
def gen_scope():
    y = 10
    class Inner:
        y = 20
        def m(self): return y
        z = y
    return Inner().m(), Inner.z
print(gen_scope())
def g_decl():
    global newglobal
    newglobal = 'made'
g_decl(); print(newglobal)
def shadow():
    x = 'local'
    def inner():
        global x
        return x
    return inner()
print(shadow())
def del_local():
    v = 1
    del v
    try: v
    except UnboundLocalError as e: print(e)
del_local()
def cell_del():
    v = 1
    def r(): return v
    del v
    try: r()
    except NameError as e: print(e)
cell_del()
print([(a, b) for a in range(3) if a for b in range(a)], {k: v for k, v in zip('ab', 'cd')}, {c for c in 'hello'})
print([y := 5, y ** 2], [(t := i) for i in range(3)], t)
def walrus_scope():
    [(q := i) for i in range(4)]
    return q
print(walrus_scope())
if (n := len('abc')) > 2: print('n is', n)
print(list(map(lambda x, *a, k=3, **kw: (x, a, k, kw), [1], [2])))
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f'{tag}({fn(*a, **k)})'
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco('A')
@deco('B')
def hello(n): return 'hi' * n
print(hello(2), hello.__name__)
import functools
def dw(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@dw
def documented(a):
    'doc here'
    return a
print(documented.__name__, documented.__doc__, documented.__wrapped__(5), documented.__qualname__)
def defaults(a, b=[], *, c={}):
    b.append(a); c[a] = 1
    return b, c
print(defaults(1), defaults(2), defaults.__defaults__, defaults.__kwdefaults__)
def kwonly(a, /, b, *, c): return a, b, c
print(kwonly(1, 2, c=3), kwonly(1, b=2, c=3))
for bad in [lambda: kwonly(a=1, b=2, c=3), lambda: kwonly(1, 2, 3), lambda: kwonly(1), lambda: kwonly(1, 2, c=3, d=4), lambda: kwonly(1, 2)]:
    try: bad()
    except TypeError as e: print(e)
def star(*args, **kwargs): return args, kwargs
print(star(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}), star(), star(*'ab', x=1))
try: star(**{'a': 1}, a=2)
except TypeError as e: print(e)
try: star(*None)
except TypeError as e: print(e)
try: star(**None)
except TypeError as e: print(e)
print((lambda: (yield))().__class__.__name__, (lambda *, a: a)(a=1))
def annotated(a: int, b: 'str' = 'x') -> list: pass
print(annotated.__annotations__)
i = 10
print(eval('i + 1'), eval('[i for _ in range(2)]'), exec('j = i * 2') or j)
def eval_local():
    loc = 5
    return eval('loc * 2'), eval('[loc for _ in range(1)]') if False else 'skip'
print(eval_local())
def lcls():
    a = 1; b = 2
    return sorted(locals().items())
print(lcls())
