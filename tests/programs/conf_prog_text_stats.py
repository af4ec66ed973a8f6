# word statistics over a text: str methods, dicts, Counter, sorting, f-strings
import re
from collections import Counter
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), len(set(words)))
c = Counter(words)
for w, n in c.most_common(6):
    print(f"{w:>10} {n:3d} {'#' * n}")
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, ", ".join(by_len[k]))
lines = TEXT.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
caps = [w for w in re.findall(r"\b[A-Z]\w*", TEXT)]
print(caps)
print(TEXT.count("it was"), TEXT.find("wisdom"), TEXT.title()[:30], TEXT.replace("was", "is", 3)[:40])
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
first = {}
for i, w in enumerate(words):
    first.setdefault(w, i)
print(sorted(first.items(), key=lambda kv: kv[1])[:8])
print(re.sub(r"(\w+) of (\w+)", r"\2-\1", lines[0]))
print(re.split(r"[,.]\s*", lines[1]))
m = re.search(r"the (\w+) of (\w+)", TEXT)
print(m.group(0), m.groups(), m.span(), m.start(2))
print([m.group(1) for m in re.finditer(r"season of (\w+)", TEXT)])
vowels = sum(ch in "aeiou" for ch in TEXT.lower())
print(vowels, f"{vowels / len(TEXT):.3%}")
print(" ".join(w[::-1] for w in lines[3].split()))
print(sorted(c, key=lambda w: (-c[w], w))[:10])
