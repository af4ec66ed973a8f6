# RecursionError raised through callable objects (a class with __call__, functools.lru_cache,
# bound methods, nested native calls) is caught by `except RecursionError`, and the interpreter
# keeps working afterwards (depth restored).
import functools
import sys


class W:
    def __init__(self, f):
        self.f = f

    def __call__(self, *a):
        return self.f(*a)


@W
def h(n):
    return h(n + 1)


for attempt in range(3):
    try:
        h(0)
    except RecursionError as e:
        print("caught callable class", attempt, type(e).__name__)


@functools.lru_cache()
def g(n):
    return g(n + 1)


try:
    g(0)
except RecursionError:
    print("caught lru_cache")


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(200))


class R:
    def __repr__(self):
        return repr(self)


try:
    repr(R())
except RecursionError:
    print("caught repr")


def via_map(n):
    return list(map(via_map, [n + 1]))


try:
    via_map(0)
except RecursionError:
    print("caught map")


def gen_rec(n):
    yield from gen_rec(n + 1)


try:
    list(gen_rec(0))
except RecursionError:
    print("caught generator")


class S:
    def __getattr__(self, name):
        return getattr(self, name + "x")


try:
    S().a
except RecursionError:
    print("caught __getattr__")


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


limit = sys.getrecursionlimit()
print(deep(limit - 50))


def finally_count(n, log):
    try:
        return W(finally_count)(n + 1, log)
    finally:
        log.append(n)


log = []
try:
    finally_count(0, log)
except RecursionError:
    print("caught with finally", len(log) > 100, log[:3] == sorted(log[:3], reverse=True))
print("done")
