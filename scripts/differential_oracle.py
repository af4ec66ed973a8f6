"""Oracle for the VM's differential corpus: for each tests/programs/*.py (argv), compile it to
.pyc (co_filename = the absolute .py path, as `python3 FILE.py` shows) and run both the source and
the .pyc with python3 from tests/programs, recording stdout, stderr and exit status. One python3
process drives the whole run (start it with PYTHONHASHSEED=0 so py_compile's constants are laid
out as in the runs); output is JSON: {name: {"sha", "py": {...}, "pyc": {...}}}."""
import concurrent.futures
import hashlib
import json
import os
import py_compile
import subprocess
import sys

def main():
    progdir, cachedir = sys.argv[1], sys.argv[2]
    names = sys.argv[3:]
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONSTARTUP", None)

    def run(name):
        src = os.path.join(progdir, name)
        stdin_path = src[:-3] + ".stdin"
        stdin = b""
        if os.path.exists(stdin_path):
            with open(stdin_path, "rb") as f:
                stdin = f.read()
        with open(src, "rb") as f:
            sha = hashlib.sha256(f.read() + stdin).hexdigest()
        pyc = os.path.join(cachedir, name[:-3] + ".pyc")
        py_compile.compile(src, cfile=pyc, dfile=os.path.abspath(src), doraise=True)
        res = {"sha": sha}
        # the source run is the oracle for `tspy FILE.py`; the .pyc run for `tspy FILE.pyc`
        # (they differ only where marshal round-trips change a constant, e.g. frozenset order)
        for key, target in (("py", name), ("pyc", pyc)):
            r = subprocess.run([sys.executable, target], cwd=progdir, env=env, input=stdin, capture_output=True, timeout=60)
            res[key] = {"stdout": r.stdout.decode("utf-8", "surrogateescape"),
                        "stderr": r.stderr.decode("utf-8", "surrogateescape"),
                        "status": r.returncode}
        return name, res

    out = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        for name, res in ex.map(run, names):
            out[name] = res
    json.dump(out, sys.stdout)

if __name__ == "__main__":
    main()
