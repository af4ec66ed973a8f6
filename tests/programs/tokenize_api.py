# tokenize / token module API (differential against CPython 3.11)
import io
import token
import tokenize

print(len(token.tok_name), token.tok_name[0], token.tok_name[256], token.NT_OFFSET, token.N_TOKENS)
print(token.ISTERMINAL(5), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER), token.ISEOF(1))
print(sorted(token.EXACT_TOKEN_TYPES.items())[:8], len(token.EXACT_TOKEN_TYPES))
print(token.__all__[:6], len(token.__all__), tokenize.__all__[-5:])
print(token.OP, token.ERRORTOKEN, token.COMMENT, token.NL, token.ENCODING, tokenize.NAME)


def toks(src):
    return list(tokenize.tokenize(io.BytesIO(src).readline))


def gen(src):
    return list(tokenize.generate_tokens(io.StringIO(src).readline))


src = b"""# comment
import os
class A(object):
    '''doc'''
    def f(self, x=1.5e-3j, *a, **k) -> None:
        return [x ** 2 for x in range(0x10)] if x else {'a': b"b"}
\tpass
"""
try:
    for t in toks(src):
        print(t)
except IndentationError as e:
    print("IndentationError", e.args)

for t in toks(b"a = 1\nb = (a +\n     2)\n@dec\ndef g(): ...\nx //= 3; y @= z != w\n"):
    print(t.type, t.exact_type, token.tok_name[t.exact_type], repr(t.string), t.start, t.end)

# no trailing newline, comment at end, blank last lines, CRLF
for s in ["x = 1", "x = 1\n# end", "x\n\n   \n", "x = 1\r\ny = 2\r\n", "if a:\n  b\n", "s = '''a\nb'''\n",
          "s = 'a\\\nb'\n", "$ ? !\n", "x = 1 if y else\\\n  2\n", "f'{x}'\n", "0b101 0o17 1_000 1.e5 .5j 1e\n"]:
    print(repr(s))
    for t in gen(s):
        print("   ", t)

# errors: tokens before the error are produced first
for s in ["a = (1,\n", "s = '''abc\n", "if x:\n    a\n  b\n", "x = \\\n", "a = ]\n"]:
    got = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(s).readline):
            got.append((token.tok_name[t.type], t.string))
    except tokenize.TokenError as e:
        print("TokenError", e.args, got)
    except IndentationError as e:
        print("IndentationError", e.args, e.msg, e.lineno, e.offset, got)
    else:
        print("ok", got)

# readline raising StopIteration ends the input
lines = iter(["x = 1\n", "y = 2\n"])
print([t.string for t in tokenize.generate_tokens(lambda: next(lines))])
lines2 = iter([b"x = 1\n", b"y = 2"])
print([t.string for t in tokenize.tokenize(lambda: next(lines2))])

# detect_encoding
for b in [b"", b"x\n", b"# -*- coding: latin-1 -*-\nx\n", b"#!/usr/bin/env python\n# vim: set fileencoding=UTF_8 :\n",
          b"\xef\xbb\xbfx = 1\n", b"\xef\xbb\xbf# coding: utf-8\n", b"\n\n# coding: latin-1\n", b"# coding=iso-latin-1-unix\n",
          b"# coding: cp1252\n", b"\n# coding: ascii\nx\n"]:
    print(repr(b), tokenize.detect_encoding(io.BytesIO(b).readline))
for b in [b"# coding: bogus\n", b"\xef\xbb\xbf# coding: latin-1\n", b"\xff\xfe\n", b"\n# coding: nope\n"]:
    try:
        tokenize.detect_encoding(io.BytesIO(b).readline)
    except SyntaxError as e:
        print("SyntaxError", e)
print(tokenize._get_normal_name("UTF_8"), tokenize._get_normal_name("Latin_1-x"), tokenize._get_normal_name("cp1252"))

# encodings in tokenize()
for t in toks("# coding: latin-1\ns = 'caf\xe9'\n".encode("latin-1")):
    print(t)
print(toks(b"\xef\xbb\xbfx\n")[0])
try:
    toks(b"x = 1\ny = '\xff'\n")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)

# untokenize: full tuples round-trip exactly, pairs give a token-equivalent text
samples = [src, b"def f(a,\n      b):\n    return a+b  # add\n\n\nx = f(1,2)\n",
           b"if x:\n    if y:\n        z\n    w\nelse:\n  v\n", b"a = '''x\ny'''\nb = 1\n"]
for s in samples:
    out = tokenize.untokenize(toks(s))
    print(out == s, type(out).__name__)
    pairs = [(t.type, t.string) for t in toks(s)]
    text = tokenize.untokenize(pairs)
    print(repr(text))
    again = [(t.type, t.string) for t in toks(text)]
    print([p for p in again if p[0] not in (tokenize.NL, tokenize.NEWLINE)] ==
          [p for p in pairs if p[0] not in (tokenize.NL, tokenize.NEWLINE)])
print(repr(tokenize.untokenize(gen("x = 1\nif x:\n    y = 2\n"))))
try:
    tokenize.untokenize([(1, 'a', (2, 0), (2, 1), ''), (1, 'b', (1, 0), (1, 1), '')])
except ValueError as e:
    print("ValueError", e)

t = tokenize.TokenInfo(token.OP, '+=', (1, 2), (1, 4), 'x += 1\n')
print(t, t.exact_type, t._replace(string='-=').exact_type, tokenize.TokenInfo(token.OP, '??', (1, 0), (1, 2), '').exact_type)
print(t._fields, tuple(t), t == (token.OP, '+=', (1, 2), (1, 4), 'x += 1\n'))
print(issubclass(tokenize.TokenError, Exception), tokenize.tabsize)
print(bool(tokenize.cookie_re.match("# coding: utf-8")), bool(tokenize.blank_re.match(b"   # x")))

# the parser's tokenizer (CPython 3.11's private _generate_tokens_from_c_tokenizer)
for src in ['if x:\n  y = (1 +\n 2) # c\n"s"\n', 'a = """x\ny"""\nb', 'x = 1\r\ny = 2', "f'{a}' + b'x'", "\tif x:\n\t\tpass\n",
            "é = 'ü'\n", "'abc", "x = (\n", "if x:\n    a\n  b\n", "1 $ 2", "def f():\n\tif x:\n        pass\n", "x = 1_", "0b12"]:
    try:
        for t in tokenize._generate_tokens_from_c_tokenizer(src):
            print(t)
    except SyntaxError as e:
        print("SyntaxError", e.args)
# _tokenize(readline, encoding): bytes decoded when an encoding is given; b'' ends the input
lines = iter([b'"\xd0\x89"\n'])
print(list(tokenize._tokenize(lambda: next(lines, b''), 'utf-8')))
lines = iter(['x\n'])
print(list(tokenize._tokenize(lambda: next(lines, b''), None)))

# tokenize.open: the file's own encoding, text mode 'r'
import os
import tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "latin.py")
with open(path, "wb") as f:
    f.write("# -*- coding: latin-1 -*-\ns = 'café'\n".encode("latin-1"))
with tokenize.open(path) as f:
    print(f.encoding, f.mode, f.read())
path2 = os.path.join(d, "bom.py")
with open(path2, "wb") as f:
    f.write(b"\xef\xbb\xbfx = 1\n")
with tokenize.open(path2) as f:
    print(f.encoding, repr(f.read()))
with open(path, "rb") as f:
    print(tokenize.detect_encoding(f.readline)[0])
try:
    tokenize.open(os.path.join(d, "missing.py"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
