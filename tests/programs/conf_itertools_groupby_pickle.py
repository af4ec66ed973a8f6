# pickling groupby objects and their groups (CPython 3.11 __reduce__ / __setstate__)
import copy
import pickle
from itertools import groupby

s = 'AABBBAAAA'
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = pickle.loads(pickle.dumps(groupby(s), proto))
    print([(k, list(g)) for k, g in it])
    g = groupby(s)
    k, grp = next(g)
    next(grp)
    g2 = pickle.loads(pickle.dumps(g, proto))
    print([(k, list(x)) for k, x in g2])
    g = groupby(s)
    k, grp = next(g)
    grp2 = pickle.loads(pickle.dumps(grp, proto))
    print(k, list(grp2))
g = groupby([1, 1, 2], key=lambda v: v)
print(g.__reduce__()[1][1] is not None, len(g.__reduce__()))
k, grp = next(g)
print(len(g.__reduce__()), g.__reduce__()[2])
next(g)
print(grp.__reduce__()[0].__name__, grp.__reduce__()[1])
c = copy.deepcopy(groupby('xxy'))
print([(k, ''.join(v)) for k, v in c])
for bad in ([1, 2, 3], (1, 2)):
    try:
        groupby('a').__setstate__(bad)
    except TypeError as exc:
        print('TypeError')
