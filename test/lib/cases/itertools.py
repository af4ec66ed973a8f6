import itertools
from itertools import *
def take(n, it): return list(islice(it, n))
# --- count
take(5, count()), take(3, count(10)), take(3, count(1.5, 0.5)), take(3, count(5, -2))
c = count(3); next(c); c
count(0, 1.0), count(1, 2), count(2.5), count(1j), count(1, 1j), count(True)
count('a')
count(1, 'b')
count(start=2, step=3)
take(3, count(2**100))
type(count()).__name__, count.__module__
# --- cycle
take(7, cycle('abc'))
take(3, cycle([]))
cycle(1)
cycle()
cycle([], x=1)
c = cycle([1, 2]); next(c); next(c); next(c)
def gen():
    yield 1
    yield 2
take(5, cycle(gen()))
# --- repeat
list(repeat(1, 3)), take(3, repeat('x')), list(repeat(1, -1)), list(repeat(None, 0))
repeat(1), repeat(1, 3), repeat(1, -3), repeat(1, times=2), repeat(object=5)
r = repeat(1, 3); next(r); r
repeat()
repeat(1, 2.0)
repeat(1, 2, 3)
operator_lh = __import__('operator').length_hint
operator_lh(repeat(1, 3)), operator_lh(repeat(1, 0))
# --- accumulate
list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial=5))
list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate('abc')), list(accumulate([2, 3, 4], lambda a, b: a * b))
list(accumulate([]))
accumulate()
accumulate(1)
list(accumulate([1, 'a']))
list(accumulate([1, 2], func=None, initial=None))
# --- chain
list(chain('ab', [1, 2], ())), list(chain()), list(chain.from_iterable(['ab', 'cd']))
c = chain(1)
list(c)
chain(x=1)
c = chain([1], [2]); next(c); list(c), list(c)
type(chain[int]).__name__
list(chain.from_iterable(x for x in [[1], [2, 3]]))
# --- compress / dropwhile / takewhile / filterfalse
list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1])), list(compress('A', [1, 1, 1]))
compress(1, [])
list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, []))
dropwhile(1)
list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
t = takewhile(lambda x: x < 5, [1, 6, 2]); list(t), list(t)
list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None]))
filterfalse(None)
# --- groupby
[(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')]
[k for k, g in groupby('AAAABBBCCD')]
[(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)]
groups = list(groupby('aabb')); [(k, list(g)) for k, g in groups]
it = groupby('aaabbc'); k1, g1 = next(it); next(g1); k2, g2 = next(it); list(g1), k2, list(g2)
list(groupby([]))
groupby(1)
type(next(groupby([1]))[1]).__name__
# --- islice
list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2))
list(islice(range(10), 1, 8, 3)), list(islice(range(3), 10)), list(islice(range(10), None)), list(islice(range(10), None, None, None))
islice([], -1)
islice([], 1, -1)
islice([], 1, 2, 0)
islice([])
islice([], 1.5)
islice([], 'a', 2)
islice(1, 2)
islice([], 1, 2, 3, 4)
islice([], x=1)
it = iter(range(10)); list(islice(it, 3)); list(it)
it = iter(range(10)); list(islice(it, 2, 5)); list(it)
list(islice(count(), 5, 10, 2))
# --- pairwise / starmap
list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([]))
pairwise(1)
list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(lambda *a: a, ['ab', 'c']))
list(starmap(pow, [1]))
starmap(1, 2)
# --- tee
a, b = tee([1, 2, 3]); list(a), list(b)
a, b, c = tee(iter('abcd'), 3); next(a), list(b), list(a), list(c)
tee([1], 0)
tee([], -1)
tee(1)
x, = tee(range(3), 1); list(x)
a, b = tee(range(100)); [next(a) for i in range(70)][-1], next(b), list(b)[-1], list(a)[-1]
a, b = tee(count()); c, d = tee(a); next(a), next(c), next(d), next(b)
type(tee([])[0]).__name__
a, b = tee([]); a2 = a.__copy__(); type(a2).__name__
# --- zip_longest
list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('AB', [1, 2, 3])), list(zip_longest()), list(zip_longest([]))
zip_longest(1)
zip_longest([], x=1)
z = zip_longest([1], []); list(z), list(z)
# --- product
list(product('ab', range(2))), list(product(range(2), repeat=3))[:4], list(product()), list(product([], [1]))
len(list(product('abc', 'de', 'fghi')))
product([], repeat=-1)
product([], x=1)
list(product('ab', repeat=0))
product(1)
# --- permutations / combinations
list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('AB', 3)), list(permutations('', 0)), list(permutations('ab', 0))
len(list(permutations(range(5)))), len(list(permutations(range(6), 3)))
permutations([], -1)
permutations([], 1.5)
list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)), list(combinations('AB', 0)), list(combinations('', 0))
combinations([], -1)
combinations([])
len(list(combinations(range(10), 4)))
list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('A', 3))
combinations_with_replacement([], -1)
len(list(combinations_with_replacement(range(5), 3)))
# --- recipes
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))
list(roundrobin('ABC', 'D', 'EF'))
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s)+1))
list(powerset([1, 2, 3]))
sum(1 for _ in product(range(4), repeat=4))
