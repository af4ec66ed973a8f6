def show(eg, ind=0):
    print(' ' * ind + f'{type(eg).__name__}({str(eg)!r})')
    for e in getattr(eg, 'exceptions', ()):
        if isinstance(e, BaseExceptionGroup): show(e, ind + 2)
        else: print(' ' * (ind + 2) + repr(e))
eg = ExceptionGroup('top', [ValueError(1), TypeError(2), ExceptionGroup('sub', [ValueError(3), KeyError(4)])])
show(eg)
m, r = eg.split(ValueError); show(m); show(r)
m, r = eg.split(lambda e: isinstance(e, KeyError)); show(m); show(r)
print(eg.subgroup(OSError), eg.split(Exception)[1])
show(eg.subgroup((TypeError, KeyError)))
try:
    raise eg
except* ValueError as g:
    print('VE', repr(g))
except* (TypeError, KeyError) as g:
    print('TK', repr(g))
try:
    try:
        raise ExceptionGroup('x', [ValueError('a'), OSError('b')])
    except* ValueError:
        print('handled VE')
except ExceptionGroup as rest:
    print('rest', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped', repr(g), type(g).__name__)
try:
    try:
        raise ExceptionGroup('y', [ValueError('a')])
    except* ValueError:
        raise KeyError('new in handler')
except BaseException as e:
    print(type(e).__name__, repr(e), repr(e.exceptions[0].__context__) if hasattr(e, 'exceptions') else '')
try:
    try:
        raise ExceptionGroup('z', [ValueError('a'), TypeError('b')])
    except* ValueError:
        raise
except BaseException as e:
    print('reraise', repr(e))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
meg = MyEG('mine', [ValueError(1), TypeError(2)])
a, b = meg.split(ValueError); print(type(a).__name__, a.message, b.message, type(b).__name__)
beg = BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup('c', [ValueError()])).__name__)
try:
    raise beg
except* KeyboardInterrupt:
    print('KI caught')
except* ValueError:
    print('VE caught')
for bad in [lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('m', ValueError()), lambda: ExceptionGroup('m'), lambda: BaseExceptionGroup('m', [1])]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
e1 = ValueError('n'); e1.add_note('note!')
g = ExceptionGroup('with notes', [e1]); g.add_note('group note')
print(g.__notes__, g.exceptions[0].__notes__, g.split(ValueError)[0].__notes__)
import traceback, sys
try:
    raise ExceptionGroup('tb', [ValueError('v1'), ExceptionGroup('inner', [TypeError('t1')])])
except ExceptionGroup as e:
    traceback.print_exception(e, file=sys.stdout)
