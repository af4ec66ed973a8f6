"""For each .py path listed in a file (one per line), print one tab-separated line:
path, sha256 of ast.dump(ast.parse(src), include_attributes=True), sha256 of
ast.unparse(ast.parse(src)). A step that raises prints "ERR:<exception type>" instead.
Runs unchanged under python3 (the oracle) and under tspy; scripts/ast-stdlib.mjs compares them.
Usage: probe LISTFILE [--text]   (--text prints the dump and unparse texts instead of hashes)
"""
import ast
import hashlib
import sys


def digest(text, raw):
    return text if raw else hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()


def probe(path, raw):
    with open(path, 'rb') as f:
        src = f.read()
    try:
        tree = ast.parse(src, path)
    except Exception as e:
        return 'ERR:' + type(e).__name__, 'ERR:' + type(e).__name__
    try:
        dumped = digest(ast.dump(tree, include_attributes=True), raw)
    except Exception as e:
        dumped = 'ERR:' + type(e).__name__
    try:
        unparsed = digest(ast.unparse(tree), raw)
    except Exception as e:
        unparsed = 'ERR:' + type(e).__name__
    return dumped, unparsed


def main():
    raw = '--text' in sys.argv
    with open(sys.argv[1]) as f:
        paths = [line.rstrip('\n') for line in f if line.strip()]
    for path in paths:
        dumped, unparsed = probe(path, raw)
        if raw:
            print('=== ' + path + '\n' + dumped + '\n--- unparse\n' + unparsed)
        else:
            print(path + '\t' + dumped + '\t' + unparsed, flush=True)


main()
