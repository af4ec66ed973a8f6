# gzip: compress/decompress and GzipFile in every mode must produce python3's exact bytes
# (given a fixed mtime) and read them back.
import gzip, io, os, hashlib, tempfile, zlib, random

def h(b):
    return hashlib.sha1(b).hexdigest()[:16]

random.seed(3)
texts = [b"", b"x", b"hello gzip\n" * 500, b"".join(hashlib.sha256(b"%d" % i).digest() for i in range(250)),
         b"".join(b"%d,%d,%d\n" % (i, i * i, i ^ 77) for i in range(8000))]

for d in texts:
    for level in (0, 1, 5, 6, 9):
        for mtime in (0, 1700000000):
            c = gzip.compress(d, level, mtime=mtime)
            assert gzip.decompress(c) == d
            print(len(d), level, mtime, len(c), h(c), c[:10].hex())
print(gzip.compress(bytearray(b"ba"), mtime=9).hex(), gzip.compress(memoryview(b"mv"), mtime=9).hex())
print(gzip.decompress(bytearray(gzip.compress(b"q", mtime=1))), gzip.decompress(memoryview(gzip.compress(b"r", mtime=1))))

# several members, NUL padding between them
multi = gzip.compress(b"one ", mtime=1) + gzip.compress(b"two ", mtime=2) + b"\0" * 5 + gzip.compress(b"three", mtime=3) + b"\0\0"
print(gzip.decompress(multi))
print(gzip.GzipFile(fileobj=io.BytesIO(multi)).read())

# GzipFile writing to a BytesIO, with and without a name
for name in (None, "data.txt.gz", "dir/other.bin", "plain"):
    buf = io.BytesIO()
    with gzip.GzipFile(name, "wb", 6, buf, mtime=1234) as f:
        print(f.mode, repr(f.name), f.writable(), f.readable(), f.seekable())
        for d in texts:
            print(f.write(d), f.tell())
        f.write(memoryview(b"abcd").cast("H"))
    print(name, len(buf.getvalue()), h(buf.getvalue()), buf.getvalue()[:24])
    f = gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue()))
    print(f.mode, f.mtime, f.read() == b"".join(texts) + b"abcd", f.mtime, f.closed)
    f.close()
    print(f.closed)

# writes of many sizes at level 0 (stored blocks follow the write calls)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=0, mtime=5) as f:
    for n in (1, 100, 40000, 70000, 3):
        f.write(bytes(range(256)) * (n // 256) + b"z" * (n % 256))
print("level0", len(buf.getvalue()), h(buf.getvalue()))

# flush modes while writing
buf = io.BytesIO()
f = gzip.GzipFile(fileobj=buf, mode="wb", mtime=5)
f.write(b"abc" * 100)
f.flush()
print(len(buf.getvalue()), h(buf.getvalue()))
f.write(b"def" * 100)
f.flush(zlib.Z_FULL_FLUSH)
print(len(buf.getvalue()), h(buf.getvalue()))
f.close()
print(len(buf.getvalue()), h(buf.getvalue()), gzip.decompress(buf.getvalue()) == b"abc" * 100 + b"def" * 100)

# reading: read sizes, read1, peek, readline, iteration, seek/tell/rewind
payload = b"".join(b"line %04d %s\n" % (i, b"=" * (i % 50)) for i in range(3000))
blob = gzip.compress(payload, mtime=77)
f = gzip.GzipFile(fileobj=io.BytesIO(blob))
print(f.read(10), f.tell(), len(f.read1(100)) > 0, len(f.peek(5)) >= 5)
print(f.readline(), f.readline(5), f.readline(), f.tell())
f.seek(0)
print(f.tell(), f.read(12))
f.seek(100)
print(f.tell(), f.read(12))
f.seek(10, io.SEEK_CUR)
print(f.tell(), f.read(12))
f.seek(50)
print(f.read(12))
lines = f.readlines()
print(len(lines), lines[0], lines[-1])
f.rewind()
print(sum(1 for _ in f), f.tell(), f.read(), f.read(5))
ba = bytearray(20)
f.rewind()
print(f.readinto(ba), bytes(ba))
try:
    f.seek(0, io.SEEK_END)
except ValueError as e:
    print("ValueError:", e)
f.close()

# seek forward while writing pads with NULs
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=1) as f:
    f.write(b"start")
    print(f.seek(3000), f.tell())
    f.write(b"end")
    print(f.seek(10, io.SEEK_CUR))
    try:
        f.seek(5)
    except OSError as e:
        print("OSError:", e)
    try:
        f.seek(0, io.SEEK_END)
    except ValueError as e:
        print("ValueError:", e)
    try:
        f.rewind()
    except OSError as e:
        print("OSError:", e)
print(len(gzip.decompress(buf.getvalue())), h(buf.getvalue()))

# files on disk: open() in binary and text modes, append makes a second member
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "sample.txt.gz")
with gzip.open(path, "wb") as f:
    f.write(b"binary\n")
with gzip.open(path, "ab") as f:
    f.write(b"appended\n")
with gzip.open(path, "at", encoding="utf-8") as f:
    f.write("text \u00e9\u4e2d\n")
with gzip.open(path, "rb") as f:
    print(f.read())
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(f.readlines())
with gzip.open(path, "rt", encoding="latin-1", newline="") as f:
    print(repr(f.read()))
with gzip.open(path, "wt", encoding="utf-8", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as raw:
    data = raw.read()
print(gzip.decompress(data), data[3], data[10:20])
with open(path, "rb") as raw:
    with gzip.open(raw) as f:
        print(f.read(), f.name == path)
with gzip.GzipFile(path, "rb") as f:
    print(f.read(3), f.name == path)
with gzip.open(path, "wb", mtime=42) if False else gzip.GzipFile(path, "wb", mtime=42) as f:
    f.write(b"fixed mtime")
with open(path, "rb") as raw:
    print(raw.read().hex())
xpath = os.path.join(tmp, "new.gz")
with gzip.open(xpath, "xb") as f:
    f.write(b"exclusive")
try:
    gzip.open(xpath, "xb")
except FileExistsError as e:
    print("FileExistsError")
print(gzip.open(xpath).read())
with gzip.open(xpath, "w") as f:
    print(f.mode)
for p in (path, xpath):
    os.remove(p)
os.rmdir(tmp)
