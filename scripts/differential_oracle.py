"""Oracle for the VM's differential corpus: for each tests/programs/*.py (argv), compile it to
.pyc (co_filename = the bare file name) and run it with python3 from tests/programs, recording
stdout, stderr and exit status. One python3 process drives the whole run; output is JSON on
stdout: {name: {"stdout", "stderr", "status", "sha"}}. Programs run with PYTHONHASHSEED=0."""
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
        with open(src, "rb") as f:
            sha = hashlib.sha256(f.read()).hexdigest()
        pyc = os.path.join(cachedir, name[:-3] + ".pyc")
        py_compile.compile(src, cfile=pyc, dfile=os.path.abspath(src), doraise=True)
        r = subprocess.run([sys.executable, name], cwd=progdir, env=env, capture_output=True, timeout=60)
        return name, {"stdout": r.stdout.decode("utf-8", "surrogateescape"),
                      "stderr": r.stderr.decode("utf-8", "surrogateescape"),
                      "status": r.returncode, "sha": sha}

    out = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        for name, res in ex.map(run, names):
            out[name] = res
    json.dump(out, sys.stdout)

if __name__ == "__main__":
    main()
