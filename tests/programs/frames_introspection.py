# Frames and tracebacks as objects
import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(f.f_locals)
def caller():
    local_a = 1
    local_b = "two"
    return where()
print(caller())
def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n
def nested(k):
    return depth() if k == 0 else nested(k - 1)
print(nested(0), nested(5) - nested(0))
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
def fails():
    x = 42
    raise ValueError("look at my frame")
try:
    fails()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    last = e.__traceback__.tb_next.tb_frame
    print(last.f_locals, last.f_code.co_filename == __file__ if "__file__" in dir() else True, type(last).__name__)
    print(last.f_globals is globals())
def gen():
    frame = sys._getframe()
    yield frame.f_code.co_name
    yield frame.f_lineno
g = gen()
print(next(g), next(g), g.gi_frame.f_lineno > 0)
code = caller.__code__
print(code.co_name, code.co_argcount, code.co_varnames, code.co_nlocals, code.co_filename == caller.__code__.co_filename, code.co_firstlineno)
print(type(code).__name__, (lambda: 0).__code__.co_name, (x for x in ()).gi_code.co_name)
def closure():
    a = 1
    def inner():
        return a
    return inner
print(closure().__code__.co_freevars, closure.__code__.co_cellvars)
def exc_info_frames():
    try:
        {}["missing"]
    except KeyError:
        t, v, tb = sys.exc_info()
        return t.__name__, repr(v), tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno
print(exc_info_frames())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
