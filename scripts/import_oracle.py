"""Oracle for the import differential cases (tests/programs/import_*/): for each case folder
(argv[2:]), copy it to a fresh temporary folder and run each command line of its `args` file
(default: `main.py`) with python3 there. Output is JSON {case: {"sha": ..., "runs": [{"args",
"stdout", "stderr", "status"}]}}; paths are normalised by normalise() (shared with the runner's
rules: the temporary folder -> <DIR>, 0x addresses -> 0x, cpython-311 -> tspy-311, the
interpreter path before a runpy error -> <EXE>). One python3 process drives the whole run."""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def case_sha(folder):
    h = hashlib.sha256()
    for root, dirs, files in sorted(os.walk(folder)):
        dirs[:] = sorted(d for d in dirs if d != '__pycache__')
        for f in sorted(files):
            p = os.path.join(root, f)
            h.update(os.path.relpath(p, folder).encode())
            with open(p, 'rb') as fh:
                h.update(fh.read())
    return h.hexdigest()


def command_lines(folder):
    p = os.path.join(folder, 'args')
    if not os.path.exists(p):
        return [['main.py']]
    out = []
    with open(p) as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                continue
            out.append(['-c', line[3:]] if line.startswith('-c ') else line.split())
    return out


def normalise(text, tmp):
    text = text.replace(tmp, '<DIR>')
    text = re.sub(r'0x[0-9a-f]+', '0x', text)
    text = text.replace('cpython-311', 'tspy-311')
    text = re.sub(r'^/\S*python3(\.11)?:', '<EXE>:', text, flags=re.M)
    return text


def main():
    progdir = sys.argv[1]
    out = {}
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1')
    env.pop('PYTHONPATH', None)
    env.pop('PYTHONSTARTUP', None)
    for case in sys.argv[2:]:
        folder = os.path.join(progdir, case)
        runs = []
        for args in command_lines(folder):
            tmp = tempfile.mkdtemp(prefix='tspy-import-')
            try:
                work = os.path.join(tmp, case)
                shutil.copytree(folder, work, ignore=shutil.ignore_patterns('__pycache__'))
                r = subprocess.run([sys.executable] + args, cwd=work, env=env, capture_output=True, timeout=60)
                runs.append({'args': args,
                             'stdout': normalise(r.stdout.decode('utf-8', 'surrogateescape'), work),
                             'stderr': normalise(r.stderr.decode('utf-8', 'surrogateescape'), work),
                             'status': r.returncode})
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        out[case] = {'sha': case_sha(folder), 'runs': runs}
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main()
