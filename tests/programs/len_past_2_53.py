# len() exact up to sys.maxsize (range, a Python __len__), OverflowError past it; bisect on such
import sys
r = range(sys.maxsize)
print(len(r), r.__len__(), r[sys.maxsize // 2], r[-1])
for big in (range(sys.maxsize + 1), range(-sys.maxsize - 1, sys.maxsize), range(2**64)):
    try:
        print(len(big))
    except OverflowError as e:
        print('OverflowError', e)
    print(bool(big), big[-1] - big[0])


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in (0, 2**53 + 1, sys.maxsize - 1, sys.maxsize, sys.maxsize + 1, 2**100, -1, True):
    try:
        print(len(L(n)), L(n).__len__())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        print(bool(L(n)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

from bisect import bisect_left, bisect_right, insort
n = sys.maxsize
data = range(n)
print(bisect_left(data, n - 3), bisect_right(data, n - 3), bisect_left(data, 10**18 + 7))


class Huge:
    def __len__(self):
        return sys.maxsize - 1

    def __getitem__(self, i):
        return i


print(bisect_left(Huge(), sys.maxsize - 10), bisect_right(Huge(), 2**62 + 5))
