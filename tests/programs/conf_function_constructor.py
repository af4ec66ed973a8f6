import types
def f(a, b=2): return a + b + x
g = types.FunctionType(f.__code__, {'x': 10})
print(g(1, 2))
g2 = types.FunctionType(f.__code__, {'x': 1}, 'newname', (5,))
print(g2.__name__, g2(1))
def outer():
    y = 3
    def inner(): return y
    return inner
inn = outer()
h = types.FunctionType(inn.__code__, {}, None, None, inn.__closure__)
print(h())
try: types.FunctionType(inn.__code__, {})
except TypeError as e: print(e)
try: types.FunctionType(1, {})
except TypeError as e: print(e)
try: types.FunctionType(f.__code__, 1)
except TypeError as e: print(e)
for bad in [lambda: types.FunctionType(f.__code__, {}, 5), lambda: types.FunctionType(f.__code__, {}, None, [1]), lambda: types.FunctionType(f.__code__, {}, None, None, (1,)),
            lambda: types.FunctionType(inn.__code__, {}, None, None, 5), lambda: types.FunctionType(inn.__code__, {}, None, None, (1,)), lambda: types.FunctionType(f.__code__, {}, closure=5),
            lambda: types.FunctionType(), lambda: types.FunctionType(f.__code__), lambda: types.FunctionType(f.__code__, {}, x=1)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
def doc():
    "the doc"
    return __name__
d2 = types.FunctionType(doc.__code__, {'__name__': 'modname'})
print(d2.__doc__, d2(), d2.__module__, d2.__qualname__, d2.__name__, d2.__defaults__, d2.__kwdefaults__)
d3 = types.FunctionType(doc.__code__, {})
print(d3.__module__, d3())
d4 = types.FunctionType(doc.__code__, globals(), 'renamed')
print(d4.__name__, d4.__qualname__, repr(d4)[:17])
try:
    types.FunctionType(compile('len', 'm', 'eval'), {'__builtins__': {}})()
except NameError as e: print(e)
print(types.FunctionType(compile('len("ab")', 'm', 'eval'), {})())
