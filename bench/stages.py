"""python3's side of bench/stages.ts: ast.parse (frontend) or compile+marshal (compile) of every
file in FILELIST, in one process, reading all files before the clock starts."""
import sys, time, ast, marshal, resource

stage, listfile = sys.argv[1], sys.argv[2]
files = [l for l in open(listfile).read().split("\n") if l]
sources = [open(f, "rb").read() for f in files]
failed = 0
t0 = time.perf_counter()
c0 = time.process_time()
for f, src in zip(files, sources):
    try:
        if stage == "frontend":
            ast.parse(src, f)
        else:
            marshal.dumps(compile(src, f, "exec", dont_inherit=True))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        failed += 1
secs = time.perf_counter() - t0
cpu = time.process_time() - c0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
import json
print(json.dumps({"seconds": secs, "cpu": cpu, "bytes": sum(map(len, sources)), "files": len(files), "failed": failed, "peakRssMB": peak}))
