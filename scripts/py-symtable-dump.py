#!/usr/bin/env python3
"""Dump python3's symtable module view of source files as JSON (one line per file).

Usage: py-symtable-dump.py FILE...  |  py-symtable-dump.py --serve  (paths on stdin)
A table is {"type","name","lineno","optimized","nested","children":[...],"symbols":{name: [flags,
preds]}} where preds is the string of symtable.Symbol predicates that hold (see PREDS), and
functions add "params","locals","globals","nonlocals","frees" (sorted), classes "methods".
"""
import json
import symtable
import sys
import warnings

PREDS = [("r", "is_referenced"), ("p", "is_parameter"), ("g", "is_global"), ("n", "is_nonlocal"),
         ("d", "is_declared_global"), ("l", "is_local"), ("a", "is_annotated"), ("f", "is_free"),
         ("i", "is_imported"), ("s", "is_assigned"), ("N", "is_namespace")]


def dump(t):
    d = {"type": t.get_type(), "name": t.get_name(), "lineno": t.get_lineno(),
         "optimized": t.is_optimized(), "nested": t.is_nested()}
    syms = {}
    for name in sorted(t.get_identifiers()):
        s = t.lookup(name)
        syms[name] = [t._table.symbols[name], "".join(c for c, m in PREDS if getattr(s, m)())]
    d["symbols"] = syms
    if isinstance(t, symtable.Function):
        d["params"] = sorted(t.get_parameters())
        d["locals"] = sorted(t.get_locals())
        d["globals"] = sorted(t.get_globals())
        d["nonlocals"] = sorted(t.get_nonlocals())
        d["frees"] = sorted(t.get_frees())
    if isinstance(t, symtable.Class):
        d["methods"] = sorted(t.get_methods())
    d["children"] = [dump(c) for c in t.get_children()]
    return d


def dump_file(path):
    try:
        with open(path, "rb") as fh:
            src = fh.read()
        return {"file": path, "table": dump(symtable.symtable(src, path, "exec"))}
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        return {"file": path, "error": {"type": type(e).__name__, "msg": getattr(e, "msg", str(e)),
                                        "lineno": getattr(e, "lineno", None)}}


def main():
    sys.setrecursionlimit(100000)
    warnings.simplefilter("ignore")
    if sys.argv[1:] == ["--serve"]:
        for line in sys.stdin:
            sys.stdout.write(json.dumps(dump_file(line.rstrip("\n"))) + "\n")
            sys.stdout.flush()
        return
    for path in sys.argv[1:]:
        sys.stdout.write(json.dumps(dump_file(path)) + "\n")


if __name__ == "__main__":
    main()
