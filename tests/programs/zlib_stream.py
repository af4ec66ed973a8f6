# zlib.decompressobj: max_length / unconsumed_tail / unused_data / eof, dictionaries, copy().
import zlib, hashlib

data = b"".join(b"%05d the quick brown fox jumps over the lazy dog\n" % i for i in range(3000))
comp = zlib.compress(data, 9)

# byte-at-a-time feeding
d = zlib.decompressobj()
out = []
for i in range(len(comp)):
    out.append(d.decompress(comp[i:i + 1]))
print(b"".join(out) == data, d.eof, d.unused_data, d.unconsumed_tail, len([o for o in out if o]))

# max_length chunks
d = zlib.decompressobj()
buf = comp + b"TRAILER"
got = []
chunk = d.decompress(buf, 1000)
while True:
    got.append(len(chunk))
    if d.eof:
        break
    chunk = d.decompress(d.unconsumed_tail, 1000)
print(sum(got), got[:5], got[-2:], d.eof, d.unused_data, d.unconsumed_tail)

for ml in (1, 7, 100, 4096, 16384, 40000):
    d = zlib.decompressobj()
    first = d.decompress(comp, ml)
    print("max_length", ml, len(first), len(d.unconsumed_tail), d.eof)
    rest = d.flush()
    print("  flush", len(rest), first + rest == data, d.eof, len(d.unconsumed_tail))

# unused data accumulates after the end
d = zlib.decompressobj()
print(len(d.decompress(comp + b"abc")), d.unused_data)
print(d.decompress(b"def"), d.unused_data, d.eof)

# flush with a length
d = zlib.decompressobj()
part = d.decompress(comp[:500])
print(len(part), len(d.flush(1)), d.eof)
d = zlib.decompressobj()
d.decompress(comp[:-10])
print(len(d.flush()), d.eof)

# gzip and raw containers, auto detection
for wbits in (31, -15, 15):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    c = co.compress(data) + co.flush()
    for dw in (wbits, 47 if wbits > 0 else wbits, 0 if wbits == 15 else wbits):
        d = zlib.decompressobj(dw)
        print(wbits, dw, d.decompress(c) == data, d.eof)

# dictionaries
zd = b"the quick brown fox jumps over the lazy dog"
co = zlib.compressobj(zdict=zd)
c = co.compress(data[:2000]) + co.flush()
print("zdict", len(c), c[:8].hex())
print(zlib.decompressobj(zdict=zd).decompress(c) == data[:2000])
print(zlib.decompressobj(zdict=bytearray(zd)).decompress(c) == data[:2000])
try:
    zlib.decompress(c)
except zlib.error as e:
    print("error:", e)
try:
    zlib.decompressobj().decompress(c)
except zlib.error as e:
    print("error:", e)
try:
    zlib.decompressobj(zdict=b"wrong dictionary").decompress(c)
except zlib.error as e:
    print("error:", e)
co = zlib.compressobj(wbits=-15, zdict=zd)
c = co.compress(b"fox dog quick") + co.flush()
print("raw zdict", c.hex(), zlib.decompressobj(-15, zd).decompress(c))

# copy() of compressors and decompressors
co = zlib.compressobj(9)
a = co.compress(data[:50000])
co2 = co.copy()
import copy
co3 = copy.copy(co)
co4 = copy.deepcopy(co)
tails = [c.compress(data[50000:]) + c.flush() for c in (co, co2, co3, co4)]
print(len(set(tails)), hashlib.md5(a + tails[0]).hexdigest())
co2 = co2  # finished copies cannot be copied again
try:
    co.copy()
except ValueError as e:
    print("ValueError:", e)

d = zlib.decompressobj()
x = d.decompress(comp[:3000])
d2 = d.copy()
y1 = d.decompress(comp[3000:])
y2 = d2.decompress(comp[3000:])
print(y1 == y2, x + y1 == data, d2.eof)
d.flush()
try:
    d.copy()
except ValueError as e:
    print("ValueError:", e)

# using objects after finishing
co = zlib.compressobj()
co.compress(b"abc")
co.flush()
for f in (lambda: co.compress(b"x"), lambda: co.flush(), lambda: co.flush(zlib.Z_SYNC_FLUSH)):
    try:
        print(f())
    except zlib.error as e:
        print("error:", e)
print(co.flush(zlib.Z_NO_FLUSH))
d = zlib.decompressobj()
d.decompress(zlib.compress(b"x"))
print(d.flush(), d.eof)
try:
    print(d.decompress(b"more"), d.unused_data)
except zlib.error as e:
    print("error:", e)
print(type(co).__name__, type(d).__name__, type(co).__module__)
