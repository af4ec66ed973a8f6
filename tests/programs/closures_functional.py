# Functional programming with closures: currying, composition, partial application, accumulators
def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args[:arity])
        return lambda *more: curried(*(args + more))
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(str, abs, inc)(-10))
def partial(fn, *bound, **kwbound):
    def wrapper(*args, **kwargs):
        return fn(*bound, *args, **{**kwbound, **kwargs})
    wrapper.func, wrapper.args, wrapper.keywords = fn, bound, kwbound
    return wrapper
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), square.keywords, two_to.args, [partial(print, sep="-")(1, 2) for _ in range(1)])
def accumulator(start=0):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = accumulator(10)
print([acc(i) for i in range(5)])
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def reduce(fn, iterable, initial=None):
    it = iter(iterable)
    acc = next(it) if initial is None else initial
    for x in it:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(max, [3, 9, 2]), reduce(lambda a, c: c + a, "abc", ""))
def pipeline(data, *steps):
    for step in steps:
        data = step(data)
    return data
print(pipeline(range(10), lambda xs: (x for x in xs if x % 2), lambda xs: map(lambda x: x ** 2, xs), sum))
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def binom(n, k):
    return 1 if k in (0, n) else binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(30, 15), len(binom.cache))
def flip(fn):
    return lambda a, b: fn(b, a)
print(flip(pow)(2, 10), flip(lambda a, b: a - b)(1, 10))
def once(fn):
    called = False
    result = None
    def wrapper(*a, **k):
        nonlocal called, result
        if not called:
            called, result = True, fn(*a, **k)
        return result
    return wrapper
init = once(lambda: print("initializing") or "ready")
print(init(), init(), init())
counters = {name: accumulator() for name in "ab"}
counters["a"](5); counters["a"](5); counters["b"](1)
print({k: f(0) for k, f in counters.items()})
print(list(map(lambda f: f(3), [inc, dbl, square, str])), sorted(["bb", "a", "ccc"], key=compose(neg := (lambda x: -x), len)))
print(list(filter(compose(bool, lambda x: x % 3), range(10))), neg(5))
