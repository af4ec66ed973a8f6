# struct: every format character in every byte order, alignment, round trips, errors.
import struct

def show(src):
    try:
        r = eval(src)
    except Exception as e:
        return '%s -> %s: %s' % (src, type(e).__name__, e)
    return '%s -> %r' % (src, r)

vals = {'b': [0, 1, -1, 127, -128, 128, -129], 'B': [0, 255, 256, -1], 'h': [0, -32768, 32767, 32768, -32769],
        'H': [0, 65535, 65536, -1], 'i': [0, 2**31 - 1, -2**31, 2**31, -2**31 - 1], 'I': [0, 2**32 - 1, 2**32, -1],
        'l': [0, 2**31, 2**63 - 1, -2**63, 2**63], 'L': [0, 2**32, 2**64 - 1, 2**64, -1], 'q': [0, -1, 2**63 - 1, -2**63, 2**63, -2**63 - 1],
        'Q': [0, 2**64 - 1, 2**64, -1], 'n': [0, -5, 2**63], 'N': [0, 2**64 - 1, -1], 'P': [0, 1, -1, 2**64 - 1, 2**64],
        'e': [0.0, -0.0, 1.0, 65504.0, 65519.99, 65520.0, 1e-8, 6e-8, 3e-8, 5.960464477539063e-08, 1e-5, 0.1, -2.5, float('inf'), float('nan'), 1e300],
        'f': [0.0, 1.5, 0.1, 3.4028234663852886e+38, 3.5e38, 1e300, 1e-46, float('-inf'), 2, True], 'd': [0.0, 0.1, -1e308, 5e-324, float('inf'), 2**1024, 7],
        '?': [0, 1, [], [0], '', 'x', None], 'c': [b'a', b'ab', b'', 'a', bytearray(b'z')]}
for order in ['', '@', '=', '<', '>', '!']:
    for code, vs in vals.items():
        if order not in ('', '@') and code in 'nNP':
            continue
        fmt = order + code
        print(show('struct.calcsize(%r)' % fmt))
        for v in vs:
            try:
                b = struct.pack(fmt, v)
            except Exception as e:
                print(fmt, repr(v), type(e).__name__, e)
                continue
            print(fmt, repr(v), b, struct.unpack(fmt, b))
for src in [
    'struct.pack("i", 1.5)', 'struct.pack("i", "a")', 'struct.pack("f", "a")', 'struct.pack("d", 10**400)', 'struct.pack("s", 5)',
    'struct.pack("p", "x")', 'struct.pack("i")', 'struct.pack("i", 1, 2)', 'struct.pack("z", 1)', 'struct.pack("3", 1)',
    'struct.unpack("i", b"abc")', 'struct.unpack_from("i", b"abcdef", 4)', 'struct.unpack_from("i", b"abcdef", -10)',
    'struct.unpack_from("<h", b"abcdef", -2)', 'struct.unpack_from("<h", b"abcdef", 10)', 'struct.pack_into("i", bytearray(3), 0, 1)',
    'list(struct.iter_unpack("i", b"abcde"))', 'struct.iter_unpack("", b"")', 'struct.Struct(5)', 'struct.calcsize("@bi")',
    'struct.calcsize("=bi")', 'struct.calcsize("@bq0i")', 'struct.calcsize("P")', 'struct.calcsize("4s2p")', 'struct.calcsize("@c h")',
    'struct.calcsize("@hi")', 'struct.calcsize("@id")', 'struct.calcsize("@?q")', 'struct.calcsize("@3sP")', 'struct.calcsize("!")',
    'struct.pack("5p", b"abcdefg")', 'struct.pack("1p", b"abc")', 'struct.pack("0p", b"abc")', 'struct.unpack("3p", b"\\x05bc")',
    'struct.unpack("0p", b"")', 'struct.pack("3s", b"a")', 'struct.pack("<3s", bytearray(b"abcd"))', 'struct.pack("@bhiq", 1, 2, 3, 4)',
    'struct.pack(" i ", 1)', 'struct.calcsize("i i")', 'struct.pack("2x", 1)', 'struct.pack("x")', 'struct.pack("<2c", b"a", b"b")',
    'struct.calcsize("999999999999999999999i")', 'struct.pack(b"<h", 1)', 'struct.unpack(b"<h", b"ab")', 'struct.unpack("<h", "ab")',
    'struct.unpack("<h", bytearray(b"ab"))', 'struct.unpack("<h", memoryview(b"ab"))', 'struct.unpack("<2h", memoryview(b"abcdef")[1:5])',
    'list(struct.iter_unpack("<h", b"abcdef"))', 'struct.iter_unpack("<h", b"abcd").__length_hint__()', 'struct.Struct("<i").format',
    'struct.Struct(b"<i").format', 'struct.Struct("<i").size', 'struct.Struct("<i").pack(1, 2)', 'struct.Struct("<i").unpack(b"ab")',
    'struct.Struct("<i").unpack_from(b"abcdef", offset=1)', 'struct.unpack_from("<i", buffer=b"abcd")', 'struct.Struct("hhl").unpack(struct.Struct("hhl").pack(1, 2, 3))',
    'type(struct.Struct("i"))', 'struct.error', 'struct.error.__mro__', 'struct.pack("<qQ", -1, 1)', 'struct.unpack(">qQ", b"\\xff" * 16)',
    'struct.pack("<i", True)', 'struct.pack("<?", 5)', 'struct.unpack("<?", b"\\x05")', 'struct.pack("<5s", "abc")', 'struct.pack("<c", 1)',
]:
    print(show(src))
class Idx:
    def __index__(self):
        return 42
print(show('struct.pack("<i", Idx())'))
ba = bytearray(10)
struct.pack_into("<hh", ba, 2, 1, -1)
print(ba)
struct.pack_into("<h", ba, -2, 7)
print(ba, show('struct.pack_into("<h", ba, -1, 7)'), show('struct.pack_into("<h", b"abcd", 0, 7)'))
s = struct.Struct('<3sh')
print(s.pack(b'xyz', 5), s.unpack(b'xyz\x05\x00'), s.size, s.format)
class MyStruct(struct.Struct):
    pass
print(MyStruct('<i').pack(3))
