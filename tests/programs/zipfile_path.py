# zipfile.Path: a pathlib-like view of an archive's members, implied directories included.
import zipfile, io

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for name, data in (("a.txt", "A text\nline 2\n"), ("d/e/f.txt", "F"), ("d/g.bin", b"G\x00"),
                       ("x/", ""), ("top.tar.gz", b"tgz"), ("caf\u00e9.txt", "caf\u00e9")):
        z.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data)
buf.name = "arch.zip"
z = zipfile.ZipFile(buf)
p = zipfile.Path(z)
print(repr(p), str(p), p.name, p.stem, p.suffix, p.suffixes, p.is_dir(), p.is_file(), p.exists())
print(sorted(repr(c) for c in p.iterdir()))
q = p / "d" / "e" / "f.txt"
print(repr(q), str(q), q.name, q.stem, q.suffix, q.suffixes, q.is_file(), q.is_dir(), q.exists())
print(q.read_text(), q.read_bytes(), repr(q.parent), repr(q.parent.parent.parent), q.filename, p.parent)
t = p / "top.tar.gz"
print(t.name, t.stem, t.suffix, t.suffixes)
print(repr(p.joinpath("d")), repr(p.joinpath("d", "g.bin")), repr(p / "nope"), (p / "nope").exists())
print(sorted(repr(c) for c in (p / "d").iterdir()), list((p / "x").iterdir()))
print(repr(zipfile.Path(z, "d/")), repr(zipfile.Path(z, "d")), zipfile.Path(z, "d").is_dir(), zipfile.Path(z, "d/").is_dir())
print((p / "d/g.bin").read_bytes(), (p / "caf\u00e9.txt").read_text(encoding="utf-8"))
with (p / "a.txt").open() as f:
    print(type(f).__name__, f.readlines())
with (p / "a.txt").open("rb") as f:
    print(f.read())
with (p / "a.txt").open("r", "latin-1", newline="") as f:
    print(repr(f.read()))
for label, f in (("missing", lambda: (p / "nope").open()), ("dir", lambda: (p / "d").open()),
                 ("listdir file", lambda: list((p / "a.txt").iterdir())),
                 ("binary encoding", lambda: (p / "a.txt").open("rb", encoding="utf8"))):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)
# writing through Path
out = io.BytesIO()
wz = zipfile.ZipFile(out, "w")
with zipfile.Path(wz, "new.txt").open("w") as f:
    f.write("written through Path")
wz.close()
print(zipfile.ZipFile(io.BytesIO(out.getvalue())).read("new.txt"))
# a Path changes the class of the ZipFile it wraps; its namelist() then holds implied directories
print(type(z).__name__, z.namelist(), type(wz).__name__)
print(list(zipfile.CompleteDirs._implied_dirs(["a/b/c.txt", "a/d/", "x.txt", "a/b/e"])))
p2 = zipfile.Path(io.BytesIO(buf.getvalue()))
print(type(p2.root).__name__, p2.root.filename, sorted(c.name for c in p2.iterdir()))
print(repr(z.getinfo("d/")), repr(z.getinfo("d/e/")))
try:
    z.getinfo("nope/")
except KeyError as e:
    print("KeyError", e)
