# pickling and copying of builtin iterators: __reduce__ / __setstate__ as CPython 3.11
import copy
import pickle


def show(it):
    r = it.__reduce__()
    print(type(it).__name__, r[0].__name__, r[1:])


for make in (lambda: iter([1, 2, 3, 4]), lambda: iter((1, 2, 3)), lambda: iter("abcd"),
             lambda: iter("héllo"), lambda: iter(range(2, 20, 3)), lambda: reversed([1, 2, 3]),
             lambda: iter(range(2**70, 2**70 + 5))):
    it = make()
    show(it)
    next(it)
    show(it)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert list(pickle.loads(pickle.dumps(it, proto))) == list(copy.copy(it)), proto
    c = copy.deepcopy(it)
    print(list(c), list(it))
    show(it)
    for state in (-5, 1, 100):
        it2 = make()
        it2.__setstate__(state)
        print(state, list(it2))

m = map(pow, [2, 3], [5, 6])
f = filter(None, [0, 1, 2])
z = zip("ab", [1, 2, 3])
zs = zip("ab", "cd", strict=True)
e = enumerate("xyz", 5)
r = reversed("abc")
for it in (m, f, z, zs, e, r):
    print(type(it).__name__, len(it.__reduce__()), type(it.__reduce__()[0]).__name__)
    next(it)
    print(list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)))
print(enumerate("ab", 2**80).__reduce__()[1][1])
r = reversed([1, 2])
list(r)
print(r.__reduce__())
zs = zip("ab", "c")
zs.__setstate__(True)
try:
    list(zs)
except ValueError as exc:
    print(exc)
print(list(pickle.loads(pickle.dumps(zip("ab", "cd", strict=True)))))

d = {'a': 1, 'b': 2, 'c': 3}
for it in (iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.items())):
    next(it)
    r = it.__reduce__()
    print(r[0].__name__, r[1], list(pickle.loads(pickle.dumps(it))), list(it), it.__reduce__()[1])
s = {1, 2, 3}
it = iter(s)
next(it)
r = it.__reduce__()
print(r[0].__name__, sorted(r[1][0]), sorted(copy.copy(it)))
print(sorted(copy.deepcopy({(1, 2), frozenset({3})})), copy.deepcopy(frozenset({1})))


class S(set):
    pass


x = S([1, 2])
x.attr = 5
y = copy.deepcopy(x)
print(type(y).__name__, sorted(y), y.attr)
print(set([1]).__reduce_ex__(2)[0].__name__, set([1]).__reduce_ex__(2)[1], set([1]).__reduce_ex__(2)[2])
print(pickle.loads(pickle.dumps(x, 0)).attr, sorted(pickle.loads(pickle.dumps(frozenset({4, 5}), 4))))
