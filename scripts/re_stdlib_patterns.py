"""The regular expressions of the stdlib: every call re.<function>(<literal pattern>[, flags])
with a constant str / bytes pattern and constant flags, found with ast in the python3 stdlib.
Prints a JSON list of {"p": pattern, "f": flags, "b": is bytes, "file": path}, each (pattern,
flags, type) once. Bytes are given as Latin-1 text.
"""
import ast
import json
import os
import re
import sys
import sysconfig

# function -> position of the flags argument
FUNCS = {"compile": 1, "match": 2, "search": 2, "fullmatch": 2, "findall": 2, "finditer": 2,
         "split": 3, "sub": 4, "subn": 4}
FLAG_NAMES = {n: int(getattr(re, n)) for n in ("I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL",
                                                "X", "VERBOSE", "A", "ASCII", "U", "UNICODE", "L", "LOCALE")}


def flags_of(node):
    if node is None:
        return 0
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    if isinstance(node, ast.Attribute) and node.attr in FLAG_NAMES:
        return FLAG_NAMES[node.attr]
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitOr, ast.Add)):
        a, b = flags_of(node.left), flags_of(node.right)
        return None if a is None or b is None else a | b
    return None


def main():
    root = sysconfig.get_paths()["stdlib"]
    seen = set()
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for fn in sorted(filenames):
            if not fn.endswith(".py"):
                continue
            path = os.path.join(dirpath, fn)
            try:
                tree = ast.parse(open(path, "rb").read())
            except (SyntaxError, ValueError):
                continue
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                        and node.func.attr in FUNCS and node.args):
                    continue
                pat = node.args[0]
                if not (isinstance(pat, ast.Constant) and isinstance(pat.value, (str, bytes))):
                    continue
                flag_node = None
                pos = FUNCS[node.func.attr]
                if len(node.args) > pos:
                    flag_node = node.args[pos]
                for kw in node.keywords:
                    if kw.arg == "flags":
                        flag_node = kw.value
                flags = flags_of(flag_node)
                if flags is None:
                    continue
                isb = isinstance(pat.value, bytes)
                key = (pat.value, flags, isb)
                if key in seen:
                    continue
                seen.add(key)
                p = pat.value.decode("latin-1") if isb else pat.value
                out.append({"p": p, "f": flags, "b": isb, "file": os.path.relpath(path, root)})
    json.dump(out, sys.stdout)


main()
