# zlib: bad input ends in zlib.error with zlib's messages; argument errors as CPython's.
import zlib

good = zlib.compress(b"some data to compress " * 40)
raw = zlib.compressobj(6, zlib.DEFLATED, -15)
rawdata = raw.compress(b"raw stream " * 30) + raw.flush()
gz = zlib.compressobj(6, zlib.DEFLATED, 31)
gzdata = gz.compress(b"gzip stream " * 30) + gz.flush()

def attempt(label, f):
    try:
        r = f()
        print(label, "->", r if not isinstance(r, bytes) else (len(r), r[:20]))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

cases = {
    "header": b"abc",
    "empty": b"",
    "truncated": good[:-5],
    "no checksum": good[:-1],
    "bad checksum": good[:-1] + bytes([good[-1] ^ 1]),
    "junk after": good + b"junk",
    "method": bytes([0x79, 0x9c]) + good[2:],
    "window": bytes([0x88, 0x98]) + good[2:],
    "bad block type": b"\x78\x9c\x07",
    "stored lengths": b"\x78\x9c\x00\x05\x00\x00\x00",
    "distance": b"\x78\x9c\x63\x00\x02",
    "gzip as zlib": gzdata,
    "raw as zlib": rawdata,
    "one byte": b"\x78",
}
for k, v in cases.items():
    attempt(k, lambda: zlib.decompress(v))
    attempt(k + " (obj)", lambda: zlib.decompressobj().decompress(v))
attempt("raw ok", lambda: zlib.decompress(rawdata, -15))
attempt("raw trunc", lambda: zlib.decompress(rawdata[:-3], -15))
attempt("gzip ok", lambda: zlib.decompress(gzdata, 31))
attempt("gzip auto", lambda: zlib.decompress(gzdata, 47))
attempt("gzip bad crc", lambda: zlib.decompress(gzdata[:-8] + b"\0\0\0\0" + gzdata[-4:], 31))
attempt("gzip bad len", lambda: zlib.decompress(gzdata[:-4] + b"\0\0\0\0", 31))
attempt("gzip magic", lambda: zlib.decompress(b"\x1f\x8c" + gzdata[2:], 31))
attempt("gzip method", lambda: zlib.decompress(b"\x1f\x8b\x07" + gzdata[3:], 31))
attempt("gzip flags", lambda: zlib.decompress(gzdata[:3] + b"\xe0" + gzdata[4:], 31))
attempt("zlib as gzip", lambda: zlib.decompress(good, 31))
attempt("auto junk", lambda: zlib.decompress(b"hello", 47))
attempt("stored raw", lambda: zlib.decompress(b"\x01\x03\x00\xfc\xffabc", -15))
attempt("stored raw bad", lambda: zlib.decompress(b"\x01\x03\x00\xfc\xfeabc", -15))
attempt("fixed raw", lambda: zlib.decompress(b"\x03\x00", -15))
attempt("dynamic bad", lambda: zlib.decompress(b"\x05\xff\xff\xff\xff\xff\xff", -15))
attempt("dynamic bad2", lambda: zlib.decompress(b"\x05\x00\x00\x00\x00\x00", -15))

# wbits ranges
for w in (-16, -15, -9, -8, 0, 7, 8, 9, 15, 16, 24, 25, 31, 32, 40, 47, 48, 100):
    attempt("compress wbits %d" % w, lambda: zlib.compress(b"x", 6, w))
    attempt("compressobj wbits %d" % w, lambda: zlib.compressobj(wbits=w).flush())
    attempt("decompress wbits %d" % w, lambda: zlib.decompress(good, w))
    attempt("decompressobj wbits %d" % w, lambda: zlib.decompressobj(w).decompress(good))
for lv in (-2, -1, 0, 9, 10):
    attempt("level %d" % lv, lambda: zlib.compress(b"x", lv))
    attempt("obj level %d" % lv, lambda: zlib.compressobj(lv).flush())
