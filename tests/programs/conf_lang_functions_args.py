def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(*[1, 2], **{"d": 0, "c": 9}))
for call in ["f()", "f(1)", "f(1, b=2, d=1)", "f(1, 2, 3, d=1, c=4)", "f(1, d=1, d=2)" if False else "f(1, **{'d': 1}, **{'d': 2})", "f(1, 2, 3, 4, e=1)"]:
    try:
        print(eval(call))
    except TypeError as e:
        print("TypeError:", e)
def g(*, only):
    return only
for call in ["g(1)", "g()", "g(only=1, extra=2)"]:
    try:
        print(eval(call))
    except TypeError as e:
        print("TypeError:", e)
def h(x, y):
    return x - y
print(h(y=1, x=5), h(*(5, 1)), h(**{"x": 5, "y": 1}))
for call in ["h(1, 2, 3)", "h(1, x=2)", "h(**{1: 2})", "h(*5)", "h(**5)"]:
    try:
        print(eval(call))
    except TypeError as e:
        print("TypeError:", e)
def defaults(a, lst=[]):
    lst.append(a)
    return lst
print(defaults(1), defaults(2), defaults(3, []))
def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2), kwonly_defaults.__kwdefaults__)
def annotated(x: int, *ys: str, flag: bool = False, **rest: float) -> list:
    return [x, ys, flag, rest]
print(annotated(1, "a", flag=True, q=1.0), annotated.__annotations__)
lam = lambda *a, **k: (a, k)
print(lam(1, 2, x=3), (lambda: None)(), (lambda x=1: x)(), (lambda *, k=2: k)())
def rec(n, acc=()):
    return acc if n == 0 else rec(n - 1, acc + (n,))
print(rec(5))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__)
class C:
    def m(self, a, *, b):
        return a + b
for call in ["C().m(1, b=2)", "C().m(1, 2)", "C.m(1, b=2)", "C().m()"]:
    try:
        print(eval(call))
    except TypeError as e:
        print("TypeError:", e)
