import sys
print("a", "b", "c")
print("a", "b", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" continued")
print("multi", "end", end="!\n")
print()
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" | ")
print(*range(5))
print(*[], sep="x")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("sep None", "x", sep=None, end=None)
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
cap = Capture()
print("hello", "world", file=cap, flush=True)
print("second", file=cap, sep="-", end="")
print(cap.parts)
for bad in [dict(sep=1), dict(end=[]), dict(file=5), dict(bogus=1)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
print("unicode: é ü 中文 🎉")
print(str(b"bytes"), repr("quote's"), repr('dq"'), repr("both'\""))
print("tab\tseparated", "newline\\n literal")
sys.stdout.write("direct write\n")
n = sys.stdout.write("count me\n")
print(n)
print(sys.stdout.writable(), sys.stdout.isatty() in (True, False), sys.stdout.encoding)
sys.stderr.write("stderr direct\n")
print("%s and %d and %.2f" % ("str", 42, 3.14159))
print("{} {name} {0}".format("pos", name="kw"))
print(f"{'nested'!r:>12}|{42:08.3f}|{255:#x}|{1234567:,}")
# print calls __str__ of each argument once
class Counted:
    n = 0
    def __str__(self):
        Counted.n += 1
        return f"counted{Counted.n}"
print(Counted(), Counted())
# print with a file that becomes None
old = sys.stdout
sys.stdout = None
print("goes nowhere")
sys.stdout = old
print("restored")