for kw in ({"method": 9}, {"memLevel": 0}, {"memLevel": 10}, {"strategy": 5}, {"strategy": -1}, {"zdict": "str"}, {"zdict": None}, {"zdict": b""}):
    attempt("compressobj %r" % kw, lambda: zlib.compressobj(**kw).flush())
attempt("decompressobj zdict str", lambda: zlib.decompressobj(zdict="str"))
attempt("decompressobj zdict None", lambda: zlib.decompressobj(zdict=None))

# argument errors
attempt("compress str", lambda: zlib.compress("text"))
attempt("compress none", lambda: zlib.compress(None))
attempt("compress no args", lambda: zlib.compress())
attempt("compress 4 args", lambda: zlib.compress(b"", 1, 2, 3))
attempt("compress kw data", lambda: zlib.compress(data=b""))
attempt("compress level str", lambda: zlib.compress(b"", level="x"))
attempt("compress level float", lambda: zlib.compress(b"", level=1.5))
attempt("compress level huge", lambda: zlib.compress(b"", 2 ** 40))
attempt("compress level bool", lambda: zlib.compress(b"ab", True))
attempt("decompress bufsize", lambda: zlib.decompress(good, bufsize=-1))
attempt("decompress bufsize 0", lambda: zlib.decompress(good, bufsize=0))
attempt("decompress bufsize 1", lambda: zlib.decompress(good, bufsize=1))
attempt("decompress bufsize huge", lambda: zlib.decompress(good, bufsize=2 ** 70))
attempt("decompress bad kw", lambda: zlib.decompress(good, foo=1))
attempt("crc32 none", lambda: zlib.crc32())
attempt("crc32 three", lambda: zlib.crc32(b"", 1, 2))
attempt("crc32 str", lambda: zlib.crc32("x"))
attempt("crc32 float", lambda: zlib.crc32(b"", 1.0))
attempt("adler32 kw", lambda: zlib.adler32(b"", value=1))
attempt("compressobj 7", lambda: zlib.compressobj(1, 2, 3, 4, 5, 6, 7))
attempt("decompressobj 3", lambda: zlib.decompressobj(1, 2, 3))
attempt("decompressobj kw", lambda: zlib.decompressobj(bad=1))
co = zlib.compressobj()
do = zlib.decompressobj()
attempt("Compress.compress()", lambda: co.compress())
attempt("Compress.compress(str)", lambda: co.compress("s"))
attempt("Compress.compress(2)", lambda: co.compress(b"", 1))
attempt("Compress.compress(data=)", lambda: co.compress(data=b""))
attempt("Compress.flush(2)", lambda: co.flush(1, 2))
attempt("Compress.flush(str)", lambda: co.flush("a"))
attempt("Compress.flush(kw)", lambda: co.flush(mode=1))
attempt("Compress.flush(7)", lambda: co.flush(7))
attempt("Compress.flush(-1)", lambda: co.flush(-1))
attempt("Compress.copy(1)", lambda: co.copy(1))
attempt("Decompress.decompress()", lambda: do.decompress())
attempt("Decompress.decompress(-1)", lambda: do.decompress(b"", -1))
attempt("Decompress.decompress(huge)", lambda: do.decompress(b"", 2 ** 70))
attempt("Decompress.decompress(kw)", lambda: do.decompress(b"", max_length=3))
attempt("Decompress.decompress(3)", lambda: do.decompress(b"", 1, 2))
attempt("Decompress.flush(0)", lambda: do.flush(0))
attempt("Decompress.flush(2)", lambda: do.flush(1, 2))
attempt("Decompress.__deepcopy__()", lambda: do.__deepcopy__())
attempt("Decompress attr", lambda: setattr(do, "eof", True))
attempt("Compress()", lambda: type(co)())
attempt("Decompress()", lambda: type(do)())
attempt("memoryview non-contiguous", lambda: zlib.compress(memoryview(b"abcdef")[::2]))
try:
    zlib.decompress(b"bad")
except Exception as e:
    print(repr(e), e.args, isinstance(e, Exception))
