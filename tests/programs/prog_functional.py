# probe: generators, itertools, functools (lru_cache, wraps, partial, reduce), coroutines by hand
import itertools, functools, operator
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 12)))
def chunks(it, n):
    it = iter(it)
    while batch := list(itertools.islice(it, n)):
        yield batch
print(list(chunks(range(10), 4)))
def pipeline(data, *fns):
    return functools.reduce(lambda acc, f: f(acc), fns, data)
print(pipeline(range(10), lambda xs: (x * x for x in xs), lambda xs: filter(lambda v: v % 2, xs), sum))
@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info())
def deco(tag):
    def wrap(f):
        @functools.wraps(f)
        def inner(*a, **k):
            r = f(*a, **k)
            return f"<{tag}>{r}</{tag}>"
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(name="x"):
    "doc of hello"
    return f"hi {name}"
print(hello("y"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.combinations("abc", 2)))
print(list(itertools.product([0, 1], repeat=2)), list(itertools.permutations([1, 2, 3]))[:3])
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
g = (x for x in range(3))
print(next(g), list(g), next(g, "done"))
def coro():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
    return total
c = coro(); next(c)
print(c.send(5), c.send(7))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
sq = {x: x * x for x in range(5) if x % 2 == 0}
print(sq, {frozenset({1, 2}): 'a'}, [*range(3), *"ab"], {**sq, 'k': 1})
p = functools.partial(int, base=2)
print(p("1011"), p.func, p.keywords)
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=operator.itemgetter(1), reverse=True))
