import heapq
from heapq import *
import random
rng = random.Random(1234)
data = [rng.randrange(100) for _ in range(60)]
# --- heapify/push/pop layouts
h = list(data); heapify(h); h
h2 = []
for x in data: heappush(h2, x)
h2
[heappop(h2) for _ in range(10)], h2
heapreplace(h2, 500), h2
heappushpop(h2, -1), heappushpop(h2, 50), h2
heappushpop([], 1)
heappop([])
heapreplace([], 1)
heappush(1, 2)
heapify(1)
heappop(())
heappush([])
h = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]; heapify(h); [heappop(h) for _ in range(4)]
h = list('heapsort'); heapify(h); ''.join(heappop(h) for _ in range(len(h)))
h = list(data); heapq._heapify_max(h); h
heapq._heappop_max(h), heapq._heapreplace_max(h, 3), h
# --- nlargest / nsmallest
nlargest(5, data), nsmallest(5, data), nlargest(1, data), nsmallest(1, []), nlargest(0, data), nsmallest(-1, data), nlargest(100, data)[:3]
nlargest(3, iter(data)), nsmallest(3, iter(data)), nlargest(2, iter([])), nsmallest(0, iter([1]))
words = ['bb', 'a', 'ccc', 'dd', 'e']
nlargest(2, words, key=len), nsmallest(2, words, key=len), nsmallest(10, words, key=len), nlargest(1, words, key=len)
nlargest(2, 5)
# --- merge
list(merge([1, 3, 5], [2, 4, 6], [0, 7])), list(merge()), list(merge([], [1])), list(merge('ace', 'bdf'))
list(merge([5, 3, 1], [4, 2], reverse=True)), list(merge(['a', 'BB'], ['ccc', 'D'], key=len))
list(merge([(1, 'a'), (2, 'a')], [(1, 'b')], key=lambda t: t[0]))
list(merge([3, 1], [2], key=lambda x: -x))
m = merge([1, 2], [1.0, 3]); next(m), next(m), list(m)
import itertools
list(itertools.islice(merge(itertools.count(0, 2), itertools.count(1, 2)), 7))
