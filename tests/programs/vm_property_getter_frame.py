# LOAD_ATTR_PROPERTY (tspy's own specialised form): a property getter run as a frame of the loop.
# Same values, tracebacks, dis(adaptive=True) display, trace/profile events and RecursionError.
import dis, sys
class A:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @property
    def bad(self): return self.missing
class G:
    def __getattr__(self, n): return "ga:" + n
    @property
    def p(self): raise AttributeError("inner")
def f(a):
    return a.x
a = A()
for i in range(100): f(a)
print(f(a))
print([ins.opname for ins in dis.get_instructions(f, adaptive=True) if 'ATTR' in ins.opname])
def g(o): return o.bad
for i in range(60):
    try: g(a)
    except AttributeError as e: last = e
print(last)
import traceback
try: g(a)
except AttributeError: traceback.print_exc(file=sys.stdout)
def h(o): return o.p
for i in range(60): r = h(G())
print(r)
A.x = property(lambda self: 42)
print(f(a))
def deep(n):
    class R:
        @property
        def v(self): return deep(n + 1)
    return R().v
try: deep(0)
except RecursionError as e: print("RecursionError", str(e)[:40])

class A:
    @property
    def x(self): return 7
def f(a): return a.x
a = A()
for i in range(50): f(a)
ev = []
def tr(frame, event, arg):
    ev.append((event, frame.f_code.co_name, frame.f_lineno))
    return tr
sys.settrace(tr); f(a); sys.settrace(None)
print(ev)
ev.clear()
sys.setprofile(lambda fr, e, a: ev.append((e, fr.f_code.co_name))); f(a); sys.setprofile(None)
print(ev)

# a property with a setter: stores stay STORE_ATTR forms, reads may run the getter as a frame
class S:
    def __init__(self): self._c = b""
    @property
    def comment(self): return self._c
    @comment.setter
    def comment(self, v): self._c = v + b"!"
def store_read(o, n):
    out = []
    for i in range(n):
        o.comment = b"c%d" % i
        out.append(o.comment)
    return out
print(store_read(S(), 80)[-3:])
