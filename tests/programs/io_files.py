# open(): text and binary files, modes, reading/writing/seeking, context managers
PATH = "/tmp/tspy_corpus_io_files.txt"
with open(PATH, "w") as f:
    print(type(f).__name__, f.name == PATH, f.mode, f.encoding, f.errors, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write("first line\n"), f.write("second line\n"), f.write("third"))
    f.writelines(["\n", "fourth\n", "fifth\n"])
    print("printed line", file=f)
    print(f.tell())
print(f.closed)
with open(PATH) as f:
    content = f.read()
print(repr(content), len(content))
with open(PATH) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(PATH, "r") as f:
    lines = [line.rstrip("\n") for line in f]
print(lines)
with open(PATH) as f:
    print(repr(f.read(5)), f.tell(), repr(f.read(0)), repr(f.read(7)))
    f.seek(0)
    print(repr(f.read(5)))
    print(f.seek(0, 2), repr(f.read()))
    f.seek(6)
    print(repr(f.readline()))
# append mode
with open(PATH, "a") as f:
    print(f.mode, f.tell())
    f.write("appended\n")
with open(PATH) as f:
    print(f.read().splitlines()[-2:])
# r+ and w+
with open(PATH, "w+") as f:
    f.write("0123456789\nabc\n")
    f.seek(0)
    print(repr(f.read()))
    f.seek(3)
    f.write("XY")
    f.seek(0)
    print(repr(f.readline()))
with open(PATH, "r+") as f:
    print(repr(f.read(4)))
    f.seek(0, 2)
    f.write("tail\n")
with open(PATH) as f:
    print(repr(f.read()))
# x mode
XPATH = "/tmp/tspy_corpus_io_files_x.txt"
with open(XPATH, "w") as f:
    f.write("exists")
try:
    open(XPATH, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
# binary mode
with open(PATH, "wb") as f:
    print(type(f).__name__, f.mode, f.write(b"\x00\x01binary\xff\n"), f.write(bytes(range(5))), f.tell())
    print(f.write(bytearray(b"ba")) if False else 0)
with open(PATH, "rb") as f:
    data = f.read()
    print(type(f).__name__, f.mode, data, len(data))
    f.seek(2)
    print(f.read(6), f.tell(), f.read1(3), f.peek(1)[:1])
    f.seek(-3, 2)
    print(f.read(), f.seek(0), f.readline(), f.readline(), f.readline())
with open(PATH, "rb") as f:
    print(list(f))
with open(PATH, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(4), f.readall())
# newline handling
with open(PATH, "w", newline="") as f:
    f.write("unix\nwindows\r\nmac\rend")
with open(PATH, "rb") as f:
    print(f.read())
with open(PATH) as f:
    print(repr(f.read()), f.newlines)
with open(PATH, newline="") as f:
    print([l for l in f])
with open(PATH, newline="\r\n") as f:
    print(f.readlines())
with open(PATH, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(PATH, "rb") as f:
    print(f.read())
# encodings
with open(PATH, "w", encoding="utf-8") as f:
    f.write("héllo wörld €\n")
with open(PATH, "rb") as f:
    print(f.read())
with open(PATH, encoding="utf-8") as f:
    print(f.read(), f.encoding)
with open(PATH, "w", encoding="latin-1") as f:
    f.write("café")
with open(PATH, "rb") as f:
    print(f.read())
with open(PATH, encoding="latin-1") as f:
    print(f.read())
try:
    with open(PATH, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(PATH, encoding="ascii", errors="replace") as f:
    print(f.read())
with open(PATH, encoding="utf-8", errors="ignore") as f:
    print(f.read())
try:
    with open(PATH, "w", encoding="ascii") as f:
        f.write("ü")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
# truncate
with open(PATH, "w") as f:
    f.write("abcdefgh")
    f.truncate(3)
with open(PATH) as f:
    print(repr(f.read()))
# manual close and reuse errors
f = open(PATH)
f.close()
f.close()
for op in [lambda: f.read(), lambda: f.readline(), lambda: f.write("x"), lambda: f.seek(0), lambda: f.tell(), lambda: iter(f), lambda: f.fileno()]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
f = open(PATH, "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
# __enter__ returns the file, exit closes even on error
try:
    with open(PATH) as g:
        raise KeyError("inside")
except KeyError:
    print("closed after error:", g.closed)
# iterating a file twice
with open(PATH, "w") as f:
    f.write("1\n2\n3\n")
with open(PATH) as f:
    print(sum(int(x) for x in f), list(f))
    f.seek(0)
    print(max(f))
