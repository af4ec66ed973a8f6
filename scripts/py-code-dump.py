#!/usr/bin/env python3
"""Dump the code objects python3's compile() makes for source files, recursively, as JSON.

Usage:
  py-code-dump.py [-O|-OO] [--mode exec|eval|single] [--flags N] FILE...   one JSON line per file
  py-code-dump.py [-O|-OO] --serve    read one path per line on stdin, answer one JSON line each

A code object is {"t":"code", argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code (hex,
with inline CACHE units), consts [constants, see py-ast-json.py; nested code objects recursively],
names, localsplusnames, localspluskinds (hex), filename, name, qualname, firstlineno,
linetable (hex), exceptiontable (hex)}.
A line is {"file": path, "code": code} or {"file": path, "error": {...}}.
Frozenset constants list their items in python's iteration order, which depends on string hashing;
compare them as sets.
"""
import importlib.util
import json
import warnings
import os
import sys

_here = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("py_ast_json", os.path.join(_here, "py-ast-json.py"))
_pj = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_pj)


def enc_value(v):
    if hasattr(v, "co_code"):
        return enc_code(v)
    if isinstance(v, tuple):
        return {"t": "tuple", "v": [enc_value(x) for x in v]}
    if isinstance(v, frozenset):
        return {"t": "frozenset", "v": [enc_value(x) for x in v]}
    return _pj.enc_const(v)


def enc_code(co):
    return {
        "t": "code",
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "stacksize": co.co_stacksize,
        "flags": co.co_flags,
        "code": co.co_code.hex(),
        "consts": [enc_value(c) for c in co.co_consts],
        "names": list(co.co_names),
        "localsplusnames": localsplus(co),
        "localspluskinds": localspluskinds(co),
        "filename": co.co_filename,
        "name": co.co_name,
        "qualname": co.co_qualname,
        "firstlineno": co.co_firstlineno,
        "linetable": co.co_linetable.hex(),
        "exceptiontable": co.co_exceptiontable.hex(),
    }


def localsplus(co):
    # co_varnames + cellvars that are not arguments + freevars (co_localsplusnames order)
    names = list(co.co_varnames)
    for n in co.co_cellvars:
        if n not in co.co_varnames:
            names.append(n)
    names.extend(co.co_freevars)
    return names


def localspluskinds(co):
    out = []
    cells = set(co.co_cellvars)
    for n in co.co_varnames:
        out.append(0x20 | (0x40 if n in cells else 0))
    for n in co.co_cellvars:
        if n not in co.co_varnames:
            out.append(0x40)
    for n in co.co_freevars:
        out.append(0x80)
    return bytes(out).hex()


OPT = 0


MODE = "exec"
FLAGS = 0


def dump_file(path):
    try:
        with open(path, "rb") as fh:
            src = fh.read()
        co = compile(src, path, MODE, flags=FLAGS, dont_inherit=True, optimize=OPT)
        return {"file": path, "code": enc_code(co)}
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError) as e:
        return {"file": path, "error": _pj.err_info(e)}


def main():
    global OPT, MODE, FLAGS
    # keep the default recursion limit: it sets the compiler's nesting limit too
    warnings.simplefilter("ignore")
    args = sys.argv[1:]
    while args and args[0] in ("-O", "-OO", "--mode", "--flags"):
        if args[0] == "--flags":
            FLAGS = int(args[1], 0)
            args = args[2:]
            continue
        if args[0] == "--mode":
            MODE = args[1]
            args = args[2:]
            continue
        OPT = 1 if args[0] == "-O" else 2
        args = args[1:]
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
