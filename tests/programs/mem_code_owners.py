# Code objects owned by running frames, suspended generators, threads, tracebacks and tracers
import sys, gc, weakref
ns = {"sys": sys}
exec("def f():\n    del G['f']\n    gc.collect()\n    return sys._getframe().f_code.co_name, 1.5 + 2\n", ns)
ns["G"] = ns; ns["gc"] = gc
print(ns["f"]())
def gen():
    yield 1
    yield 2
g = gen()
print(next(g))
gen.__code__ = (lambda: 0).__code__
print(next(g), g.gi_code.co_name)
del g
codes = []
for i in range(50):
    d = {}
    exec(f"def h{i}(a):\n    return [a * {i} for _ in range(2)]\n", d)
    codes.append(weakref.ref(d[f"h{i}"].__code__))
    print(d[f"h{i}"](2), end=" ")
    d.clear()
print()
print(sum(r() is None for r in codes))
import threading
out = []
def worker(k):
    d = {}
    exec(f"def w():\n    return {k} * 2\n", d)
    out.append(d["w"]())
ts = [threading.Thread(target=worker, args=(k,)) for k in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
def tracer(frame, event, arg):
    if event == "call":
        seen.append(frame.f_code.co_name)
    return None
seen = []
sys.settrace(tracer)
exec("def tr():\n    return 3\ntr()\n")
sys.settrace(None)
print(seen)
try:
    eval("1/0")
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next: tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename)
import dis, io
c = compile("def q(x):\n    return x.y\n", "<q>", "exec")
buf = io.StringIO()
dis.dis(c, file=buf)
print(len(buf.getvalue().splitlines()))
print(eval(compile("lambda: 42", "<l>", "eval"))())
