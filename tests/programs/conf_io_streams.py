import io, sys
s = io.StringIO()
print("a", 1, sep="|", end=";", file=s)
print("b", file=s)
s.write("c\n")
print(repr(s.getvalue()), s.tell(), s.seek(0), s.read(3), s.readline(), s.readlines())
b = io.BytesIO(b"hello\nworld\n")
print(b.read(2), b.readline(), b.read(), b.tell(), b.seek(-3, 2), b.read(), b.getvalue()[:5])
b2 = io.BytesIO(); b2.write(b"abc"); b2.seek(1); b2.write(b"Z"); print(b2.getvalue(), b2.truncate(2), b2.getvalue())
r = sys.stdout.write("direct write\n"); print(r)
sys.stdout.writelines(["x\n", "y\n"])
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
print(sys.stdout.isatty(), sys.stdout.encoding, sys.stdout.name if hasattr(sys.stdout, "name") else "", sys.stdin.readable())
print("flush", flush=True)
print(*[1, 2, 3], sep=", ")
print()
print("", end="")
print(None, True, 1.0, [None], sep="\t")
try:
    print("x", end=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, t):
        self.parts.append(t)
c = Collector()
print("one", "two", file=c)
print(c.parts)
t = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9\nline2"), encoding="utf-8")
print(t.readline(), t.read())
w = io.StringIO("a\nb\nc")
for i, line in enumerate(w):
    print(i, repr(line))
print(io.StringIO("x").closed, io.SEEK_END)
f = io.StringIO(); f.close()
try:
    f.write("x")
except ValueError as e:
    print("ValueError:", e)
with io.StringIO("ctx") as fh:
    print(fh.read())
print(fh.closed)
