"""Expand the *.txt case lists here into tests/programs/types_*.py (differential programs).

A line starting with '>' is an expression case: it becomes T('<expr>', lambda: <expr>), which
prints the expression and either repr(result) or the exception's type and message. Other lines
are copied as they are. Each program starts with the T helper.
Run: python3 test/objects/programs_src/gen.py [--check]
(--check writes nothing and exits 1 when a program is out of date with its case list)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "tests", "programs")
HEADER = '''# GENERATED from test/objects/programs_src/{name}.txt by gen.py
def T(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

'''

stale = False
for fn in sorted(os.listdir(HERE)):
    if not fn.endswith(".txt"):
        continue
    name = fn[:-4]
    out = [HEADER.format(name=name)]
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith(">"):
                indent = ""
                expr = line[1:].strip()
                out.append(f"T({expr!r}, lambda: ({expr}))\n")
            else:
                out.append(line + "\n")
    target = os.path.join(OUT, name + ".py")
    text = "".join(out)
    if "--check" in sys.argv:
        old = open(target, encoding="utf-8").read() if os.path.exists(target) else None
        if old != text:
            print("out of date:", target)
            stale = True
        continue
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)

sys.exit(1 if stale else 0)
