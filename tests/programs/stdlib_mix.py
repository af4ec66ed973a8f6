import functools, itertools, collections, operator, heapq, bisect, copy, math, string, re, json, enum, dataclasses, typing, contextlib, datetime
print(functools.reduce(operator.add, range(10)), list(itertools.accumulate([1, 2, 3])), list(itertools.permutations("abc", 2))[:3])
c = collections.Counter("mississippi")
print(c.most_common(2), collections.OrderedDict(a=1), collections.defaultdict(list), collections.deque([1, 2, 3], maxlen=2))
Point = collections.namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p._asdict(), p._replace(x=5), Point._fields)
h = [5, 1, 3]
heapq.heapify(h)
print(heapq.heappop(h), h, heapq.nsmallest(2, [9, 8, 7]), bisect.bisect([1, 3, 5], 4))
print(copy.deepcopy({"a": [1, {"b": 2}]}), math.gcd(12, 18), math.sqrt(2), math.pi, math.factorial(10))
print(string.ascii_lowercase[:5], re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w)(\w*)", r"\2\1", "hello world"))
print(json.dumps({"a": [1, 2, None], "b": True}, sort_keys=True), json.loads('{"x": [1.5, "s"]}'))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), list(Color), Color.RED.name, Color["GREEN"].value)
@dataclasses.dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
print(Item("a", 1.5), Item("a") < Item("b"), dataclasses.asdict(Item("z", 2)))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@contextlib.contextmanager
def ctx(name):
    print("enter", name)
    yield name.upper()
    print("exit", name)
with ctx("x") as v:
    print(v)
print(datetime.date(2024, 2, 29) + datetime.timedelta(days=1), datetime.datetime(2020, 1, 1, 12, 30).isoformat())
T = typing.TypeVar("T")
def first(xs: typing.List[T]) -> T:
    return xs[0]
print(first([3, 2]), typing.Optional[int], typing.get_type_hints(first))
print([(k, len(list(g))) for k, g in itertools.groupby("aabbbc")])
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.islice(itertools.count(5), 3)), list(itertools.product("ab", repeat=2)))
print(sorted([("b", 2), ("a", 3)], key=operator.itemgetter(1)), functools.partial(pow, 2)(10))
