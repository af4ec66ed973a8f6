# Which objects one more run of a program leaves behind. Run BY TSPY with -X showrefcount:
#   node bin/tspy.js -X showrefcount scripts/leak_diff.py [RUNS] PROGRAM.py
# The program runs RUNS-1 times (warm-up, default 3), then once more between two snapshots of
# sys.getobjects(0). Prints the growth of the reference total and of the tracked objects, then
#   NEW type refcount repr   objects alive after the last run that did not exist before it
#                             (refcount: the references other than this script's)
#   CHG type delta repr      objects whose count changed
# Caveat: the first snapshot keeps every object it saw alive, so an object the program replaces
# each run (sys.last_value, a cache slot) shows as NEW (the new one) plus CHG -1 (the old one,
# kept only by the snapshot): confirm a suspect with scripts/leak-hunt.mjs, which holds nothing.
# Also noisy: this script's own names and small objects (ints are left out).
import gc
import io
import sys

args = sys.argv[1:]
runs = int(args.pop(0)) if len(args) > 1 else 4
path = args[0]
with open(path, encoding="utf-8") as f:
    code = compile(f.read(), path, "exec")


def run_once():
    ns = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
    saved = sys.stdout, sys.stderr, sys.argv
    sys.stdout = sys.stderr = io.StringIO()
    sys.argv = [path]
    try:
        exec(code, ns)
    except BaseException:
        pass
    finally:
        sys.stdout, sys.stderr, sys.argv = saved
    ns.clear()


for _ in range(runs - 1):
    run_once()
gc.collect()
before = sys.getobjects(0)
counts = [sys.getrefcount(o) for o in before]
seen = set(id(o) for o in before)
o = None
gc.collect()
t1, n1 = sys.gettotalrefcount(), len(gc.get_objects())
run_once()
gc.collect()
gc.collect()
t2, n2 = sys.gettotalrefcount(), len(gc.get_objects())
print("refs %+d, tracked %+d" % (t2 - t1, n2 - n1))
after = sys.getobjects(0)
new = [x for x in after if id(x) not in seen and type(x) is not int
       and x is not before and x is not counts and x is not seen]
del after
for x in new:
    print("NEW", type(x).__name__, sys.getrefcount(x) - 2, repr(x)[:200])
del new
for x, r in zip(before, counts):
    now = sys.getrefcount(x)
    if now != r:
        print("CHG", type(x).__name__, "%+d" % (now - r), repr(x)[:200])
