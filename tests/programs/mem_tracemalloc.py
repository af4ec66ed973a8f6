# tracemalloc basics: tracing state, traced memory, snapshots grouped by line, comparisons,
# object tracebacks. Sizes differ between implementations: only their relations are printed.
import tracemalloc

print("tracing before start", tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start()
print("tracing", tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
data = [str(i) * 3 for i in range(2000)]
table = {i: [i, i] for i in range(300)}
current, peak = tracemalloc.get_traced_memory()
print("current > 0", current > 0, "peak >= current", peak >= current)
first = tracemalloc.take_snapshot()
stats = first.statistics("lineno")
top = stats[0]
print("top line", top.traceback[0].lineno, "count > 1000", top.count > 1000, "size > 10 KiB", top.size > 10240)
print("second line", stats[1].traceback[0].lineno)
print("str has size and count", "size=" in str(top) and "count=" in str(top) and "average=" in str(top))
by_file = first.statistics("filename")
print("by file", by_file[0].traceback[0].filename == __file__, by_file[0].traceback[0].lineno)
del data
second = tracemalloc.take_snapshot()
diff = second.compare_to(first, "lineno")
biggest = diff[0]
print("freed line", biggest.traceback[0].lineno, "size_diff < 0", biggest.size_diff < 0, "count_diff < -1000", biggest.count_diff < -1000)
class Box:
    pass
box = Box()
print("object traceback", type(tracemalloc.get_object_traceback(box)) in (type(None), tracemalloc.Traceback))
filtered = second.filter_traces([tracemalloc.Filter(True, __file__, lineno=9)])
print("filtered", {s.traceback[0].lineno for s in filtered.statistics("lineno")})
tracemalloc.reset_peak()
c2, p2 = tracemalloc.get_traced_memory()
print("peak after reset", p2 == c2 or p2 >= c2)
tracemalloc.stop()
print("stopped", tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError", e)
