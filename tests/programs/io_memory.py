# io.StringIO and io.BytesIO
import io
s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.read()), s.tell())
s = io.StringIO("line1\nline2\nline3")
print(list(s), s.tell())
s.seek(0)
print(s.readlines(), s.readline() == "")
s.seek(6)
print(repr(s.readline(3)), repr(s.readline()))
s = io.StringIO("abc")
s.seek(5)
s.write("X")
print(repr(s.getvalue()))
s.seek(1)
s.write("Z")
print(repr(s.getvalue()), s.tell())
print(s.truncate(2), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
for bad in [(-1,), (1, 1), (0, 4)]:
    try:
        s.seek(*bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.StringIO(5)
except TypeError as e:
    print(type(e).__name__, e)
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering)
s.close()
print(s.closed)
for op in [lambda: s.getvalue(), lambda: s.read(), lambda: s.write("x"), lambda: s.tell()]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
# newline handling in StringIO
print(repr(io.StringIO("a\r\nb\rc\n", newline=None).read()))
print(repr(io.StringIO("a\r\nb\rc\n", newline="").readlines()))
print(repr(io.StringIO("a\nb\n", newline="\r\n").getvalue()))
print(repr(io.StringIO("a\r\nb").getvalue()))
sn = io.StringIO("x\r\ny\n", newline=None)
sn.read()
print(sn.newlines)
# print to StringIO
buf = io.StringIO()
print("captured", 42, sep=", ", file=buf)
print("second", file=buf, end="!")
print(repr(buf.getvalue()))
# redirect sys.stdout temporarily
import sys
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden output")
captured = sys.stdout.getvalue()
sys.stdout = old
print("captured:", repr(captured))
# BytesIO
b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.tell(), b.read(), b.read())
b.seek(0)
print(list(b))
b = io.BytesIO()
print(b.write(b"12345"), b.write(bytearray(b"67")) if False else 0, b.getvalue(), b.tell())
b.seek(2)
b.write(b"XY")
print(b.getvalue(), b.seek(0, 2), b.seek(-2, 1), b.read())
print(b.truncate(3), b.getvalue(), b.tell())
b.seek(10)
b.write(b"!")
print(b.getvalue())
for bad in [(-1,), (0, 3)]:
    try:
        b.seek(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    b.write("text")
except TypeError as e:
    print(type(e).__name__, e)
print(b.readable(), b.writable(), b.seekable(), b.isatty())
try:
    b.fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(type(e).__name__, e)
# TextIOWrapper over BytesIO
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8")
w.write("héllo\n")
w.flush()
print(raw.getvalue())
r = io.TextIOWrapper(io.BytesIO("línea 1\nlínea 2\n".encode("utf-8")), encoding="utf-8")
print(r.readline(), r.read(), r.encoding)
# with statement
with io.StringIO("ctx") as cs:
    print(cs.read())
print(cs.closed)
# subclassing StringIO
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print("shout", file=u)
print(repr(u.getvalue()), isinstance(u, io.TextIOBase), isinstance(u, io.IOBase))
