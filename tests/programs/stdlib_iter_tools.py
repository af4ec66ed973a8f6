# itertools, functools, operator, collections in typical data-processing code
import itertools, functools, operator, collections
sales = [("north", "apple", 3), ("south", "pear", 5), ("north", "pear", 2), ("east", "apple", 7), ("south", "apple", 1)]
by_region = itertools.groupby(sorted(sales, key=operator.itemgetter(0)), key=operator.itemgetter(0))
print({region: sum(q for _, _, q in rows) for region, rows in by_region})
totals = collections.defaultdict(int)
for _, fruit, q in sales:
    totals[fruit] += q
print(dict(totals), collections.Counter(f for _, f, _ in sales).most_common())
print(list(itertools.combinations(range(4), 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(str.isdigit, "a1b2")))
print(list(itertools.repeat("x", 3)), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.pairwise([1, 2, 3, 4])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]), functools.reduce(operator.or_, [{1}, {2}, {1, 3}]))
double = functools.partial(operator.mul, 2)
print(double(21), double.func is operator.mul, double.args, list(map(double, range(3))))
@functools.cache
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 500), key=collatz), collatz.cache_info().hits > 0)
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@logged
def documented(x):
    """Docs survive."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__(5))
print(operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("upper")("abc"), operator.itemgetter(1, 0)("xy"))
dq = collections.deque(range(5))
dq.rotate(2)
dq.appendleft(-1)
dq.extend([9])
print(dq, dq.popleft(), dq.pop(), len(dq), dq[0], list(reversed(dq)))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], dict(cm), cm.maps[1]["b"], list(cm.keys()))
od = collections.OrderedDict.fromkeys("abc")
od.move_to_end("a")
print(list(od), od.popitem(last=False))
cnt = collections.Counter(a=3, b=1)
cnt.update({"b": 5, "c": 1})
print(cnt, cnt + collections.Counter(a=1), cnt - collections.Counter(b=10), list(cnt.elements()))
Pair = collections.namedtuple("Pair", ["left", "right"], defaults=[0])
print(Pair(1), Pair(1, 2)._asdict(), Pair._make([3, 4]), Pair(5, 6) == (5, 6))
print(sorted(sales, key=operator.itemgetter(2), reverse=True)[0], min(sales, key=lambda s: (s[1], -s[2])))
