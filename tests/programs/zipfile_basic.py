# zipfile: archives written must be byte-identical with python3's (fixed date_time), and read back.
import zipfile, io, os, hashlib, tempfile, time, random

def h(b):
    return hashlib.sha1(b).hexdigest()[:16]

random.seed(5)
payloads = {
    "empty.txt": b"",
    "hello.txt": b"hello world\n" * 20,
    "random.bin": bytes(random.randrange(256) for _ in range(5000)),
    "big.txt": b"".join(b"row %d %s\n" % (i, b"abc" * (i % 9)) for i in range(6000)),
    "dir/nested/file.txt": b"nested",
    "unicode-\u00e9\u4e2d.txt": "caf\u00e9 \u4e2d\u6587".encode("utf-8"),
}
STAMP = (2021, 3, 4, 5, 6, 8)

def build(compression, level=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression, compresslevel=level) as z:
        for name, data in payloads.items():
            zi = zipfile.ZipInfo(name, STAMP)
            zi.compress_type = compression
            z.writestr(zi, data, compresslevel=level)
        z.writestr(zipfile.ZipInfo("dir/", STAMP), b"")
        zi = zipfile.ZipInfo("commented.txt", (2000, 12, 31, 23, 59, 58))
        zi.comment = b"member comment"
        zi.external_attr = 0o644 << 16
        z.writestr(zi, "str data is utf-8 \u20ac", compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
        z.comment = b"archive comment"
    return buf.getvalue()

for comp, level in ((zipfile.ZIP_STORED, None), (zipfile.ZIP_DEFLATED, None), (zipfile.ZIP_DEFLATED, 9), (zipfile.ZIP_DEFLATED, 0)):
    data = build(comp, level)
    print("archive", comp, level, len(data), h(data))
    z = zipfile.ZipFile(io.BytesIO(data))
    print(z.namelist())
    print(z.comment, z.testzip(), zipfile.is_zipfile(io.BytesIO(data)))
    for info in z.infolist():
        print(" ", repr(info))
        print("   ", info.filename, info.date_time, info.compress_type, info.CRC, info.file_size,
              info.compress_size, info.header_offset, info.flag_bits, info.external_attr,
              info.create_system, info.create_version, info.extract_version, info.comment, info.extra, info.is_dir())
        body = z.read(info.filename)
        assert body == (payloads.get(info.filename) if info.filename in payloads else body)
        print("    read", len(body), h(body))
    z.close()

# printdir
z = zipfile.ZipFile(io.BytesIO(build(zipfile.ZIP_DEFLATED)))
z.printdir()
out = io.StringIO()
z.printdir(file=out)
print(len(out.getvalue()))

# open() for reading: read sizes, readline, iteration, seek/tell
with z.open("big.txt") as f:
    print(repr(f), f.name, f.mode, f.readable(), f.seekable())
    print(f.read(10), f.tell(), f.readline(), f.readline(3), f.read1(5), f.tell())
    print(len(f.peek(1)) > 0)
    f.seek(100)
    print(f.tell(), f.read(20))
    f.seek(-30, 2)
    print(f.tell(), f.read())
    f.seek(5)
    lines = f.readlines()
    print(len(lines), lines[:2], lines[-1])
    f.seek(0)
    print(sum(1 for _ in f))
print(repr(f))
with z.open(z.getinfo("hello.txt")) as f:
    print(f.read())
info = z.getinfo("random.bin")
with z.open(info) as a, z.open("hello.txt") as b:
    x = a.read(100) + b.read(5) + a.read(100) + b.read()
print(h(x), len(x))
z.close()

# open() for writing, writestr with names (dates of now are not printed)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("streamed.txt", "w") as w:
        print(w.write(b"part one, "), w.write(bytearray(b"part two, ")), w.write(memoryview(b"three")))
    with z.open(zipfile.ZipInfo("stored-via-open", STAMP), "w") as w:
        w.write(b"x" * 1000)
    z.writestr("named.txt", b"named")
    z.writestr("named-dir/", b"")
    z.mkdir("made-dir")
    di = zipfile.ZipInfo("made-info-dir/", STAMP)
    di.CRC = 0
    z.mkdir(di)
    print([repr(i) for i in z.infolist()])
data = buf.getvalue()
z = zipfile.ZipFile(io.BytesIO(data))
for i in z.infolist():
    print(repr(i), i.date_time if i.date_time[0] < 2020 else "now", i.flag_bits, i.compress_type, i.external_attr)
print(z.read("streamed.txt"), len(z.read("stored-via-open")))

# writing to an unseekable stream puts a data descriptor after each member
class Pipe:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)
    def flush(self):
        pass
