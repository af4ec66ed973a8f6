# Function definitions and calls: defaults, *args, **kwargs, keyword-only, positional-only
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
for call in [lambda: pos_only(a=1, b=2, c=3, d=4), lambda: pos_only(1, 2, 3, 4), lambda: pos_only(1, 2, 3), lambda: f(), lambda: f(1, 2), lambda: f(1, c=1, a=2), lambda: f(1, c=2, **{"c": 3})]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def kwonly(*, x, y=1):
    return x, y
print(kwonly(x=1), kwonly(y=5, x=2))
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly(z=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly()
except TypeError as e:
    print(type(e).__name__, e)
def many(a, b, c, d):
    pass
for bad in [lambda: many(1), lambda: many(1, 2), lambda: many(1, 2, 3, 4, 5), lambda: many(1, 2, 3, e=4), lambda: many(b=1, c=2, d=3)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
# mutable default gotcha
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)
# function attributes
def documented(x: int, y: "str" = "s") -> bool:
    """Docstring here."""
    return True
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__annotations__, documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_argcount, documented.__code__.co_varnames, documented.__module__)
documented.custom = "attr"
print(documented.custom, documented.__dict__)
def kwdef(*, a=1, b=2):
    pass
print(kwdef.__kwdefaults__)
# recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
# lambdas
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2), add.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5))
# higher-order functions
def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
print(sorted(["bb", "a", "ccc"], key=len), list(map(lambda s: s[::-1], ["abc", "de"])))
# argument unpacking edge cases
def show(*args, **kwargs):
    return args, kwargs
print(show(*"ab", *[1], **{"x": 1}, **{"y": 2}))
try:
    show(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
# return values
def nothing():
    pass
def multi():
    return 1, "two", [3]
print(nothing(), multi(), type(multi()).__name__)
# nested functions and closures over loop variable
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
# function identity and equality
def same():
    pass
print(same == same, same is same, same != (lambda: None), callable(same))
# calling with keyword named like builtin
def kw(print=1, len=2):
    return print + len
print(kw(), kw(print=5))
