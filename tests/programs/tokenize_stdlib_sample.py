# tokenize.tokenize over a fixed sample of python3's stdlib files: token lists must be identical
import hashlib
import os
import tokenize

LIB = "/root/.pyenv/versions/3.11.7/lib/python3.11"
NAMES = ["tokenize.py", "json/encoder.py", "test/test_fstring.py",
         "test/tokenizedata/bad_coding2.py", "test/test_unicode_identifiers.py", "lib2to3/tests/data/crlf.py",
         "test/tokenizedata/badsyntax_3131.py", "json/decoder.py", "test/test_source_encoding.py"]
for name in NAMES:
    path = os.path.join(LIB, name)
    if not os.path.exists(path):
        print(name, "missing")
        continue
    try:
        with open(path, "rb") as f:
            toks = list(tokenize.tokenize(f.readline))
        digest = hashlib.sha256(repr(toks).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        print(name, len(toks), toks[0].string, digest)
    except Exception as e:
        print(name, type(e).__name__, e)
