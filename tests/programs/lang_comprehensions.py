# Comprehensions and their scoping
squares = [x * x for x in range(6)]
evens = [x for x in range(20) if x % 2 == 0 if x % 3 == 0]
pairs = [(x, y) for x in range(3) for y in range(x)]
matrix = [[i * j for j in range(3)] for i in range(3)]
flat = [v for row in matrix for v in row]
print(squares, evens, pairs, matrix, flat)
print({x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3))}, {x: x ** 2 for x in range(4) if x})
print(list(x for x in "abc"), tuple(c.upper() for c in "xyz"), sum(i for i in range(5)))
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
print([x if x % 2 else -x for x in range(6)])
print([(lambda n: n * 10)(x) for x in range(3)])
# loop variable does not leak
x = "outer"
_ = [x for x in range(3)]
print(x)
# comprehension sees enclosing function locals
def scale(k):
    return [k * v for v in range(3)]
print(scale(5))
# class scope is not visible inside comprehensions (except the first iterable)
class Config:
    factor = 3
    values = [factor * i for i in range(3)] if False else None
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    try:
        scaled = [factor * i for i in range(3)]
    except NameError as e:
        err = str(e)
print(Config.upper, Config.err)
# nested comprehension closures capture by variable
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
# generator expression laziness and exceptions
def boom(v):
    if v == 2:
        raise ValueError("boom at 2")
    return v
g = (boom(v) for v in range(4))
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted"))
# dict comprehension with duplicate keys keeps last
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
# set comprehension dedups
print(sorted({w.lower() for w in "The the THE cat Cat".split()}))
# walrus inside comprehension binds in the enclosing scope
totals = []
running = 0
print([running := running + v for v in [1, 2, 3]], running)
# nested loops with conditions order
print([(a, b) for a in range(3) if a != 1 for b in "xy" if b != "x" or a == 0])
# comprehension over a dict iterates keys
d = {"x": 1, "y": 2}
print([k for k in d], [v for v in d.values()], [f"{k}={v}" for k, v in sorted(d.items())])
# big comprehension
print(sum([i for i in range(10000) if i % 7 == 3]))
# async comprehension outside async function is a SyntaxError at compile time
try:
    compile("[x async for x in y]", "<test>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    compile("[x for x in range(3)] = 1", "<test>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e)
