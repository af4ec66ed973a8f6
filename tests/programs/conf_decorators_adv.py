import functools
def repeat(n):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            return [f(*args, **kwargs) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def greet(name, punct="!"):
    """Greets."""
    return f"hi {name}{punct}"
print(greet("bo"), greet.__name__, greet.__doc__, greet.__wrapped__("x", punct="?"))
calls = []
def trace(f):
    def inner(*a):
        calls.append(f.__name__)
        return f(*a)
    return inner
@trace
@trace
def add(a, b):
    return a + b
print(add(1, 2), calls, add.__name__)
def singleton(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v=0):
        self.v = v
print(Config(1) is Config(2), Config().v, Config.__name__)
def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(P(1, "a"))
class CountCalls:
    def __init__(self, f):
        functools.update_wrapper(self, f)
        self.f = f
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
    def __get__(self, obj, t=None):
        return functools.partial(self, obj) if obj is not None else self
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.n, square.__name__)
class Calc:
    @CountCalls
    def double(self, x):
        return 2 * x
c = Calc()
print(c.double(5), Calc.double.n)
def validate(**types):
    def deco(f):
        def w(**kw):
            for k, t in types.items():
                if not isinstance(kw.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return f(**kw)
        return w
    return deco
@validate(a=int, b=str)
def use(a, b):
    return b * a
print(use(a=2, b="x"))
try:
    use(a="2", b="x")
except TypeError as e:
    print("TypeError:", e)
class Registry:
    def __init__(self):
        self.funcs = {}
    def register(self, name=None):
        def deco(f):
            self.funcs[name or f.__name__] = f
            return f
        return deco
reg = Registry()
@reg.register()
def alpha(): return "a"
@reg.register("B")
def beta(): return "b"
print(sorted(reg.funcs), reg.funcs["B"]())
@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info().hits)
print((lambda f: f(f, 5))(lambda s, n: n * s(s, n - 1) if n else 1))
@staticmethod
def loose():
    return "static"
print(loose(), type(loose).__name__)
class WithCached:
    def __init__(self):
        self.computed = 0
    @functools.cached_property
    def heavy(self):
        self.computed += 1
        return 99
w = WithCached(); print(w.heavy, w.heavy, w.computed, "heavy" in vars(w))
