# reversed() and the sequence protocol on memoryviews
import array, operator
for m in (memoryview(b'abc'), memoryview(bytearray(b'xy')).cast('B'), memoryview(b'abcdef')[::2],
          memoryview(array.array('h', [1, 2, 3])), memoryview(b'')):
    print(list(reversed(m)), m[-1] if len(m) else None, operator.countOf(m, 98), operator.indexOf(m, m[0]) if len(m) else None)
try:
    reversed(memoryview(b'ab').cast('B', ()))
except TypeError as e:
    print('TypeError', e)
m = memoryview(b'ab')
m.release()
try:
    reversed(m)
except ValueError as e:
    print('ValueError', e)
