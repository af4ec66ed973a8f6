#!/usr/bin/env python3
"""Dump python3's ast.parse() of source files as JSON (one line per file).

Usage:
  py-ast-json.py [--mode exec|eval|single] FILE...   one JSON line per file on stdout
  py-ast-json.py --serve            read one path per line on stdin, answer one JSON line each

Encoding (read by test/support/pyast.ts):
  node      {"_type": "Name", <fields...>, <attributes...>}; singletons (Load, Add, ...) too
  constant  tagged so values are exact: {"t":"int","v":"123"}, {"t":"float","v":"1.5"|"inf"|"-inf"|"nan"},
            {"t":"complex","re":..,"im":..}, {"t":"str","v":".."}, {"t":"bytes","v":"<hex>"},
            {"t":"None"}, {"t":"Ellipsis"}, {"t":"bool","v":true}, {"t":"tuple","v":[..]},
            {"t":"frozenset","v":[..]}
  line      {"file": path, "ast": node} or {"file": path, "error": {"type","msg","lineno","offset",
            "end_lineno","end_offset"}}
Strings may hold lone surrogates: they are written as \\uXXXX escapes, which JSON.parse keeps.
"""
import ast
import json
import warnings
import sys


def fmt_float(x):
    if x != x:
        return "nan"
    if x == float("inf"):
        return "inf"
    if x == float("-inf"):
        return "-inf"
    return repr(x)


def enc_const(v):
    if v is None:
        return {"t": "None"}
    if v is Ellipsis:
        return {"t": "Ellipsis"}
    if isinstance(v, bool):
        return {"t": "bool", "v": v}
    if isinstance(v, int):
        return {"t": "int", "v": str(v)}
    if isinstance(v, float):
        return {"t": "float", "v": fmt_float(v)}
    if isinstance(v, complex):
        return {"t": "complex", "re": fmt_float(v.real), "im": fmt_float(v.imag)}
    if isinstance(v, str):
        return {"t": "str", "v": v}
    if isinstance(v, bytes):
        return {"t": "bytes", "v": v.hex()}
    if isinstance(v, tuple):
        return {"t": "tuple", "v": [enc_const(x) for x in v]}
    if isinstance(v, frozenset):
        return {"t": "frozenset", "v": [enc_const(x) for x in v]}
    raise TypeError(type(v).__name__)


def enc(node):
    if isinstance(node, list):
        return [enc(x) for x in node]
    if not isinstance(node, ast.AST):
        return node
    out = {"_type": type(node).__name__}
    for f in node._fields:
        v = getattr(node, f, None)
        if f == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
            out[f] = enc_const(v)
        else:
            out[f] = enc(v)
    for a in node._attributes:
        out[a] = getattr(node, a, None)
    return out


MODE = "exec"


def dump_file(path):
    try:
        with open(path, "rb") as fh:
            src = fh.read()
        tree = ast.parse(src, path, mode=MODE)
        return {"file": path, "ast": enc(tree)}
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError) as e:
        return {"file": path, "error": err_info(e)}


def err_info(e):
    d = {"type": type(e).__name__, "msg": getattr(e, "msg", str(e))}
    for k in ("lineno", "offset", "end_lineno", "end_offset"):
        d[k] = getattr(e, k, None)
    return d


def main():
    sys.setrecursionlimit(100000)
    warnings.simplefilter("ignore")
    global MODE
    args = sys.argv[1:]
    if args[:1] == ["--mode"]:
        MODE = args[1]
        args = args[2:]
    if args == ["--serve"]:
        for line in sys.stdin:
            path = line.rstrip("\n")
            sys.stdout.write(json.dumps(dump_file(path)) + "\n")
            sys.stdout.flush()
        return
    for path in args:
        sys.stdout.write(json.dumps(dump_file(path)) + "\n")


if __name__ == "__main__":
    main()
