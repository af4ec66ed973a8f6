# zipfile: corrupt archives, wrong modes and misuse end in CPython's exceptions and messages;
# traditional PKWARE encryption is read with the right password. (bz2/lzma members are not
# compared: tspy has neither module, so they raise RuntimeError as in a CPython built without them.)
import zipfile, io, struct, warnings, zlib

STAMP = (2020, 2, 3, 4, 5, 6)
# record signatures built at run time: a .pyc holding the literal end-record signature would
# itself look like a zip archive to python3's runner
SIG = {n: b"PK" + bytes([n, n + 1]) for n in (1, 3, 5)}

def make(entries, compression=zipfile.ZIP_STORED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, STAMP)
            zi.compress_type = compression
            z.writestr(zi, data)
    return buf.getvalue()

def show(label, f):
    try:
        r = f()
        print(label, "->", r if not isinstance(r, bytes) else (len(r), r[:16]))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

good = make([("a.txt", b"alpha" * 50), ("b.txt", b"beta" * 10)], zipfile.ZIP_DEFLATED)
stored = make([("a.txt", b"alpha" * 50)])
cd = good.find(SIG[1])
end = good.find(SIG[5])

def patch(data, pos, new):
    return data[:pos] + new + data[pos + len(new):]

cases = {
    "empty": b"",
    "not zip": b"just some bytes" * 10,
    "truncated end": good[:-5],
    "no central dir": good[:cd],
    "bad cd magic": patch(good, cd, b"PK" + bytes([1, 3])),
    "cd offset": patch(good, end + 16, struct.pack("<L", 5)),
    "cd offset huge": patch(good, end + 16, struct.pack("<L", 0xFFFFFF)),
    "cd size": patch(good, end + 12, struct.pack("<L", 10)),
    "local magic": patch(good, 0, b"PK" + bytes([3, 5])),
    "local name": patch(good, 30, b"X"),
    "bad crc": patch(good, cd + 16, b"\0\0\0\0"),
    "bad crc stored": patch(stored, stored.find(SIG[1]) + 16, b"\0\0\0\0"),
    "corrupt data": patch(good, 34, b"\xff\xff\xff\xff"),
    "method 99": patch(good, cd + 10, struct.pack("<H", 99)),
    "version": patch(good, cd + 6, struct.pack("<H", 64)),
    "comment": good[:-2] + struct.pack("<H", 7) + b"comment",
    "prefixed": b"PREFIX" * 100 + good,
    "trailing": good + b"junk",
    "encrypted flag": patch(good, cd + 8, struct.pack("<H", 1)),
    "patched flag": patch(good, cd + 8, struct.pack("<H", 0x20)),
    "size too small": patch(good, cd + 24, struct.pack("<L", 10)),
    "size too big": patch(stored, stored.find(SIG[1]) + 24, struct.pack("<L", 400)),
    "short data": stored[:100],
}
for label, data in cases.items():
    def run():
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            out = []
            for n in z.namelist():
                out.append(z.read(n))
            return b"|".join(out)
    show(label, run)
    show(label + " is_zipfile", lambda: zipfile.is_zipfile(io.BytesIO(data)))
    def tz():
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.testzip()
    show(label + " testzip", tz)

# traditional encryption: build an encrypted member by hand
def crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        t.append(c)
    return t
T = crc_table()
def keys(pwd):
    k = [0x12345678, 0x23456789, 0x34567890]
    for b in pwd:
        upd(k, b)
    return k
def upd(k, b):
    k[0] = (k[0] >> 8) ^ T[(k[0] ^ b) & 0xFF]
    k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
    k[2] = (k[2] >> 8) ^ T[(k[2] ^ (k[1] >> 24)) & 0xFF]
def encrypt(pwd, data):
    k = keys(pwd)
    out = bytearray()
    for p in data:
        t = k[2] | 2
        out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
        upd(k, p)
    return bytes(out)

