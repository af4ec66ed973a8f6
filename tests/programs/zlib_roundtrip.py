# zlib: one-shot and streaming compression must be byte-identical with CPython's zlib for every
# level, strategy, memLevel and wbits (container) choice; digests of the compressed bytes.
import zlib, hashlib, random

random.seed(7)
texts = [
    b"",
    b"a",
    b"hello world " * 300,
    b"".join(hashlib.sha256(b"r%d" % i).digest() for i in range(94)),
    bytes(random.choice(b"abcdefgh \n") for _ in range(40000)),
    b"".join(b"line %d: %s\n" % (i, b"x" * (i % 37)) for i in range(2000)),
    bytes(100000),
]

def h(b):
    return hashlib.sha1(b).hexdigest()[:16]

for i, d in enumerate(texts):
    c = zlib.compress(d)
    print(i, len(d), len(c), h(c), zlib.decompress(c) == d)
    for level in range(-1, 10):
        c = zlib.compress(d, level)
        assert zlib.decompress(c) == d
        print("  level", level, len(c), h(c))
    for wbits in (9, 12, 15, -9, -15, 25, 31):
        c = zlib.compress(d, 6, wbits)
        back = zlib.decompress(c, wbits)
        auto = zlib.decompress(c, 47) if wbits > 0 else back
        print("  wbits", wbits, len(c), h(c), back == d, auto == d)

# compressobj: every strategy and memLevel, fed in pieces
d = texts[5]
for strategy in range(5):
    for mem in (1, 5, 9):
        for level in (0, 1, 6, 9):
            co = zlib.compressobj(level, zlib.DEFLATED, 15, mem, strategy)
            out = b"".join(co.compress(d[j:j + 5000]) for j in range(0, len(d), 5000)) + co.flush()
            assert zlib.decompress(out) == d
            print("strategy", strategy, "mem", mem, "level", level, len(out), h(out))

# flush modes in the middle of a stream
co = zlib.compressobj()
parts = [co.compress(b"abc" * 50), co.flush(zlib.Z_SYNC_FLUSH), co.compress(b"def" * 60),
         co.flush(zlib.Z_FULL_FLUSH), co.compress(b"xyz"), co.flush(zlib.Z_NO_FLUSH),
         co.flush(zlib.Z_PARTIAL_FLUSH), co.flush(zlib.Z_BLOCK), co.flush()]
print([p.hex() for p in parts])
print(zlib.decompress(b"".join(parts)) == b"abc" * 50 + b"def" * 60 + b"xyz")

# level 0 over several output blocks (stored blocks are cut at the output buffer's boundaries)
# incompressible bytes, made quickly: a chain of SHA-256 digests
big = b"".join(hashlib.sha256(b"%d" % i).digest() for i in range(6250))
for lv in (0, 1):
    c = zlib.compress(big, lv)
    print("big", lv, len(c), h(c))
    co = zlib.compressobj(lv)
    c2 = co.compress(big) + co.flush()
    print("big obj", lv, len(c2), h(c2))

# bytes-like inputs
print(zlib.compress(bytearray(b"bytearray")).hex(), zlib.compress(memoryview(b"memoryview")).hex())
print(zlib.decompress(bytearray(zlib.compress(b"q"))), zlib.decompress(memoryview(zlib.compress(b"r"))))

# checksums
for d in texts:
    print(zlib.crc32(d), zlib.adler32(d), zlib.crc32(d, 12345), zlib.adler32(d, 0xfffffff0))
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2 ** 64 + 3), zlib.adler32(b"", 0xffffffff), zlib.adler32(b"z", 0xffffffff))
x = 0
for piece in (b"abc", b"def", b"ghi"):
    x = zlib.crc32(piece, x)
print(x == zlib.crc32(b"abcdefghi"), zlib.crc32(memoryview(b"mv")), zlib.adler32(bytearray(b"ba")))

# constants
for name in sorted(n for n in dir(zlib) if n[0].isupper()):
    print(name, getattr(zlib, name))
print(zlib.error.__name__, zlib.error.__module__, zlib.error.__mro__[1].__name__)
