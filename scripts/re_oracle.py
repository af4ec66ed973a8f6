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
  debug: the text re.DEBUG prints (with "exc", the text printed before the exception as "out")
"""
import contextlib
import io
import json
import os
import re
import signal
import sys
import warnings
from re import _compiler

# RE_ORACLE_TIMEOUT=seconds: a case running longer (a catastrophic random pattern) gives
# {"timeout": true} instead of a result.
TIMEOUT = float(os.environ.get("RE_ORACLE_TIMEOUT", "0"))


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


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


_compiled = {}


def compile_cached(p, flags):
    """_compiler.compile without re's cache, memoised here with the warnings it issued."""
    key = (type(p), p, flags)
    if key not in _compiled:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                c = _compiler.compile(p, flags)
            except Timeout:
                raise
            except Exception as e:  # noqa: BLE001
                c = e
        _compiled[key] = (c, [[x.category.__name__, str(x.message)] for x in w])
    return _compiled[key]


def run(case):
    isb = case.get("b", False)
    conv = (lambda x: x.encode("latin-1")) if isb else (lambda x: x)
    p = conv(case["p"])
    flags = case.get("f", 0)
    op = case["op"]
    s = conv(case.get("s", ""))
    pos = case.get("pos", 0)
    endpos = case.get("endpos", sys.maxsize)
    if op == "debug":
        # what re.compile(p, flags | re.DEBUG) prints, and how it ends
        buf = io.StringIO()
        with warnings.catch_warnings(record=True) as w, contextlib.redirect_stdout(buf):
            warnings.simplefilter("always")
            try:
                _compiler.compile(p, flags | re.DEBUG)
                out = {"ok": buf.getvalue()}
            except Exception as e:  # noqa: BLE001
                out = {"exc": [type(e).__name__, str(e)], "out": buf.getvalue()}
        out["w"] = [[x.category.__name__, str(x.message)] for x in w]
        return out
    c, cw = compile_cached(p, flags)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            if isinstance(c, Exception):
                raise c
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
        except Timeout:
            raise
        except Exception as e:  # noqa: BLE001 - every exception is a result to compare
            out = {"exc": [type(e).__name__, str(e)]}
    out["w"] = cw + [[x.category.__name__, str(x.message)] for x in w]
    return out


def run_limited(case):
    if not TIMEOUT:
        return run(case)
    signal.setitimer(signal.ITIMER_REAL, TIMEOUT)
    try:
        return run(case)
    except Timeout:
        return {"timeout": True, "w": []}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def main():
    cases = json.load(sys.stdin)
    sys.setrecursionlimit(1000)
    if TIMEOUT:
        signal.signal(signal.SIGALRM, _alarm)
    sys.stdout.write(json.dumps([run_limited(c) for c in cases]))


main()
