def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 3, "z": 0}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
G = 1
def setg():
    global G
    G = 2
setg()
print(G)
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2))
def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"))
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(30))
def defaults(l=[]):
    l.append(1)
    return l
print(defaults(), defaults())
def doc():
    "the doc"
print(doc.__doc__, doc.__name__, doc.__qualname__, f.__defaults__, f.__kwdefaults__)
print(sorted([3, 1, 2], key=lambda x: -x), list(map(str, [1, 2])))
fs = [lambda i=i: i for i in range(3)]
print([fn() for fn in fs])
def kwonly(*, a):
    return a
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, c=1, a=2)
except TypeError as e:
    print(e)
try:
    f(1, c=1, **{"c": 2})
except TypeError as e:
    print(e)
