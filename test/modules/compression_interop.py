"""Writes (or checks) gzip, zip and zlib files, for compression-interop.test.ts: run once under
tspy and once under python3, each side's files must be byte-identical and readable by the other.

usage: compression_interop.py write DIR | check DIR
"""
import gzip, hashlib, io, os, sys, zipfile, zlib

STAMP = (2023, 7, 8, 9, 10, 12)


def payloads():
    text = b"".join(b"%d: the quick brown fox\n" % i for i in range(5000))
    noise = bytes((i * 7919 + (i >> 3) * 31) & 0xFF for i in range(40000))
    return {"text.txt": text, "noise.bin": noise, "empty": b"", "dir/\u00e9t\u00e9.txt": "\u00e9t\u00e9".encode()}


def write(d):
    data = payloads()
    with gzip.GzipFile(os.path.join(d, "text.txt.gz"), "wb", mtime=1234567890) as f:
        f.write(data["text.txt"])
        f.write(data["noise.bin"])
    with open(os.path.join(d, "noise.gz"), "wb") as f:
        f.write(gzip.compress(data["noise.bin"], 6, mtime=99) + gzip.compress(b"second member", 1, mtime=0))
    with zipfile.ZipFile(os.path.join(d, "archive.zip"), "w") as z:
        for i, (name, body) in enumerate(sorted(data.items())):
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED if i % 2 == 0 else zipfile.ZIP_STORED
            z.writestr(info, body, compresslevel=9 if i == 2 else None)
        z.writestr(zipfile.ZipInfo("dir/", STAMP), b"")
        z.comment = b"interop"
    with open(os.path.join(d, "stream.zlib"), "wb") as f:
        co = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_FILTERED)
        f.write(co.compress(data["text.txt"]) + co.flush(zlib.Z_FULL_FLUSH) + co.compress(data["noise.bin"]) + co.flush())


def check(d):
    data = payloads()
    with gzip.open(os.path.join(d, "text.txt.gz")) as f:
        assert f.read() == data["text.txt"] + data["noise.bin"], "text.txt.gz"
        assert f.mtime == 1234567890
    with open(os.path.join(d, "noise.gz"), "rb") as f:
        assert gzip.decompress(f.read()) == data["noise.bin"] + b"second member", "noise.gz"
    with zipfile.ZipFile(os.path.join(d, "archive.zip")) as z:
        assert z.testzip() is None
        assert z.comment == b"interop"
        for name, body in data.items():
            assert z.read(name) == body, name
            assert z.getinfo(name).date_time == STAMP
        assert z.namelist()[-1] == "dir/"
    with open(os.path.join(d, "stream.zlib"), "rb") as f:
        assert zlib.decompress(f.read()) == data["text.txt"] + data["noise.bin"], "stream.zlib"
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name), "rb") as f:
            print(name, hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    {"write": write, "check": check}[sys.argv[1]](sys.argv[2])
