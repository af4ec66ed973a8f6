import bisect
from bisect import *
a = [1, 2, 2, 2, 3, 5, 8]
# --- bisect
[bisect_left(a, x) for x in range(10)], [bisect_right(a, x) for x in range(10)], [bisect(a, x) for x in range(10)]
bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 2, hi=2), bisect(a, 2, hi=-1), bisect(a, 9, hi=-2)
bisect([], 1, -1)
bisect(1, 1)
bisect([1], 1, 5)
bisect([1, 2], 1, 0, 5)
bisect([1], 1, lo=None)
bisect([1], 1, hi=None)
recs = [('a', 1), ('b', 3), ('c', 5)]
bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]), bisect(recs, 0, key=lambda r: r[1])
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect(breakpoints, score)]
[grade(s) for s in [33, 99, 77, 70, 89, 90, 100]]
# --- insort
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]: insort(l, x)
l
insort_left(l, 5); insort_right(l, 5.0); l
insort((), 1)
l = [('a', 1), ('c', 3)]; insort(l, ('b', 2), key=lambda r: r[1]); l
insort_left(l, ('z', 2), key=lambda r: r[1]); l
insort(l, ('q', 0), 1)
l
class LL(list):
    def insert(self, i, x): super().insert(i, ('custom', x))
ll = LL([1, 3]); insort(ll, 2); ll
