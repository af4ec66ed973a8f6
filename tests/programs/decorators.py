# Decorators: functions, arguments, classes, stacking, methods
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b):
    "Add two numbers."
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def greet(name):
    return f"hi {name}"
print(greet("bob"))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
# stacking order
def tag(name):
    def deco(fn):
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hello"))
# decorator evaluation order
def announce(label):
    print("creating decorator", label)
    def deco(fn):
        print("applying", label)
        return fn
    return deco
@announce("first")
@announce("second")
def target():
    pass
# class decorators
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
registry = []
@register
class Service:
    pass
print(registry, Service.registered)
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "two"))
# decorating methods
def validate_positive(method):
    def wrapper(self, value):
        if value < 0:
            raise ValueError(f"{method.__name__}: negative value {value}")
        return method(self, value)
    return wrapper
class Account:
    def __init__(self):
        self.balance = 0
    @validate_positive
    def deposit(self, amount):
        self.balance += amount
        return self.balance
acct = Account()
print(acct.deposit(50))
try:
    acct.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
# class-based decorator
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
@CountCalls
def hello():
    return "hello"
hello(); hello()
print(hello.calls, hello())
# decorator with optional arguments
def smart(fn=None, *, prefix="*"):
    def deco(f):
        def wrapper():
            return prefix + f()
        return wrapper
    if fn is None:
        return deco
    return deco(fn)
@smart
def a():
    return "a"
@smart(prefix="#")
def b():
    return "b"
print(a(), b())
# property-like decorator built by hand
class Cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    @Cached
    def expensive(self):
        print("computing expensive")
        return 42
dd = Data()
print(dd.expensive, dd.expensive)
# decorators with arbitrary expressions (PEP 614)
decorators = {"t": trace}
@decorators["t"]
def mul(a, b):
    return a * b
mul(3, 4)
@(lambda fn: fn)
def ident():
    return "identity decorated"
print(ident())
