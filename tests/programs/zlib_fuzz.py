# zlib: seeded random corruptions (bytes replaced, cut, inserted, bits flipped) of zlib, raw and
# gzip streams; every outcome (data or zlib.error message, eof, unused_data) as python3's.
import zlib, random
random.seed(1)
base = [zlib.compress(b"".join(b"%d abc %s\n" % (i, b"xy" * (i % 13)) for i in range(800)), lv) for lv in (0, 1, 6, 9)]
base += [zlib.compress(bytes(random.randrange(256) for _ in range(3000)), 6)]
co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FIXED); base.append(co.compress(b"fixed huffman " * 300) + co.flush())
co = zlib.compressobj(9, zlib.DEFLATED, 31); base.append(co.compress(b"gzip " * 300) + co.flush())
for n in range(800):
    b = bytearray(random.choice(base))
    wb = 15
    if b[0] == 0x1f: wb = 31
    elif b[0] & 0x0f != 8: wb = -15
    k = random.randrange(4)
    if k == 0:
        for _ in range(random.randrange(1, 4)):
            b[random.randrange(len(b))] = random.randrange(256)
    elif k == 1:
        b = b[:random.randrange(len(b))]
    elif k == 2:
        i = random.randrange(2, len(b)); b[i:i] = bytes(random.randrange(256) for _ in range(random.randrange(1, 5)))
    else:
        i = random.randrange(len(b)); b[i] ^= 1 << random.randrange(8)
    try:
        r = zlib.decompress(bytes(b), wb); out = "ok %d %d" % (len(r), zlib.crc32(r))
    except zlib.error as e:
        out = str(e)
    d = zlib.decompressobj(wb)
    try:
        r = d.decompress(bytes(b), 777); r += d.decompress(d.unconsumed_tail); r += d.flush()
        out2 = "ok %d %d %s %d" % (len(r), zlib.crc32(r), d.eof, len(d.unused_data))
    except zlib.error as e:
        out2 = str(e)
    print(n, k, out, "|", out2)
