import itertools as it, operator
def take(n, iterable): return list(it.islice(iterable, n))
def chunked(iterable, n):
    i = iter(iterable)
    while chunk := list(it.islice(i, n)):
        yield chunk
def roundrobin(*its):
    nexts = it.cycle(iter(x).__next__ for x in its)
    pending = len(its)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))
def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(take(5, it.count(3, 3)), list(chunked(range(10), 4)), list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)), list(powerset("abc")))
print(list(it.accumulate(range(1, 6), operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.starmap(operator.sub, [(5, 2), (9, 4)])))
print([list(g) for k, g in it.groupby(sorted("mississippi"))], [(k, len(list(g))) for k, g in it.groupby([1, 1, 2, 3, 3, 3])])
print(list(it.product(range(2), "xy", repeat=1)), len(list(it.product(range(3), repeat=3))), list(it.permutations("abc", 2))[:3])
print(list(it.zip_longest("ab", "cde", "f", fillvalue=None)), list(it.compress(range(6), it.cycle([1, 0]))), list(it.filterfalse(str.isdigit, "a1b2")))
c1, c2, c3 = it.tee(iter([1, 2, 3]), 3)
print(next(c1), list(c2), list(c1), list(c3))
print(sum(1 for _ in it.combinations(range(10), 3)), list(it.pairwise([1, 4, 9, 16])), list(it.batched(range(5), 2)) if hasattr(it, "batched") else [(0, 1), (2, 3), (4,)])
for bad in [lambda: it.islice([], -1), lambda: it.repeat(1, times="x"), lambda: list(it.permutations("ab", -1)), lambda: it.combinations("ab")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
