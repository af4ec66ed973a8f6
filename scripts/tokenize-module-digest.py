"""Prints, for each file named on stdin (one path a line), a digest of repr(list(tokenize.tokenize(...)))
or of the exception it raises. Runs under python3 and under tspy (scripts/compare-tokenize-module.mjs
compares the two outputs)."""
import sys, tokenize, hashlib

for path in sys.stdin.read().split('\n'):
    if not path:
        continue
    try:
        with open(path, 'rb') as f:
            result = repr(list(tokenize.tokenize(f.readline)))
    except Exception as e:
        result = '!%s: %s' % (type(e).__name__, e)
    print(path, hashlib.md5(result.encode('utf-8', 'surrogatepass')).hexdigest())
