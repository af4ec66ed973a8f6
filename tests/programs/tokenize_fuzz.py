# tokenize.generate_tokens / tokenize / untokenize on seeded random snippets (differential against CPython 3.11)
import hashlib
import io
import random
import tokenize

PIECES = ["x", "1", "0x1f", "1.5e3", "'s'", '"""t', '"""', "'", "(", ")", "[", "]", "{", "}", ":", "\n", "\n", "    ",
          "\t", " ", "#c", "\\\n", "if ", "def f", "=", "+=", "->", "...", "@", "$", "?", "é", "f'{x}'", "b'\\x00'",
          "\r\n", "\f", "lambda", ",", ";", "**", "//=", "!=", "~", "\\", "r'\\'", "u'x'", "0_1", "1__2", "09"]

rng = random.Random(424242)
total = hashlib.sha256()
for n in range(300):
    src = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 25)))
    out = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            out.append(tuple(t))
    except tokenize.TokenError as e:
        out.append(("TokenError",) + e.args)
    except IndentationError as e:
        out.append(("IndentationError",) + e.args)
    try:
        toks = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
        back = tokenize.untokenize(toks)
        again = [t[:2] for t in tokenize.tokenize(io.BytesIO(back).readline)]
        out.append(("roundtrip", back == src.encode(), again == [t[:2] for t in toks]))
        pairs = tokenize.untokenize((t.type, t.string) for t in toks)
        out.append(("compat", pairs))
    except (tokenize.TokenError, IndentationError, SyntaxError, ValueError) as e:
        out.append((type(e).__name__, str(e)))
    digest = hashlib.sha256(repr(out).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    total.update(digest.encode())
    print(n, digest, repr(src)[:50])
print(total.hexdigest())