def encrypted_zip(plain, pwd, method):
    crc = zlib.crc32(plain)
    body = plain if method == 0 else zlib.compress(plain, 6, -15)
    head = bytes(range(11)) + bytes([crc >> 24])
    enc = encrypt(pwd, head + body)
    name = b"secret.txt"
    dosdate = ((2020 - 1980) << 9) | (2 << 5) | 3
    local = struct.pack("<4sHHHHHLLLHH", SIG[3], 20, 1, method, 0, dosdate, crc, len(enc), len(plain), len(name), 0) + name
    central = struct.pack("<4sBBHHHHHLLLHHHHHLL", SIG[1], 20, 3, 20, 1, method, 0, dosdate, crc, len(enc), len(plain), len(name), 0, 0, 0, 0, 0o600 << 16, 0) + name
    endrec = struct.pack("<4sHHHHLLH", SIG[5], 0, 0, 1, 1, len(central), len(local) + len(enc), 0)
    return local + enc + central + endrec

for method in (0, 8):
    data = encrypted_zip(b"top secret text " * 30, b"pw", method)
    z = zipfile.ZipFile(io.BytesIO(data))
    print(repr(z.infolist()[0]), z.infolist()[0].flag_bits)
    show("no password", lambda: z.read("secret.txt"))
    show("wrong password", lambda: z.read("secret.txt", pwd=b"nope"))
    show("password str", lambda: z.read("secret.txt", pwd="pw"))
    show("right password", lambda: z.read("secret.txt", pwd=b"pw"))
    z.setpassword(b"pw")
    show("setpassword", lambda: z.read("secret.txt"))
    show("setpassword str", lambda: z.setpassword("pw"))

# misuse
z = zipfile.ZipFile(io.BytesIO(good))
show("getinfo missing", lambda: z.getinfo("missing"))
show("read missing", lambda: z.read("missing"))
show("open mode", lambda: z.open("a.txt", "rb"))
show("open w pwd", lambda: z.open("a.txt", "w", pwd=b"x"))
show("writestr in r", lambda: z.writestr("x", b"x"))
show("comment str", lambda: setattr(z, "comment", "text"))
f = z.open("a.txt")
f.close()
show("read closed member", lambda: f.read())
show("seek closed member", lambda: f.seek(0))
show("tell closed member", lambda: f.tell())
show("seek whence", lambda: z.open("a.txt").seek(0, 3))
z.close()
show("read closed", lambda: z.read("a.txt"))
show("open closed", lambda: z.open("a.txt"))
show("namelist closed", lambda: z.namelist())
z.close()
show("mode", lambda: zipfile.ZipFile(io.BytesIO(), "z"))
show("compression 99", lambda: zipfile.ZipFile(io.BytesIO(), "w", 99))
show("metadata_encoding w", lambda: zipfile.ZipFile(io.BytesIO(), "w", metadata_encoding="cp437"))
show("ZipInfo 1979", lambda: zipfile.ZipInfo("x", (1979, 1, 1, 0, 0, 0)))
zi = zipfile.ZipInfo("with\0nul/and/more")
print(zi.filename, repr(zi.orig_filename), zi.date_time, zi.compress_type, zi.create_system, zi.is_dir())
show("ZipInfo attr", lambda: setattr(zi, "bogus", 1))
show("mkdir bad", lambda: zipfile.ZipFile(io.BytesIO(), "w").mkdir(3))
show("mkdir file info", lambda: zipfile.ZipFile(io.BytesIO(), "w").mkdir(zipfile.ZipInfo("f")))

buf = io.BytesIO()
z = zipfile.ZipFile(buf, "w")
w = z.open("one", "w")
show("second writer", lambda: z.open("two", "w"))
show("writestr while writing", lambda: z.writestr("two", b""))
show("read while writing", lambda: z.open("one"))
show("close while writing", lambda: z.close())
w.write(b"data")
w.close()
show("write closed handle", lambda: w.write(b"x"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    z.writestr(zipfile.ZipInfo("one", STAMP), b"again")
    print([str(c.message) for c in caught], [c.category.__name__ for c in caught])
show("force_zip64 not allowed", lambda: zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False).open("x", "w", force_zip64=True))
z.close()
print(len(buf.getvalue()), zipfile.ZipFile(io.BytesIO(buf.getvalue())).namelist())
show("write after close", lambda: z.writestr("x", b""))
long_comment = zipfile.ZipFile(io.BytesIO(), "w")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    long_comment.comment = b"c" * 70000
    print([str(c.message) for c in caught], len(long_comment.comment))
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile, issubclass(zipfile.LargeZipFile, Exception))
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT, zipfile.ZIP_MAX_COMMENT)
