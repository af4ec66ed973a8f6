# Import errors: CPython's exception classes, messages and attributes.
import sys

def attempt(stmt):
    try:
        exec_import(stmt)
    except BaseException as e:
        print(stmt, '->', type(e).__name__ + ':', e)
        if isinstance(e, ImportError):
            print('   name =', e.name, '| path =', None if e.path is None else e.path.rsplit('/', 2)[-2:])
    else:
        print(stmt, '-> ok')

def exec_import(stmt):
    kind, _, rest = stmt.partition(' ')
    if kind == 'import':
        __import__(rest)
    elif kind == 'from':
        mod, _, names = rest.partition(' import ')
        m = __import__(mod, globals(), None, names.split(', '), 0)
        for n in names.split(', '):
            getattr_or_import_error(m, n)
    elif kind == 'rel':
        level = len(rest) - len(rest.lstrip('.'))
        __import__(rest.lstrip('.'), globals(), None, ['x'], level)

def getattr_or_import_error(m, n):
    try:
        getattr(m, n)
    except AttributeError:
        raise ImportError(f"cannot import name {n!r} from {m.__name__!r}")

attempt('import nonexistent_module_xyz')
attempt('import pkg.nothere')
attempt('import pkg.plain.child')
attempt('import pkg.raises')
attempt('import pkg.raises')
print('pkg.raises' in sys.modules)
attempt('rel .sibling')
attempt('import circ')
attempt('import circ2.a')

try:
    from pkg import missing_name
except ImportError as e:
    print(type(e).__name__, e, '|', e.name)

try:
    from pkg.plain import nope
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], '<dir>'), '|', e.name)

try:
    import pkg.rel_beyond
except ImportError as e:
    print(type(e).__name__, e)

try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)

try:
    __import__('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__('pkg', level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__('pkg', fromlist=[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__('x', {}, None, [], 1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('x', {'__package__': 3}, None, [], 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__('x', {'__name__': 'a'}, None, [], 2)
except ImportError as e:
    print(type(e).__name__, e)

import bad.syntax
