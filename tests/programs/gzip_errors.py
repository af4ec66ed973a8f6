# gzip: corrupt and truncated data, bad modes and arguments end in CPython's exceptions.
import gzip, io

good = gzip.compress(b"hello world" * 10, mtime=3)
named = io.BytesIO()
with gzip.GzipFile("name.gz", "wb", fileobj=named, mtime=3) as f:
    f.write(b"named member")
named = named.getvalue()
# header with FEXTRA, FNAME, FCOMMENT and FHCRC
body = good[10:]
fancy = good[:3] + bytes([2 | 4 | 8 | 16]) + good[4:10] + b"\x03\x00abc" + b"fname\0" + b"a comment\0" + b"\x00\x00" + body
cases = {
    "magic": b"\x1f\x8c" + good[2:],
    "method": good[:2] + b"\x07" + good[3:],
    "crc": good[:-8] + b"\0\0\0\0" + good[-4:],
    "length": good[:-4] + b"\x01\0\0\0",
    "truncated": good[:-3],
    "no trailer": good[:-8],
    "header only": good[:10],
    "short header": good[:5],
    "empty": b"",
    "padded": good + b"\0\0\0",
    "junk after": good + b"xy",
    "two": good + good,
    "body cut": good[:15],
    "one byte": b"\x1f",
    "nul only": b"\0\0\0",
    "bad deflate": good[:10] + b"\xff\xff\xff" + good[13:],
    "named": named,
    "fancy": fancy,
    "fancy cut": fancy[:14],
    "fancy name cut": fancy[:19],
}

def show(label, f):
    try:
        r = f()
        print(label, "->", len(r), r[:12])
    except Exception as e:
        print(label, "->", type(e).__name__, e)

for k, v in cases.items():
    show(k + " decompress", lambda: gzip.decompress(v))
    show(k + " GzipFile", lambda: gzip.GzipFile(fileobj=io.BytesIO(v)).read())
    show(k + " read(7)", lambda: gzip.GzipFile(fileobj=io.BytesIO(v)).read(7))
    show(k + " readline", lambda: gzip.GzipFile(fileobj=io.BytesIO(v)).readline())

f = gzip.GzipFile(fileobj=io.BytesIO(fancy))
print(f.read(), f.mtime)

show("mode rbt", lambda: gzip.open(io.BytesIO(good), "rbt"))
show("GzipFile mode rt", lambda: gzip.GzipFile(fileobj=io.BytesIO(good), mode="rt"))
show("GzipFile mode z", lambda: gzip.GzipFile(fileobj=io.BytesIO(good), mode="z"))
show("encoding in binary", lambda: gzip.open(io.BytesIO(good), "rb", encoding="utf8"))
show("errors in binary", lambda: gzip.open(io.BytesIO(good), "rb", errors="strict"))
show("newline in binary", lambda: gzip.open(io.BytesIO(good), "rb", newline="\n"))
show("bad filename", lambda: gzip.open(3.5))
show("bad level", lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="wb", compresslevel=10))
show("compress str", lambda: gzip.compress("text"))
show("decompress str", lambda: gzip.decompress("text"))

f = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
show("read on writer", lambda: f.read())
f.close()
show("write after close", lambda: f.write(b"x"))
show("read after close", lambda: f.read())
f.close()
f = gzip.GzipFile(fileobj=io.BytesIO(good))
show("write on reader", lambda: f.write(b"x"))
try:
    f.write(b"x")
except OSError as e:
    print(e.errno, e.strerror)
print(gzip.BadGzipFile.__mro__[1].__name__, issubclass(gzip.BadGzipFile, OSError))
print(gzip.READ, gzip.WRITE, gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT)
with gzip.GzipFile(fileobj=io.BytesIO(good)) as f:
    pass
print(f.closed)
try:
    with f:
        pass
except ValueError as e:
    print("ValueError:", e)

# GzipFile(fileobj=...) without a mode takes the file's mode; writing that way warns
import warnings, tempfile, os
tmp = tempfile.mkdtemp()
p = os.path.join(tmp, "fw.gz")
for m in ("wb", "ab", "rb"):
    with open(p, m) as fh, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        g = gzip.GzipFile(fileobj=fh)
        print(m, g.mode, [(c.category.__name__, str(c.message)) for c in caught])
        if m != "rb":
            g.write(b"x")
        else:
            print(g.read())
        g.close()
os.remove(p)
os.rmdir(tmp)
