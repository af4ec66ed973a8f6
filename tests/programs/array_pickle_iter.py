# array pickling: __reduce_ex__ by protocol (array(...) below 3, _array_reconstructor from 3),
# subclass __dict__ carried; array iterators pickle with their position
import array, pickle
a = array.array('b', [1, 2])
print(a.__reduce_ex__(2), a.__reduce_ex__(3)[1:])
print(a.__reduce_ex__(3)[0] is array._array_reconstructor, a.__reduce_ex__(0)[0] is array.array)
class S(array.array):
    pass
s = S('h', [3])
s.y = 5
r0 = s.__reduce_ex__(0)
print(r0[0] is S, r0[1:], s.__reduce_ex__(4)[1][1:], s.__reduce_ex__(4)[2])
print(array.array('u', 'ab').__reduce_ex__(1), array.array('d', [1.5]).__reduce_ex__(2))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    b = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(b).__name__, b, b.y)
it = iter(a)
print(type(it).__name__, it.__reduce__()[1:])
next(it)
print(it.__reduce__()[1:])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = iter(array.array('i', [5, 6, 7]))
    next(it)
    it2 = pickle.loads(pickle.dumps(it, proto))
    print(type(it2).__name__, list(it2), list(it))
    print(list(pickle.loads(pickle.dumps(it, proto))))
