# re: re.DEBUG output through the module (parse tree and code listing), not cached
import re

for p, f in [(r"(?P<a>x)+[a-c]\d", 0), (r"(?i)ab|c{2,5}?", 0), (rb"^\w+(?=x)$", re.M), (r"(?<!a)b*+", re.S)]:
    print("--", repr(p))
    c = re.compile(p, f | re.DEBUG)
    print(c.pattern == p, c.flags & ~re.DEBUG == re.compile(p, f).flags)
try:
    re.compile("(a", re.DEBUG)
except re.error as e:
    print("error:", e)
