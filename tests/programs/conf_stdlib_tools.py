import itertools as it, functools as ft, collections as co, operator as op
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], op.mul, initial=10)), list(it.chain.from_iterable(["ab", "cd"])))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)), list(it.permutations(range(3), 2))[:4])
print(list(it.product("ab", repeat=2)), list(it.compress("abcdef", [1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print([(k, list(g)) for k, g in it.groupby("aabbbcaa")], list(it.filterfalse(None, [0, 1, 2])), list(it.islice("abcdefg", 1, None, 2)), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee([1, 2, 3]); print(list(a), list(b), list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.pairwise("abcd")), list(it.repeat(7, 3)), next(it.cycle("q")))
print(repr(it.count(5, 2)), repr(it.repeat("x", 2)), repr(it.count(1.5)))
print(ft.reduce(op.add, [1, 2, 3], 10), ft.partial(int, base=2)("101"), repr(ft.partial(max, 1, key=None)))
@ft.lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
@ft.singledispatch
def show(x):
    return f"obj {x}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
@ft.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
def deco(f):
    @ft.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def named(x):
    "doc"
    return x
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
c = co.Counter("abracadabra"); print(c, c.most_common(2), c["z"], sorted(c.elements())[:4], c + co.Counter("aaz"), c - co.Counter("a" * 10), +c == c, (c & co.Counter("ab")), c.total())
d = co.defaultdict(list); d["a"].append(1); print(d, dict(d), d.default_factory)
dq = co.deque([1, 2, 3], maxlen=4); dq.appendleft(0); dq.append(4); dq.rotate(1); print(dq, dq.maxlen, dq.pop(), dq.popleft(), list(reversed(dq)), dq.index(2) if 2 in dq else None)
P = co.namedtuple("P", "x y", defaults=[0]); p = P(1); print(p, p._asdict(), p._replace(y=5), P._fields, P._field_defaults, p.x, p[1], tuple(p), P._make([3, 4]))
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
od = co.OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od), od.popitem(last=False))
cm = co.ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), cm.new_child({"z": 0}), list(cm))
print(op.itemgetter(1, 0)("ab"), op.attrgetter("real")(3), op.methodcaller("upper")("x"), op.add(1, 2), op.neg(3), op.contains([1], 1), op.index(5), op.countOf([1, 1, 2], 1))
import heapq, bisect
h = [5, 1, 4, 2]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.nsmallest(2, [5, 1, 3]), heapq.nlargest(2, "abc"), list(heapq.merge([1, 3], [2, 4])))
l = [1, 3, 3, 5]; print(bisect.bisect_left(l, 3), bisect.bisect_right(l, 3), bisect.bisect(l, 0)); bisect.insort(l, 4); print(l)
import string
print(string.ascii_letters[:5], string.digits, string.punctuation[:5], string.Template("$a-${b}").substitute(a=1, b=2), string.capwords(" hi  there "))
import textwrap
print(textwrap.wrap("the quick brown fox jumps over the lazy dog", 10), textwrap.dedent("  a\n   b\n"), textwrap.fill("a b c d e f", 5), textwrap.indent("x\ny", "> "), textwrap.shorten("Hello  world foo bar", 12))
import copy
x = [[1], {"a": [2]}]; y = copy.deepcopy(x); y[0].append(9); print(x, y, copy.copy(x)[0] is x[0])
import math
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.comb(5, 2), math.perm(5, 2), math.factorial(10), math.fsum([0.1] * 10), math.prod([1, 2, 3]), math.dist((0, 0), (3, 4)), math.hypot(3, 4))
print(math.floor(-1.5), math.ceil(1.2), math.trunc(-1.7), math.copysign(1, -0.0), math.isclose(1, 1 + 1e-10), math.inf, math.nan, math.pi, math.e, math.tau, math.log(8, 2), math.log10(1000), math.log2(8), math.exp(1), math.sqrt(2))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
import random
random.seed(42); print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 3), random.uniform(1, 2)); l = list(range(10)); random.shuffle(l); print(l, random.getrandbits(16), random.gauss(0, 1), random.choices("abc", k=4))
