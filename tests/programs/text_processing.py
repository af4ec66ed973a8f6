# Text processing: word counts, formatting tables, parsing, string methods
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(".,").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(len(words), len(counts), max(words, key=len), min(words, key=len))
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
print(max(lines, key=len)[:20], lines[-1].title())
# table formatting
rows = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
print("-" * (sum(widths) + 6))
for name, qty, price in rows[1:]:
    print(f"{name:<10}{qty:>5}{price:>8.2f}{qty * price:>9.3f}")
# parsing key=value config
config_text = """
# comment
host = localhost
port=8080
debug = true
  name = My App  
empty =
"""
config = {}
for line in config_text.splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    key, _, value = line.partition("=")
    config[key.strip()] = value.strip()
print(config)
def convert(v):
    if v.isdigit():
        return int(v)
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    return v or None
print({k: convert(v) for k, v in config.items()})
# caesar cipher and palindromes
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "racecar", "hello", ""]])
# anagram groups
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(groups.values()))
# string methods tour
s = "  The Quick Brown Fox  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.lower(), s.upper(), s.swapcase())
print(s.strip().split(" "), s.split(), "a,b,,c".split(","), "a,b,,c".split(",", 1), "a b c".rsplit(" ", 1))
print(s.count("o"), s.find("Quick"), s.find("zzz"), s.rfind("o"), s.index("Brown"), s.replace("Fox", "Dog"))
print("-".join(["a", "b"]), "x".center(7, "*"), "42".zfill(5), "-42".zfill(5), "abc".startswith(("x", "a")), "abc".endswith("bc"))
print("Hello World".istitle(), "hello".isalpha(), "123".isdigit(), "12a".isalnum(), " ".isspace(), "ABC".isupper())
print("tab\tstop".expandtabs(4), "a\nb\r\nc".splitlines(), "a\nb\r\nc".splitlines(True))
print("hello"[1:4], "hello"[::-1], "hello"[-3:], "hello"[10:], "hello" * 2, "ell" in "hello")
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"), "%5.1f%%" % 12.345, "%-6s|%3d" % ("ab", 7))
print(ord("a"), chr(0x263A), "naïve café".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"))
