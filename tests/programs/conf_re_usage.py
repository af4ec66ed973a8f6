import re
text = "Contact: alice@example.com, bob.smith@mail.org; phone +1-555-0100 or (555) 010-0200."
print(re.findall(r"[\w.]+@[\w.]+\.\w+", text))
print(re.findall(r"\(?\d{3}\)?[ -]\d{3}-\d{4}", text))
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", text)
print(m.group("user"), m["host"], m.groupdict(), m.span("host"), m.re.pattern[:10], m.string is text, m.lastgroup, m.lastindex)
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", text)[:40], re.sub(r"\d", lambda m: str(9 - int(m.group())), "0123"), re.subn(r"o", "0", "foo boo"))
print(re.split(r"[,;]\s*", text), re.split(r"(\s)", "a b", maxsplit=1), re.split(r"x*", "axb"))
p = re.compile(r"^(\w+):\s*(.*)$", re.M)
print(p.findall("key: value\nother: thing\n bad: no"), p.flags & re.M != 0, p.groups, p.groupindex)
print(re.match(r"a|b", "b").group(), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"), re.match("x", "yx"))
print([m.group() for m in re.finditer(r"\b\w{4}\b", "this is some text with four char word")])
print(re.escape("a.b*c"), re.sub(r"\s+", " ", "  many   spaces \n here "), re.findall(r"(a)(b)?", "ab a"))
print(re.search(r"(?i)HELLO", "say hello").group(), re.findall(r"(?<=\$)\d+", "$10 and $20"), re.findall(r"\d+(?!px)", "10px 20em"))
print(re.match(r"(\d+)-(\d+)", "10-20").groups(), re.match(r"(a)(?:b)(c)?", "ab").groups("default"), re.sub(r"(?P<x>a)", r"<\g<x>>", "banana"))
print(re.findall(r"[^\W\d_]+", "héllo wörld 123 _x"), re.findall(r"\w+", "naïve café", re.ASCII))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)
print(bool(re.match(r".", "\n")), bool(re.match(r".", "\n", re.S)), re.findall(r"^\w", "a\nb", re.M), re.sub("a", "b", "aaa", count=2))
print(re.sub(r"(?m)^", "> ", "line1\nline2"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,3}?", "aaaaa"), re.search(r"\bfoo\b", "a foo b").start())
