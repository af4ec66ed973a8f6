# struct: offset error messages (negative, huge), NUL in a format
import struct
import sys

buf = bytearray(10)
cases = [lambda: struct.pack_into('<I', buf, -2, 123), lambda: struct.pack_into('<B', buf, -11, 1),
         lambda: struct.unpack_from('<I', buf, -2), lambda: struct.unpack_from('<B', buf, -11),
         lambda: struct.pack_into('<I', buf, sys.maxsize, 1), lambda: struct.unpack_from('<I', buf, sys.maxsize),
         lambda: struct.unpack_from('<I', buf, 8), lambda: struct.pack_into('<I', buf, 7, 1),
         lambda: struct.unpack_from('<I', buf, -4), lambda: struct.unpack_from('<I', buf, sys.maxsize + 1),
         lambda: struct.calcsize('\0'), lambda: struct.calcsize('2\0i'), lambda: struct.calcsize(b'\0'),
         lambda: struct.Struct('i\0')]
for f in cases:
    try:
        print(f())
    except (struct.error, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
