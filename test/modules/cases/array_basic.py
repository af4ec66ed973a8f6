# array: typecodes, construction, conversions, range errors, sequence protocol, methods, repr.
from array import array
import array as arraymod

def show(src):
    try:
        r = eval(src)
    except Exception as e:
        return '%s -> %s: %s' % (src, type(e).__name__, e)
    return '%s -> %r' % (src, r)

print(arraymod.typecodes, arraymod.ArrayType is array)
for tc in arraymod.typecodes:
    vals = ['a', 'b', 'z'] if tc == 'u' else [0.5, -1.25, 3.0] if tc in 'fd' else [1, 2, 3]
    a = array(tc, vals)
    print(tc, a, a.itemsize, a.typecode, len(a), a.tolist(), a.tobytes(), list(a), a[0], a[-1], a[1:], a[::-1])
    b = array(tc, a.tobytes())
    print(tc, b == a, a * 2, a + a, vals[0] in a, a.count(vals[0]), a.index(vals[1]))
    a.append(vals[2]); a.insert(0, vals[1]); a.extend(vals); a.remove(vals[2]); print(tc, a, a.pop(), a.pop(0), a)
    a.reverse(); print(tc, a)
    a.byteswap(); a.byteswap(); print(tc, a)
    a[1:3] = array(tc, vals[:1]); print(tc, a)
    del a[0]; print(tc, a)
    print(tc, a.__reduce_ex__(3)[1][1:])
for tc, v in [('b', 300), ('b', -300), ('B', -1), ('B', 256), ('h', 2**15), ('H', -1), ('H', 2**16), ('i', 2**31), ('I', -1), ('I', 2**32),
              ('l', 2**63), ('L', -1), ('L', 2**64), ('q', 2**63), ('Q', -1), ('Q', 2**64), ('i', 1.5), ('d', 'a'), ('u', 1), ('u', 'ab'),
              ('q', -2**63), ('Q', 2**64 - 1), ('f', 1e300), ('d', 10**400), ('i', True)]:
    print(show('array(%r, [%r])' % (tc, v)))
for src in ['array("z")', 'array("u", "abc")', 'array("i", "abc")', 'array("b", b"ab")', 'array("d")', 'array("f", [0.1])',
            'array("i", [1]) + array("d", [1])', 'array("i", [1]) + [1]', 'array("i", [1, 2]).index(5)', 'array("i", [1, 2]).remove(5)',
            'array("i").pop()', 'array("i", [1])[5]', 'array("i", [1]).frombytes(b"abc")', 'array("i", [1, 2, 3])[::2]',
            'array("i", [1]) == array("d", [1.0])', 'array("i", [1, 2]) < array("i", [1, 3])', 'array("i", [1, 2]) < array("i", [1, 2, 0])',
            'array("u", "x").tounicode()', 'array("i").tounicode()', 'array("i", [1]) * 3', '3 * array("b", [1, 2])', 'array("i", [1]) * -1',
            'array("i", [1, 2, 3]).__setitem__(slice(0, 2), array("d", [1.0]))', 'array("i", [1, 2, 3]).__setitem__(slice(0, 2), [1])',
            'array("i", [1, 2]).insert(1, "x")', 'array(1)', 'array("ii")', 'array("i", 5)', 'hash(array("i"))', 'array("i", range(5))[1:4:2]',
            'array("i", range(5)).index(3, 1, 4)', 'array("i", range(5)).index(3, -1)', 'array("i", [1]).fromlist((1,))', 'array("u").fromunicode("xy")',
            'array("i", [5]).fromunicode("x")', 'array("d", [1.5]) != array("d", [1.5])', 'array("i", [1])[0.5]', 'array("i", array("u", "a"))',
            'array("i", array("b", [1, 2]))', 'array("i", (x * x for x in range(4)))', 'array("i", [1, 2])[:] is None']:
    print(show(src))
a = array('i', range(10))
a[2:8:2] = array('i', [0, 0, 0])
del a[::3]
print(a, show('a.__setitem__(slice(0, 6, 2), array("i", [1]))'))
a += array('i', [7]); a *= 2; print(a, show('a.__iadd__([1])'))
class Sub(array):
    pass
s = Sub('i', [1, 2])
print(s, type(s[:]).__name__, type(s + s).__name__, repr(Sub('d')))
print(a.__copy__() == a, a.__deepcopy__({}) == a, type(s.__copy__()).__name__)
f = arraymod._array_reconstructor(*a.__reduce_ex__(3)[1])
print(f == a, type(f), show('arraymod._array_reconstructor(5, "i", 8, b"")'))
