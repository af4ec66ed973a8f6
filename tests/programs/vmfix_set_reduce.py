# set/frozenset __reduce__ / __reduce_ex__ (type, (list,), __dict__ or None): copy, deepcopy
# and pickle of sets, frozensets and their subclasses.
import copy
import pickle

print(set().__reduce_ex__(4))
print({1}.__reduce__())
print(frozenset([2]).__reduce__())
print(copy.deepcopy({1, 2}), copy.copy({3}))
print(copy.deepcopy(frozenset({1, 2})))
s = {(1, 2), (3, 4)}
d = copy.deepcopy(s)
print(d == s, sorted(d))


class S(set):
    pass


x = S([1, 2])
x.tag = "t"
r = x.__reduce__()
print(r[0].__name__, r[1], r[2])
y = copy.deepcopy(x)
print(type(y).__name__, sorted(y), y.tag)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    z = pickle.loads(pickle.dumps(x, proto))
    print(proto, type(z).__name__, sorted(z), z.tag,
          pickle.loads(pickle.dumps({5, 6}, proto)) == {5, 6},
          pickle.loads(pickle.dumps(frozenset({7}), proto)))