p = Pipe()
with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
    for name, d in payloads.items():
        z.writestr(zipfile.ZipInfo(name, STAMP), d)
    with z.open(zipfile.ZipInfo("w.txt", STAMP), "w") as w:
        w.write(b"via open")
piped = b"".join(p.chunks)
print("piped", len(piped), h(piped))
z = zipfile.ZipFile(io.BytesIO(piped))
print([(i.filename, i.flag_bits, i.CRC) for i in z.infolist()], z.testzip(), z.read("w.txt"))

# files on disk: write(), append mode, extract/extractall
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src")
os.makedirs(os.path.join(src, "sub"))
for rel, d in (("a.txt", b"file a\n" * 100), ("sub/b.bin", bytes(range(256)) * 40)):
    with open(os.path.join(src, rel), "wb") as fh:
        fh.write(d)
stamp = time.mktime((2022, 5, 6, 7, 8, 10, 0, 0, -1))
for rel in ("a.txt", "sub/b.bin", "sub", ""):
    os.utime(os.path.join(src, rel), (stamp, stamp))
zpath = os.path.join(tmp, "out.zip")
with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
    z.write(os.path.join(src, "a.txt"), "a.txt")
    z.write(os.path.join(src, "sub"), "sub")
    z.write(os.path.join(src, "sub/b.bin"), "sub/b.bin", zipfile.ZIP_STORED)
    z.write(os.path.join(src, "a.txt"), "/abs/../a-again.txt", compresslevel=9)
with open(zpath, "rb") as fh:
    disk = fh.read()
print("disk", len(disk), h(disk))
with zipfile.ZipFile(zpath, "a") as z:
    z.writestr(zipfile.ZipInfo("appended.txt", STAMP), b"appended")
    z.comment = b"now with comment"
with open(zpath, "rb") as fh:
    disk = fh.read()
print("appended", len(disk), h(disk))
with zipfile.ZipFile(zpath) as z:
    print(repr(z).replace(tmp, "TMP"))
    print(z.namelist(), z.comment)
    for i in z.infolist():
        print(repr(i), i.date_time, oct(i.external_attr >> 16) if i.is_dir() else "")
    dest = os.path.join(tmp, "dest")
    z.extractall(dest)
    print(z.extract("a.txt", os.path.join(tmp, "one")).replace(tmp, "TMP"))
    print(z.extract(z.getinfo("sub/"), os.path.join(tmp, "one")).replace(tmp, "TMP"))
print(repr(z))
for root, dirs, files in sorted(os.walk(dest)):
    dirs.sort()
    for f in sorted(files):
        p = os.path.join(root, f)
        with open(p, "rb") as fh:
            print(os.path.relpath(p, dest), h(fh.read()))
print(zipfile.is_zipfile(zpath), zipfile.is_zipfile(os.path.join(src, "a.txt")), zipfile.is_zipfile(os.path.join(tmp, "missing")))

# append to a file that is not an archive yet
plain = os.path.join(tmp, "plain.bin")
with open(plain, "wb") as fh:
    fh.write(b"#!prefix data\n")
with zipfile.ZipFile(plain, "a") as z:
    z.writestr(zipfile.ZipInfo("inside.txt", STAMP), b"inside")
with open(plain, "rb") as fh:
    raw = fh.read()
print(len(raw), h(raw))
with zipfile.ZipFile(plain) as z:
    print(z.read("inside.txt"), z.getinfo("inside.txt").header_offset)
# 'x' mode
xp = os.path.join(tmp, "x.zip")
with zipfile.ZipFile(xp, "x") as z:
    z.writestr(zipfile.ZipInfo("x", STAMP), b"x")
try:
    zipfile.ZipFile(xp, "x")
except FileExistsError:
    print("FileExistsError")
# 'a' on a missing file creates it
ap = os.path.join(tmp, "new.zip")
with zipfile.ZipFile(ap, "a") as z:
    z.writestr(zipfile.ZipInfo("n", STAMP), b"n")
with open(ap, "rb") as fh:
    print(h(fh.read()))
import shutil
shutil.rmtree(tmp)
