import random
from random import Random
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
def attempt(f, *a, **k):
    try: return f(*a, **k)
    except Exception as e: return (type(e).__name__, str(e))
# --- seeding and core
[Random(s).random() for s in (0, 1, 5, -3, 2**32, 2**100, -2**70, 1.5, -0.25, True, 'abc', b'abc', bytearray(b'xyz'), '', 'é😀' * 20)]
[Random(s).getrandbits(k) for s in (0, 7) for k in (0, 1, 5, 31, 32, 33, 64, 70, 200)]
Random([1])
Random(0).getrandbits(-1)
r = Random(1); st = r.getstate(); a = [r.random() for _ in range(5)]; r.setstate(st); a == [r.random() for _ in range(5)], st[0], len(st[1]), st[1][-1], st[2]
Random(0).setstate((3, (1,) * 3, None))
Random(0).setstate((1, 2, 3))
Random(0).setstate((3, (0,) * 624 + (700,), None))
Random(0).setstate((3, [0] * 625, None))
r = Random(0); r.seed(1, version=1); r.random(), Random(0).seed('abc', version=1)
r = Random(); r.seed(42); r.random()
# --- integers
r = Random(123)
[r.randrange(10) for _ in range(20)], [r.randrange(5, 50, 7) for _ in range(10)], [r.randrange(50, 5, -3) for _ in range(10)], [r.randint(-5, 5) for _ in range(10)], r.randrange(2**80), r.randbytes(7), r.randbytes(0)
[attempt(r.randrange, *a) for a in [(0,), (1, 1), (1, 5, 0), (1.5,), (10, 1), (1, 10, -1), (2.0,), (1, 2.5), (1, 5, 1.5)]]
r.randrange(10, step=2)
# --- sequences
r = Random(7)
[r.choice('abcdef') for _ in range(10)], r.choice(range(100))
r.choice([])
l = list(range(20)); r.shuffle(l); l
r.sample(range(100), 10), r.sample('abcdefgh', 8), r.sample(range(10**6), 30)[:5], r.sample(['a', 'b'], k=5, counts=[3, 2])
r.sample({1, 2}, 1)
r.sample([1, 2], 3)
r.sample([1, 2], 1, counts=[1])
r.sample([1], 1, counts=[0])
r.sample([1], 1, counts=[1.5])
r.choices('abc', k=5), r.choices('abc', [5, 1, 1], k=5), r.choices('abc', cum_weights=[1, 2, 10], k=5), r.choices([], k=0)
r.choices([1, 2], 3)
r.choices([1, 2], [1], k=1)
r.choices([1, 2], [1, 1], cum_weights=[1, 2])
r.choices([1, 2], [0, 0])
r.choices([1, 2], [1, float('inf')])
# --- distributions
r = Random(99)
[r.random() for _ in range(3)], r.uniform(1, 2), r.triangular(), r.triangular(0, 10, 3), r.triangular(5, 5), r.normalvariate(), r.normalvariate(10, 2), r.gauss(), r.gauss(), r.gauss(5, 1)
r.lognormvariate(0, 1), r.expovariate(1.5), r.vonmisesvariate(0, 4), r.vonmisesvariate(1, 0), r.gammavariate(0.5, 1), r.gammavariate(1.0, 2), r.gammavariate(3, 2), r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 1.5)
r.gammavariate(0, 1)
[r.gammavariate(a, 1) for a in (0.1, 0.9, 1.5, 10)] + [r.betavariate(0.5, 0.5) for _ in range(5)]
# --- subclassing and module functions
class Lazy(Random):
    def random(self): return 0.5
Lazy(1).randrange(10), Lazy(1).choice('abc'), Lazy()._randbelow.__name__
class Bits(Random):
    def getrandbits(self, k): return 0
Bits(1).randrange(10), Bits._randbelow.__name__
random.seed(5); random.random(), random.randint(1, 6), random.choice('xyz'), random.getrandbits(10)
random.seed(5); x = random.getstate(); random.random(); random.setstate(x); random.random()
sorted(random.__all__)
s = random.SystemRandom(); 0 <= s.random() < 1, s.getrandbits(8) < 256, len(s.randbytes(4)), s.seed(1), 0 <= s.randrange(10) < 10
s.getstate()
s.getrandbits(-1)
import copy, pickle
r = Random(3); r2 = copy.deepcopy(r); r.random() == r2.random(), r.__reduce__()[0].__name__
