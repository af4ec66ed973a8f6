# Driver of scripts/leak-hunt.mjs, run BY TSPY (not python3): runs each program N times in this
# one process (a fresh __main__ namespace each time, output captured) and after each run
# collects garbage and records the live tracked objects (len(gc.get_objects())) and the
# reference total (sys.gettotalrefcount, with -X showrefcount). Prints one JSON line per
# program: {"name", "tracked": [...], "refs": [...], "error"}.
import gc
import io
import json
import os
import sys

runs = int(sys.argv[1])
paths = sys.argv[2:]
total = getattr(sys, "gettotalrefcount", lambda: 0)


def run_once(code, path):
    ns = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
    out = io.StringIO()
    saved = sys.stdout, sys.stderr, sys.argv
    sys.stdout = sys.stderr = out
    sys.argv = [path]
    error = None
    try:
        exec(code, ns)
    except SystemExit:
        pass
    except BaseException as e:
        error = type(e).__name__
    finally:
        sys.stdout, sys.stderr, sys.argv = saved
    ns.clear()
    return error


for path in paths:
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        code = compile(source, path, "exec")
    except SyntaxError as e:
        print(json.dumps({"name": name, "error": "SyntaxError"}))
        continue
    tracked, refs = [], []
    # only the first error is kept: a list of them would itself grow by a reference per run
    first_error = None
    for i in range(runs):
        err = run_once(code, path)
        if err and first_error is None:
            first_error = err
        err = None
        gc.collect()
        gc.collect()
        tracked.append(len(gc.get_objects()))
        refs.append(total())
    print(json.dumps({"name": name, "tracked": tracked, "refs": refs, "error": first_error}))
    sys.stdout.flush()
