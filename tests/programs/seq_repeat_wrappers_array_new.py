# sequence repeat wrappers (__mul__/__rmul__/__imul__) with a non-index count; array() details
import array
for seq in ([1], (1,), 'ab', b'ab', bytearray(b'ab'), array.array('b', [1]), range(1) and [2]):
    for name in ('__mul__', '__rmul__', '__imul__'):
        m = getattr(seq, name, None)
        if m is None:
            continue
        for n in ('bad', 2.5, None, 2, True):
            try:
                print(type(seq).__name__, name, repr(n), m(n))
            except (TypeError, OverflowError) as e:
                print(type(seq).__name__, name, repr(n), type(e).__name__, e)
for args in (('b', None), ('b', 1), ('b', [1, 2]), ('b',)):
    try:
        print(array.array(*args))
    except TypeError as e:
        print('TypeError', e)


class WithKwargs(array.array):
    def __init__(self, typecode, newarg=None):
        array.array.__init__(self)
        self.newarg = newarg


w = WithKwargs('b', newarg=1)
print(w, w.newarg, type(w).__name__)
try:
    array.array('b', [1], x=1)
except TypeError as e:
    print('TypeError', e)
try:
    array.array(typecode='b')
except TypeError as e:
    print('TypeError', e)
