# _bisect and _heapq, the native versions bisect and heapq use
import sys
import _bisect, _heapq, bisect, heapq

print(bisect.bisect_left.__module__, heapq.heappush.__module__, heapq.merge.__module__)
a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 2, 4, 9):
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x), _bisect.bisect(a, x) if hasattr(_bisect, 'bisect') else '-',
          _bisect.bisect_left(a, x, 2), _bisect.bisect_right(a, x, 1, 4), _bisect.bisect_left(a, x, hi=-1))
print(_bisect.bisect_left(a, 4, key=lambda v: v * 2), _bisect.bisect_right(a, 'b', key=lambda v: 'abcdef'[v % 6]))
data = range(sys.maxsize - 1)
n = sys.maxsize
print(_bisect.bisect_left(data, n - 3) == n - 3, _bisect.bisect_right(data, n - 3, n - 10, n) == n - 2)
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    _bisect.insort_left(b, v)
    _bisect.insort_right(b, -v, key=lambda t: -t)
print(b)
for args, kw in [(([1], 2, -1), {}), (([1], 2, 2**64), {}), ((10, 10), {}), (([1],), {}),
                 (([1], 2, 'x'), {}), (([1], 2), {'lo': 1, 'hi': 1, 'key': None, 'z': 1}),
                 (({1: 2}, 1), {}), (([1], 2, 0, 1, None), {})]:
    try:
        print(_bisect.bisect_right(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1]:
    _heapq.heappush(h, v)
print(h, [_heapq.heappop(h) for _ in range(3)], h)
print(_heapq.heapreplace(h, 0), h, _heapq.heappushpop(h, -1), _heapq.heappushpop(h, 99), h)
big = [(i * 7919) % 1000 for i in range(3000)]
_heapq.heapify(big)
print(big[:20], all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))))
mx = [3, 1, 4, 1, 5, 9, 2, 6]
_heapq._heapify_max(mx)
print(mx, _heapq._heappop_max(mx), _heapq._heapreplace_max(mx, 0), mx)
print(heapq.nsmallest(3, [5, 1, 4, 9, 2]), heapq.nlargest(2, [5, 1, 4, 9, 2]), list(heapq.merge([1, 4], [2, 3])))
for f, args in [(_heapq.heappop, (1,)), (_heapq.heappush, (1, 2)), (_heapq.heapify, (1,)), (_heapq.heappush, ([],)),
                (_heapq._heapify_max, ((),)), (_heapq.heappop, ([],)), (_heapq.heapreplace, ([], 1)),
                (_heapq.heappushpop, ([], 1)), (_heapq._heapreplace_max, ([],))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


class Evil:
    def __lt__(self, other):
        h2.clear()
        return True


h2 = [Evil(), Evil(), Evil()]
try:
    _heapq.heapify(h2)
except Exception as e:
    print(type(e).__name__, e)
h2 = [Evil(), Evil()]
try:
    _heapq.heappush(h2, Evil())
except Exception as e:
    print(type(e).__name__, e)


class BigRange:
    """range()-like with a length beyond 2**53 and an insert() that records its call."""

    def __init__(self, start, stop):
        self.start, self.stop, self.last_insert = start, stop, None

    def __len__(self):
        return self.stop - self.start

    def __getitem__(self, idx):
        n = self.stop - self.start
        if idx < 0:
            idx += n
        if idx >= n:
            raise IndexError(idx)
        return self.start + idx

    def insert(self, idx, item):
        self.last_insert = idx, item


big = BigRange(0, n - 1)
print(_bisect.bisect_left(big, n - 3) == n - 3, _bisect.bisect_right(big, n - 3) == n - 2,
      _bisect.bisect_left(big, n - 3, n - 10, n) == n - 3)
x = n - 100
_bisect.insort_left(big, x, x - 50, x + 50)
print(big.last_insert == (x, x))
print(_bisect.bisect_left(range(n - 1), n - 3) == n - 3, _bisect.bisect_right(range(n - 1), n - 3) == n - 2)
