def f():
    class C:
        @property
        def p(self): return 1
        q = property(None, lambda s, v: None)
        r = property(lambda s: 2)
    return C
C = f()
for fn in [lambda: setattr(C(), 'p', 1), lambda: C().q, lambda: delattr(C(), 'r'), lambda: delattr(C(), 'p')]:
    try: fn()
    except AttributeError as e: print(e)
x = property(lambda s: 1)
C.late = x
try: C().late = 3
except AttributeError as e: print(e)
y = C.__dict__['p'].setter(lambda s, v: None)
try: y.__delete__(C())
except AttributeError as e: print(e)
z = property(lambda s: 1)
z.__set_name__(C, 'manual')
try: z.__set__(C(), 1)
except AttributeError as e: print(e)
for fn in [lambda: property().__get__(1), lambda: property(lambda s: 1).__set__(1, 2), lambda: setattr(property(), 'fget', 1), lambda: property().__delete__([])]:
    try: fn()
    except AttributeError as e: print(e)
class E: pass
for fn in [lambda: setattr(E, '__mro__', ()), lambda: setattr(E, '__base__', int), lambda: setattr(E, '__basicsize__', 1), lambda: setattr(E, '__dict__', {}),
           lambda: setattr(E, '__flags__', 1), lambda: delattr(E, '__name__'), lambda: delattr(E, '__doc__'), lambda: setattr(E, '__doc__', 'x')]:
    try: fn(); print('ok')
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)
e = E(); e.a = 1
del e.__dict__
print(e.__dict__, hasattr(e, 'a'))
e.b = 2; print(e.__dict__)
for fn in [lambda: setattr(e, '__dict__', 5), lambda: delattr(f, '__dict__'), lambda: setattr(f, '__dict__', 1), lambda: delattr(__import__('math'), '__dict__')]:
    try: fn(); print('ok')
    except (AttributeError, TypeError) as e2: print(type(e2).__name__, e2)
