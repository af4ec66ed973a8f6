"""Originality check: tspy's Python library (lib/) must be our own code, not CPython's.

For each lib/ file with a CPython counterpart (same relative path in python3's stdlib), counts the
non-trivial lines (whitespace-normalised, 12+ characters, not comments, not bare string/name lists, not
signatures/decorators/class headers, which the API dictates)
that also occur in the counterpart, and the longest run of consecutive such lines. A file fails
when more than MAX_SHARE of its lines are shared or a run is longer than MAX_RUN.
Usage: python3 scripts/originality.py [--json] [files...]   (exit 1 when a file fails)
"""
import json, os, re, sys, sysconfig

STD = sysconfig.get_paths()["stdlib"]
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MAX_SHARE = 0.35
MAX_RUN = 8
# Lines an independent implementation of the same API writes the same way: signatures,
# decorators, class headers.
API_FORCED = re.compile(r"^(async def |def |class |@)")
TRIVIAL = re.compile(r"""^[\s'"\w.,()\[\]{}:=-]*$""")  # lists of names/strings, simple tuples


def norm(text):
    out = []
    for line in text.splitlines():
        s = " ".join(line.split())
        if len(s) < 12 or s.startswith("#"):
            continue
        if TRIVIAL.match(s) and "(" not in s and "=" not in s:
            continue
        if API_FORCED.match(s):
            continue
        out.append(s)
    return out


def longest_run(a, b):
    pos = {}
    for i, l in enumerate(b):
        pos.setdefault(l, []).append(i)
    best, prev = 0, {}
    for l in a:
        cur = {}
        for j in pos.get(l, ()):
            cur[j] = prev.get(j - 1, 0) + 1
            best = max(best, cur[j])
        prev = cur
    return best


def check(path):
    rel = os.path.relpath(path, os.path.join(ROOT, "lib"))
    ref = os.path.join(STD, rel)
    if not os.path.exists(ref):
        return None
    a = norm(open(path, encoding="utf-8").read())
    b = norm(open(ref, encoding="utf-8", errors="replace").read())
    bs = set(b)
    shared = sum(1 for l in a if l in bs)
    share = shared / len(a) if a else 0.0
    run = longest_run(a, b)
    return {"file": rel, "lines": len(a), "share": round(share, 3), "run": run,
            "ok": (share <= MAX_SHARE or len(a) < 20) and run <= MAX_RUN}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    files = args or sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(ROOT, "lib")) for f in fs if f.endswith(".py"))
    results = [r for r in map(check, files) if r]
    if "--json" in sys.argv:
        print(json.dumps(results))
    else:
        for r in results:
            print(f"{'ok  ' if r['ok'] else 'FAIL'} {r['file']:32s} {r['lines']:5d} lines, {100 * r['share']:3.0f}% shared with CPython, longest shared run {r['run']}")
    sys.exit(0 if all(r["ok"] for r in results) else 1)


if __name__ == "__main__":
    main()
