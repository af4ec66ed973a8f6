"""Runs the re engine's test cases (JSON list on stdin, the shape of test/modules/re-harness.ts)
through the public `re` module only, and writes one JSON result per case on stdout (one line each, flushed, so a
caller that stops a slow run keeps the results so far).

Runs under python3 (the oracle) and under tspy (the module being checked), so the two outputs
can be compared case by case (scripts/re-module-check.ts). Unlike scripts/re_oracle.py it uses
no interpreter internals: patterns are compiled by re.compile after re.purge(), so compile
warnings are issued again for every case.
"""
import contextlib
import io
import json
import re
import sys
import warnings


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


def caught(w):
    return [[x.category.__name__, str(x.message)] for x in w]


def evaluate(c, op, case, s, pos, endpos, conv):
    if op == "compile":
        return [c.flags, c.groups, list(c.groupindex.items())]
    if op in ("match", "search", "fullmatch"):
        return m_val(getattr(c, op)(s, pos, endpos))
    if op == "finditer":
        return [m_val(m) for m in c.finditer(s, pos, endpos)]
    if op == "scanmatch":
        sc = c.scanner(s, pos, endpos)
        out = []
        while len(out) < 50:
            m = sc.match()
            if m is None:
                break
            out.append(m_val(m))
        return out
    if op == "findall":
        return enc(c.findall(s, pos, endpos))
    if op == "split":
        return enc(c.split(s, case.get("n", 0)))
    if op == "sub":
        r, n = c.subn(conv(case["r"]), s, case.get("n", 0))
        return [enc(r), n]
    if op == "expand":
        m = c.search(s)
        return None if m is None else enc(m.expand(conv(case["r"])))
    raise ValueError("unknown op " + op)


def run(case):
    isb = case.get("b", False)
    conv = (lambda x: x.encode("latin-1")) if isb else (lambda x: x)
    p = conv(case["p"])
    flags = case.get("f", 0)
    op = case["op"]
    s = conv(case.get("s", ""))
    pos = case.get("pos", 0)
    endpos = case.get("endpos", sys.maxsize)
    re.purge()
    if op == "debug":
        buf = io.StringIO()
        with warnings.catch_warnings(record=True) as w, contextlib.redirect_stdout(buf):
            warnings.simplefilter("always")
            try:
                re.compile(p, flags | re.DEBUG)
                out = {"ok": buf.getvalue()}
            except Exception as e:  # noqa: BLE001
                out = {"exc": [type(e).__name__, str(e)], "out": buf.getvalue()}
        out["w"] = caught(w)
        return out
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            c = re.compile(p, flags)
            out = {"ok": evaluate(c, op, case, s, pos, endpos, conv)}
        except RecursionError as e:
            out = {"exc": ["RecursionError", "(message not compared)"]}
        except Exception as e:  # noqa: BLE001 - every exception is a result to compare
            out = {"exc": [type(e).__name__, str(e)]}
    out["w"] = caught(w)
    return out


def main():
    cases = json.loads(sys.stdin.read())
    for c in cases:
        sys.stdout.write(json.dumps(run(c)) + "\n")
        sys.stdout.flush()


main()
