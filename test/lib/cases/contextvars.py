import contextvars
from contextvars import ContextVar, Context, Token, copy_context
# --- ContextVar basics
v = ContextVar('v', default=1)
v
v.name, v.get(), v.get(5)
w = ContextVar('w')
w
w.get()
w.get(None), w.get('dflt')
w.get(1, 2)
ContextVar(1)
ContextVar('x', 5)
type(v), type(v).__name__, type(v).__module__
class Sub(ContextVar): pass
ContextVar[int]
hash(v) == hash(v), v == v, v == w
# --- tokens
v = ContextVar('v', default=1)
t1 = v.set(2)
t1
t1.var is v, t1.old_value is Token.MISSING, Token.MISSING, type(Token.MISSING)
t2 = v.set(3)
t2.old_value, v.get()
v.reset(t2)
v.get()
v.reset(t2)
v.reset(t1)
v.get()
w = ContextVar('w')
t3 = w.set(1)
v.reset(t3)
v.reset('nope')
Token()
Token[int]
# --- contexts
a = ContextVar('a')
b = ContextVar('b', default='B')
ta = a.set(1)
c = copy_context()
type(c), len(c), a in c, b in c, c[a], c.get(a), c.get(b), c.get(b, 'd')
c[b]
c['x']
'x' in c
a.set(2)
c[a], a.get()
def body(x):
    a.set(x)
    b.set(x * 2)
    return a.get(), b.get(), len(copy_context())
c.run(body, 10)
c[a], c[b], a.get(), b.get()
c.run(c.run, print)
c2 = c.copy()
c2 == c, c2 is c, c == Context(), Context() == Context()
sorted(var.name for var in c), sorted(val for val in c.values()), sorted((k.name, x) for k, x in c.items())
list(Context()), len(Context())
Context(1)
Context(x=1)
def fail():
    raise ValueError('inside')
c.run(fail)
c.run()
c.run(lambda **kw: sorted(kw.items()), p=1, q=2)
import collections.abc
isinstance(c, collections.abc.Mapping)
ContextVar('x', foo=1)
