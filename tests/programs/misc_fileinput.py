# fileinput: several files as one stream, positions, in-place editing (differential against CPython 3.11)
import fileinput
import os
import sys
import tempfile

d = tempfile.mkdtemp()
paths = []
for name, text in [("a.txt", "alpha\nbeta\n"), ("empty.txt", ""), ("b.txt", "gamma\ndelta\nepsilon"), ("c.txt", "zeta\n")]:
    p = os.path.join(d, name)
    with open(p, "w") as f:
        f.write(text)
    paths.append(p)

short = lambda p: None if p is None else os.path.basename(p)
for line in fileinput.input(paths):
    print(repr(line), short(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() > 2)
print(short(fileinput.filename()), fileinput.lineno())
fileinput.close()
try:
    fileinput.filename()
except RuntimeError as e:
    print("RuntimeError", e)

with fileinput.FileInput(paths, mode="rb") as fi:
    print(list(fi))
with fileinput.FileInput(paths[0]) as fi:
    print(fi.readline(), fi.filename() == paths[0], fi.lineno(), fi.readline(), repr(fi.readline()), fi.lineno())

# nextfile skips the rest of a file
out = []
with fileinput.input(paths) as fi:
    for line in fi:
        out.append(line.strip())
        if fi.filelineno() == 1:
            fi.nextfile()
print(out)

fi = fileinput.input(paths)
next(fi)
try:
    fileinput.input(paths)
except RuntimeError as e:
    print("RuntimeError", e)
fileinput.close()

# in-place editing with a backup
with fileinput.input(paths[2], inplace=True, backup=".orig") as fi:
    for line in fi:
        print(line.upper(), end="")
        print("#", fi.filelineno())
print(open(paths[2]).read())
print(open(paths[2] + ".orig").read())
with fileinput.input([paths[0]], inplace=True) as fi:
    for line in fi:
        sys.stdout.write(line.replace("a", "4"))
print(open(paths[0]).read(), os.path.exists(paths[0] + ".bak"))

# openhook and errors
seen = []
def hook(filename, mode):
    seen.append((short(filename), mode))
    return open(filename, mode)
print([l for l in fileinput.input(paths, openhook=hook)], seen)
fileinput.close()
print(list(fileinput.input(paths[3], openhook=fileinput.hook_encoded("utf-8"))))
fileinput.close()
for kw in [dict(mode="w"), dict(inplace=True, openhook=hook), dict(openhook=5)]:
    try:
        fileinput.FileInput(paths, **kw)
    except ValueError as e:
        print("ValueError", e)
try:
    list(fileinput.input([os.path.join(d, "missing.txt")]))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, short(e.filename))
fileinput.close()
print(fileinput.FileInput[str])
