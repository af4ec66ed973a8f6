"""Report docstrings and comment lines in lib/ that are identical to CPython's Lib/ text.

lib/ must be written from scratch (docs/internals/lib.md); this finds verbatim text.
Usage: python3 scripts/lib_copy_check.py   (prints files with matches and a total)
"""
import ast, os, sys, re
LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'lib')
import sysconfig
CPY = sysconfig.get_paths()['stdlib']
# gather CPython docstrings and comments
cdocs = set(); ccomments = set()
for root, dirs, files in os.walk(CPY):
    if 'site-packages' in root or 'test' in root.split(os.sep): continue
    for f in files:
        if not f.endswith('.py'): continue
        try: src = open(os.path.join(root, f), encoding='utf-8').read()
        except Exception: continue
        try: tree = ast.parse(src)
        except Exception: continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef, ast.Module)):
                d = ast.get_docstring(node, clean=True)
                if d and len(d) > 12: cdocs.add(d)
        for line in src.splitlines():
            s = line.strip()
            if s.startswith("#") and len(s) > 15: ccomments.add(s)
tot_docs = tot_com = 0
for root, dirs, files in os.walk(LIB):
    for f in files:
        if not f.endswith('.py'): continue
        p = os.path.join(root, f)
        src = open(p).read()
        tree = ast.parse(src)
        nd = nc = 0
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef, ast.Module)):
                d = ast.get_docstring(node, clean=True)
                if d and d in cdocs: nd += 1
        for line in src.splitlines():
            s = line.strip()
            if s.startswith('#') and s in ccomments: nc += 1
        if nd or nc: print(f'{p}: {nd} docstrings, {nc} comments identical to CPython')
        tot_docs += nd; tot_com += nc
print('total', tot_docs, tot_com)
