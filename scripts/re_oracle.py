"""Oracle for tspy's re engine tests: reads a JSON list of cases on stdin, runs each through
python3's re, writes a JSON list of results (one per case) on stdout. One process for all cases.

Case: {"p": pattern, "f": flags, "b": bytes?, "op": operation, "s": subject, "pos", "endpos",
       "r": replacement template, "n": count / maxsplit}
Bytes patterns, subjects and templates are given as Latin-1 strings.
Result: {"ok": value} or {"exc": [exception class name, str(exception)]}, plus "w": warnings
([category, message]) raised while compiling the pattern / parsing the template.
Value by op:
  compile: [flags, groups, groupindex items]
  match / search / fullmatch: null or [regs, lastindex]
  finditer / scanmatch: list of [regs, lastindex]
  findall / split: the list (bytes as {"b": latin-1 text}, tuples as lists)
  sub: [result, n] (subn with a template);  expand: m.expand(template) of the first search match
"""
import json
import re
import sys
import warnings
from re import _compiler


def enc(v):
    if v is None or isinstance(v, (int, str)):
        return v
    if isinstance(v, bytes):
        return {"b": v.decode("latin-1")}
    if isinstance(v, (tuple, list)):
        return [enc(x) for x in v]
    raise TypeError(type(v))


def m_val(m):
    if m is None:
        return None
    return [[list(r) for r in m.regs], m.lastindex]


def run(case):
    isb = case.get("b", False)
    conv = (lambda x: x.encode("latin-1")) if isb else (lambda x: x)
    p = conv(case["p"])
    flags = case.get("f", 0)
    op = case["op"]
    s = conv(case.get("s", ""))
    pos = case.get("pos", 0)
    endpos = case.get("endpos", sys.maxsize)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            c = _compiler.compile(p, flags)
            if op == "compile":
                val = [c.flags, c.groups, list(c.groupindex.items())]
            elif op in ("match", "search", "fullmatch"):
                val = m_val(getattr(c, op)(s, pos, endpos))
            elif op == "finditer":
                val = [m_val(m) for m in c.finditer(s, pos, endpos)]
            elif op == "scanmatch":
                sc = c.scanner(s, pos, endpos)
                val = []
                while len(val) < 50:
                    m = sc.match()
                    if m is None:
                        break
                    val.append(m_val(m))
            elif op == "findall":
                val = enc(c.findall(s, pos, endpos))
            elif op == "split":
                val = enc(c.split(s, case.get("n", 0)))
            elif op == "sub":
                re.purge()
                r, n = c.subn(conv(case["r"]), s, case.get("n", 0))
                val = [enc(r), n]
            elif op == "expand":
                re.purge()
                m = c.search(s)
                val = None if m is None else enc(m.expand(conv(case["r"])))
            else:
                raise ValueError("unknown op " + op)
            out = {"ok": val}
        except Exception as e:  # noqa: BLE001 - every exception is a result to compare
            out = {"exc": [type(e).__name__, str(e)]}
    out["w"] = [[x.category.__name__, str(x.message)] for x in w]
    return out


def main():
    cases = json.load(sys.stdin)
    sys.setrecursionlimit(1000)
    json.dump([run(c) for c in cases], sys.stdout)


main()
