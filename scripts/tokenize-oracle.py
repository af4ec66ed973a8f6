"""Oracle for `-m tokenize`: what `python3 -m tokenize [-e] FILE` prints, for many files in one process.

Usage: python3 scripts/tokenize-oracle.py [--full] < paths   (one path per line)
For each path and mode (plain, -e), writes one JSON line:
  {"path", "exact", "status", "out", "err"}  with out/err the SHA-1 of the bytes printed on stdout /
  stderr (or, with --full, the text itself).
tokenize.main() runs in this process with its output captured; when it ends in the "unexpected error"
path (which prints a traceback that depends on the process), that case is run as a real
`python3 -m tokenize` subprocess instead.
"""
import contextlib
import hashlib
import io
import json
import subprocess
import sys
import tokenize

full = "--full" in sys.argv[1:]


def run_inprocess(path, exact):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = ["tokenize"] + (["-e"] if exact else []) + [path]
    status = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            tokenize.main()
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else 1
    except Exception:
        return None
    finally:
        sys.argv = saved
    return status, out.getvalue().encode("utf-8", "surrogateescape"), err.getvalue().encode("utf-8", "surrogateescape")


def run_subprocess(path, exact):
    r = subprocess.run([sys.executable, "-m", "tokenize"] + (["-e"] if exact else []) + [path], capture_output=True)
    return r.returncode, r.stdout, r.stderr


def show(b):
    return b.decode("utf-8", "surrogateescape") if full else hashlib.sha1(b).hexdigest()


for line in sys.stdin:
    path = line.rstrip("\n")
    if not path:
        continue
    for exact in (False, True):
        r = run_inprocess(path, exact) or run_subprocess(path, exact)
        status, out, err = r
        sys.stdout.write(json.dumps({"path": path, "exact": exact, "status": status, "out": show(out), "err": show(err)}) + "\n")
