# local trace functions: returning None, replacing the tracer, f_trace_lines, f_trace_opcodes,
# setting frame.f_trace, a trace function that raises
import sys

log = []

def only_calls(frame, event, arg):
    log.append(('global', event, frame.f_code.co_name))
    return None          # no local tracing

def work(x):
    y = x * 2
    return y + 1

sys.settrace(only_calls)
work(1)
sys.settrace(None)
print(log)

log.clear()
def second(frame, event, arg):
    log.append(('second', event, frame.f_lineno))
    return second

def first(frame, event, arg):
    log.append(('first', event, frame.f_lineno))
    if event == 'line':
        return second     # replaces the local tracer
    return first

sys.settrace(first)
work(2)
sys.settrace(None)
print(log)

log.clear()
def no_lines(frame, event, arg):
    if event == 'call':
        frame.f_trace_lines = False
    log.append((event, frame.f_code.co_name))
    return no_lines
sys.settrace(no_lines)
work(3)
sys.settrace(None)
print(log)

log.clear()
def opcodes(frame, event, arg):
    if event == 'call':
        frame.f_trace_opcodes = True
    log.append(event)
    return opcodes
sys.settrace(opcodes)
work(4)
sys.settrace(None)
print(log.count('opcode') > 3, log.count('line'), log[0], log[-1])

# tracing the current frame by setting f_trace (sys.settrace must be on for line events)
log.clear()
def here(frame, event, arg):
    log.append((event, frame.f_lineno))
    return here
def traced_body():
    sys.settrace(lambda *a: None)
    sys._getframe().f_trace = here
    a = 1
    b = 2
    sys.settrace(None)
    return a + b
traced_body()
print(log)

# a trace function that raises: the error propagates and tracing stops
def bad(frame, event, arg):
    if event == 'line':
        raise RuntimeError('from tracer')
    return bad
sys.settrace(bad)
try:
    work(5)
except RuntimeError as e:
    print('caught', e, sys.gettrace())

f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
try:
    f.f_trace_lines = 1
except TypeError as e:
    print('TypeError', e)
