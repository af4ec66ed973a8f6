import keyword, string
SOURCE = '''
def greet(name, times=2):
    # say hello
    for i in range(times):
        print(f"hello {name}!" * i)
    return None
class K: pass
'''
def scan(src):
    toks = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch in " \t":
            i += 1
        elif ch == "\n":
            toks.append(("NL", "\\n"))
            i += 1
        elif ch == "#":
            j = src.index("\n", i)
            toks.append(("COMMENT", src[i:j]))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            if word == "f" and src[j] == '"':
                k = src.index('"', j + 1)
                toks.append(("FSTRING", src[i:k + 1]))
                i = k + 1
                continue
            toks.append(("KEYWORD" if keyword.iskeyword(word) else "NAME", word))
            i = j
        elif ch in string.digits:
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("NUMBER", src[i:j]))
            i = j
        else:
            toks.append(("OP", ch))
            i += 1
    return toks
toks = scan(SOURCE)
from collections import Counter
print(Counter(k for k, _ in toks).most_common())
print([v for k, v in toks if k == "KEYWORD"])
print(sorted({v for k, v in toks if k == "NAME"}))
print([v for k, v in toks if k in ("FSTRING", "COMMENT")])
print(keyword.kwlist[:5], len(keyword.kwlist), keyword.issoftkeyword("match"), keyword.iskeyword("print"))
