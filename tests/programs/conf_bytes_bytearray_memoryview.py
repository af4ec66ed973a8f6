def t(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, 'EXC', type(e).__name__, e)
for e in ['b"abc".hex()', 'b"abcdef".hex(":", 2)', 'b"abcdef".hex("-", -2)', 'b"ab".hex("")', 'b"ab".hex("::")', 'bytes.fromhex("61 62  63")', 'bytes.fromhex("6")', 'bytes.fromhex("zz")', 'bytes.fromhex(" 61\\n62")',
          'bytearray.fromhex("ff00")', 'bytes(3)', 'bytes([1, 2])', 'bytes("é", "utf-8")', 'bytes(b"x")', 'bytes(memoryview(b"mv"))', 'bytes(range(3))', 'bytes(1.5)', 'bytes([1.5])', 'bytes("x")', 'bytes(x for x in [65])',
          'b"a" * 3', 'b"abc"[1]', 'b"abc"[1:]', 'b"abc"[::-1]', 'b"a" in b"abc"', '97 in b"abc"', '300 in b"abc"', '"a" in b"abc"', 'b"abc".find(98)', 'b"abc".index(b"z")', 'b"a,b".split(b",")', 'b" a b ".split()',
          'b"abc".upper()', 'b"ABC".lower()', 'b"hello world".title()', 'b"abc".center(7, b"*")', 'b"abc".center(7, "*")', 'b"x".join([b"a", bytearray(b"b"), memoryview(b"c")])', 'b"x".join(["a"])', 'b"abc".replace(b"b", b"B")',
          'b"abc".startswith((b"a", b"z"))', 'b"abc".strip(b"ac")', 'b"\\x00\\xff".decode("latin-1")', 'b"abc" + bytearray(b"d")', 'bytearray(b"d") + b"abc"', 'b"abc" == bytearray(b"abc")', 'b"a" < b"b"', 'b"a" < "b"',
          'hash(b"abc") == hash(b"abc")', 'b"abc".count(b"")', 'b"%s and %d" % (b"x", 5)', 'b"abc".translate(None, b"b")', 'b"abc".translate(bytes.maketrans(b"a", b"z"))', 'bytes.maketrans(b"ab", b"c")', 'b"abc".isalpha()', 'b"ab1".isalnum()',
          'b"A B".istitle()', 'b"  ".isspace()', 'b"\\t\\x0b".isspace()', 'b"abc".partition(b"b")', 'b"a\\tb".expandtabs(4)', 'b"abc".zfill(5)', 'b"abc".removeprefix(b"a")', 'list(b"ab")', 'b"ab"[0] + 1', 'repr(b"\\x7f\\x80\\"\'")',
          'repr(bytearray(b"q"))', 'str(bytearray())', 'bytearray(b"abc").pop()', 'bytearray().pop()', 'bytearray(b"abc").remove(98)', 'bytearray(b"abc").remove(120)', 'bytearray(b"ab").insert(1, 120)', 'bytearray(5)', 'bytearray(b"x") * 2',
          'memoryview(b"abc")[1]', 'memoryview(b"abc")[::2].tobytes()', 'memoryview(b"abc").tolist()', 'memoryview(bytearray(b"abc")).readonly', 'len(memoryview(b"abcd").cast("H"))', 'memoryview(b"abcd").cast("H").tolist()', 'memoryview(b"x").format',
          'memoryview(b"abc") == b"abc"', 'bytes(memoryview(b"abc")[1:])', 'memoryview(b"abc").hex()', 'int.from_bytes(memoryview(b"\\x01\\x00"), "little")', 'b"".join([])', 'bytes.__len__(b"ab")', 'b"abc".rjust(2)', 'b"abc".ljust(5, b"-")',
          'b"a\\r\\nb".splitlines(keepends=True)', 'b"aXbXc".rsplit(b"X", 1)', 'b"ab".endswith(b"")', 'b"Ab".swapcase()', 'b"ab cd".capitalize()', 'bytes.fromhex("")', 'b"abc"[5:10]', 'b"abc"[-10]', 'b"".hex()', 'ord(b"a")', 'ord(bytearray(b"z"))', 'ord(b"ab")', 'chr(b"a"[0])']:
    t(e)
ba = bytearray(b'hello')
ba[0] = 72; ba[1:3] = b'EY'; ba += b'!'; ba.extend([33, 34]); ba.append(35); del ba[-1]; print(ba, len(ba))
ba.reverse(); print(ba); ba.clear(); print(ba)
mv = memoryview(bytearray(b'abcdef')); mv[0] = 122; mv[1:3] = b'YZ'; print(mv.obj, mv.nbytes, mv.shape, mv.strides, mv.itemsize, mv.ndim)
try: mv[0] = 300
except ValueError as e: print(e)
try: mv[0:2] = b'xyz'
except ValueError as e: print(e)
try: memoryview(b'x')[0] = 1
except TypeError as e: print(e)
mv.release()
try: mv[0]
except ValueError as e: print(e)
b = bytearray(b'abc'); m = memoryview(b)
try: b.append(1)
except BufferError as e: print(e)
m.release(); b.append(100); print(b)
with memoryview(b'ctx') as cm: print(cm.tobytes())
