# String algorithms: roman numerals, base conversion, RLE, KMP, word wrap, number to words
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    out = []
    for v, s in ROMAN:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)
def from_roman(s):
    vals = {s: v for v, s in ROMAN if len(s) == 1}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
try:
    to_roman(0)
except ValueError as e:
    print(e)
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
for n, b in [(255, 2), (255, 16), (-255, 8), (123456789, 36), (0, 7), (2 ** 64, 16)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    e = rle_encode(s)
    print(repr(s), e, rle_decode(e) == s)
def kmp_search(text, pat):
    if not pat:
        return [0]
    fail = [0] * len(pat)
    k = 0
    for i in range(1, len(pat)):
        while k and pat[i] != pat[k]:
            k = fail[k - 1]
        if pat[i] == pat[k]:
            k += 1
        fail[i] = k
    res, k = [], 0
    for i, ch in enumerate(text):
        while k and ch != pat[k]:
            k = fail[k - 1]
        if ch == pat[k]:
            k += 1
        if k == len(pat):
            res.append(i - k + 1)
            k = fail[k - 1]
    return res
print(kmp_search("abababcabab", "abab"), kmp_search("aaaa", "aa"), kmp_search("abc", "d"))
def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines
for line in wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 16):
    print(f"|{line:<16}|")
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + words(n % 100))
    for size, name in [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]:
        if n >= size:
            return words(n // size) + " " + name + ("" if n % size == 0 else " " + words(n % size))
print([words(n) for n in [0, 13, 40, 99, 101, 342, 1000, 1234567, 1000000001]])
def is_anagram(a, b):
    clean = lambda s: sorted(c for c in s.lower() if c.isalpha())
    return clean(a) == clean(b)
print(is_anagram("Dormitory", "dirty room!"), is_anagram("abc", "abd"))
def longest_common_prefix(strs):
    if not strs:
        return ""
    prefix = strs[0]
    for s in strs[1:]:
        while not s.startswith(prefix):
            prefix = prefix[:-1]
    return prefix
print(repr(longest_common_prefix(["flower", "flow", "flight"])), repr(longest_common_prefix(["dog", "car"])))
def vowel_count(s):
    return {v: s.lower().count(v) for v in "aeiou"}
print(vowel_count("Programming in Python is fun"))
