def f(a: int):
    "doc f"
sm = staticmethod(f); cm = classmethod(f)
for o in (sm, cm):
    print(o.__name__, o.__qualname__, o.__doc__, o.__module__, o.__annotations__, sorted(o.__dict__))
    o.extra = 5; print(o.extra)
import types
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp | {'c': 3}, {'z': 0} | mp, list(reversed(mp)))
try:
    mp |= {}
except TypeError as e: print(e)
print(type(mp | {}).__name__)
