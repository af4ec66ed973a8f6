# A text-processing workload: string methods, dicts, sorting, formatting.
WORDS = ("the quick brown fox jumps over the lazy dog while seven wizards quietly judge "
         "boxing matches and a sphinx of black quartz hears my vow").split()

def make_text(n):
    out = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[x % len(WORDS)]
        if x % 7 == 0:
            w = w.capitalize()
        out.append(w)
        if x % 11 == 0:
            out.append(".\n")
    return " ".join(out)

def stats(text):
    counts = {}
    bigrams = {}
    prev = None
    for line in text.splitlines():
        for word in line.replace(".", " ").split():
            w = word.lower().strip()
            counts[w] = counts.get(w, 0) + 1
            if prev is not None:
                key = prev + " " + w
                bigrams[key] = bigrams.get(key, 0) + 1
            prev = w
    return counts, bigrams

text = make_text(300000)
counts, bigrams = stats(text)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:>10} {n:7d}")
print(len(bigrams), max(bigrams.values()))
print(sum(len(w) for w in counts), "".join(sorted(set(text.lower())))[:20].strip())
