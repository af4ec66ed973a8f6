# from M import *: __all__ (including submodules), underscore rules, bad __all__ items.
from pkg import *
print(sorted(k for k in globals() if not k.startswith('__')))
print(public, sub.NAME)
from noall import *
print(sorted(k for k in globals() if not k.startswith('__')))
print(visible)
try:
    _hidden
except NameError as e:
    print('NameError', e)

import sys, types
m = types.ModuleType('badall')
m.__all__ = ['ok', 3]
m.ok = 1
sys.modules['badall'] = m
try:
    exec('from badall import *', {})
except TypeError as e:
    print('TypeError', e)
m.__all__ = ['ok', 'missing']
try:
    exec('from badall import *', {})
except AttributeError as e:
    print('AttributeError', e)

def in_function():
    ns = {}
    exec('from noall import *', ns)
    return sorted(k for k in ns if not k.startswith('__'))
print(in_function())
