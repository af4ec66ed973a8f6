import functools, operator
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(operator.or_, [{1}, {2}, {3}]), functools.reduce(max, [3, 9, 2], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
p = functools.partial(sorted, key=len)
print(p(["ccc", "a", "bb"]), p.func.__name__, p.args, p.keywords)
pp = functools.partial(p, reverse=True)
print(pp(["a", "bbb", "cc"]), pp.keywords)
class Greeter:
    def greet(self, greeting, name):
        return f"{greeting}, {name}"
    hello = functools.partialmethod(greet, "Hello")
print(Greeter().hello("world"))
@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80), ways.cache_info())
ways.cache_clear(); print(ways.cache_info().currsize)
@functools.lru_cache(maxsize=3, typed=True)
def ident(x):
    return (x, type(x).__name__)
print(ident(1), ident(1.0), ident(1), ident.cache_info())
@functools.singledispatch
def describe(x):
    return "object"
@describe.register(int)
@describe.register(float)
def _(x):
    return "number"
@describe.register
def _(x: list):
    return f"list of {len(x)}"
print(describe(1), describe(2.5), describe([1]), describe("s"), describe(True), sorted(t.__name__ for t in describe.registry))
class Temp:
    def __init__(self, c):
        self.c = c
    @functools.cached_property
    def f(self):
        print("computing f")
        return self.c * 9 / 5 + 32
t = Temp(100); print(t.f, t.f)
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(1) < functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(2))
def original(a, b):
    "original doc"
    return a + b
@functools.wraps(original)
def wrapper(*args):
    return original(*args)
print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is original, wrapper(2, 3))
