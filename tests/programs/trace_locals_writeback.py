# a trace function's changes to frame.f_locals reach the frame's variables (CPython writes them
# back after each trace call), and a stale locals() dict does not overwrite newer values
import sys

def target():
    a = 1
    b = 2
    snapshot = locals()
    a = 10
    c = a + b
    return c, snapshot['a']

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'target' and event == 'line' and frame.f_lineno == target.__code__.co_firstlineno + 4:
        frame.f_locals['b'] = 100
    return tracer

sys.settrace(tracer)
result = target()
sys.settrace(None)
print(result)

def plain():
    x = 1
    y = locals()
    x = 2
    return x, y['x']
sys.settrace(lambda f, e, a: None)
print(plain())
sys.settrace(None)
def target2():
    a = 1
    b = 2
    snapshot = locals()
    a = 10
    c = a + b
    return c, snapshot['a']
def tracer(frame, event, arg):
    if frame.f_code.co_name == "target2":
        print(event, frame.f_lineno, dict(frame.f_locals) if event != 'call' else '')
        if event == 'line' and frame.f_lineno == target2.__code__.co_firstlineno + 4:
            frame.f_locals['b'] = 100
    return tracer
sys.settrace(tracer)
print(target2())
sys.settrace(None)
