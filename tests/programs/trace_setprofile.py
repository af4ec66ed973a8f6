# sys.setprofile: call/return for Python frames, c_call/c_return/c_exception for builtins
import sys

out = []
def prof(frame, event, arg):
    if event.startswith('c_'):
        out.append((event, frame.f_code.co_name, arg.__name__))
    elif event == 'return':
        out.append((event, frame.f_code.co_name, repr(arg)))
    else:
        out.append((event, frame.f_code.co_name))

def f(x):
    l = []
    l.append(x)
    d = {}
    d.setdefault('k', 1)
    return len(l) + abs(-x) + max([1, 2]) + d['k']

def g():
    try:
        int("x")
    except ValueError:
        pass
    return sorted([3, 1, 2], key=lambda v: -v)

def h(*args, **kw):
    return list(map(str, args))

def gen():
    yield len('ab')
    yield 2

def raiser():
    raise KeyError('x')

sys.setprofile(prof)
f(3)
g()
h(*[1, 2], **{})
print(*[1], sep='')
list(gen())
try:
    raiser()
except KeyError:
    pass
sys.setprofile(None)
for e in out:
    print(*e)
print(sys.getprofile())
