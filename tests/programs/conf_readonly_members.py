class C:
    def m(self): pass
def f(): pass
targets = [(C, ['__mro__', '__base__', '__basicsize__', '__itemsize__', '__flags__', '__weakrefoffset__', '__dictoffset__', '__dict__']),
           (property(), ['fget', 'fset', 'fdel']), (f, ['__closure__', '__globals__', '__builtins__', '__code__']), (C().m, ['__func__', '__self__', '__name__']),
           (classmethod(f), ['__func__', '__wrapped__']), (staticmethod(f), ['__func__', '__wrapped__']), (slice(1, 2), ['start', 'stop', 'step']), (range(3), ['start', 'stop', 'step']),
           (1j, ['real', 'imag']), (1, ['real', 'imag', 'numerator', 'denominator']), (1.5, ['real', 'imag']), (f.__code__, ['co_name', 'co_argcount', 'co_consts', 'co_flags']),
           (ValueError(), ['args', '__traceback__']), (StopIteration(), ['value']), (OSError(), ['errno', 'strerror', 'filename']), (SyntaxError(), ['msg', 'lineno']), (KeyboardInterrupt(), ['__suppress_context__']),
           (SystemExit(), ['code']), (ImportError(), ['name', 'msg']), (memoryview(b'x'), ['obj', 'nbytes', 'readonly']),
           ((x for x in []), ['gi_frame', 'gi_running', 'gi_code', '__name__']), (type, ['__mro__']), (int, ['__doc__', '__name__', '__module__'])]
for obj, names in targets:
    for n in names:
        for op in ('set', 'del'):
            try:
                if op == 'set':
                    setattr(obj, n, 5)
                else:
                    delattr(obj, n)
                print(type(obj).__name__, n, op, 'ok')
            except Exception as e:
                print(type(obj).__name__, n, op, type(e).__name__, e)
for owner, n in [(type, '__mro__'), (property, 'fget'), (type(f), '__globals__'), (type(C().m), '__func__'), (slice, 'start'), (range, 'stop'), (complex, 'real'), (int, 'real'), (StopIteration, 'value'), (OSError, 'errno'), (classmethod, '__func__'), (type, '__dict__'), (type(f), '__code__')]:
    d = owner.__dict__[n]
    print(repr(d))
