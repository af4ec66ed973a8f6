# probe: re, textwrap, string, Counter, groupby and the format mini-language on a text
import re, textwrap, string, collections, itertools
text = """The quick brown fox jumps over the lazy dog. The dog barks!
A second line: numbers 3.14, 42 and -7; emails a.b@ex.com, x_y@test.org."""
words = re.findall(r"[A-Za-z']+", text.lower())
c = collections.Counter(words)
print(c.most_common(3))
print(re.sub(r"(\w+)@(\w+)\.(\w+)", lambda m: f"<{m[2].upper()}:{m.group(1)}>", text))
print(re.split(r"[;,.!]\s*", text)[:6])
nums = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", text)]
print(nums, sum(nums))
print(textwrap.fill(text, width=30, initial_indent="> ", subsequent_indent="  "))
print(textwrap.dedent("   a\n     b\n   c"))
print(textwrap.shorten(text, 40))
print(string.capwords("hello   world  again"), string.Template("$x and ${y}z").substitute(x=1, y=2))
for k, g in itertools.groupby(sorted(words, key=len), key=len):
    print(k, sorted(set(g))[:3])
print("{:^20}|{:<8.3}|{:+08.2f}|{:#x}|{:,}|{:e}".format("mid", "abcdef", 3.14159, 255, 10**7, 12345.678))
print("%-6s|%5.1f|%03d|%r|%c" % ("ab", 2.25, 7, "q", 65))
print(f"{'nested':{'>'}{10}}", f"{3.0:g}", f"{1e20:g}", f"{0.0001:.2%}", f"{-0.0:+}")
m = re.match(r"(?P<key>\w+)=(?P<val>[^;]*)", "name=tspy;x=1")
print(m.groupdict(), m.span("val"), m.expand(r"\g<val>-\1"))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.escape("a.b*c"))
print([m.start() for m in re.finditer(r"o", text)][:5])
print(re.sub(r"(?i)THE", "a", text, count=2)[:40])
