# Packages, submodules, relative imports, module attributes and reprs.
import sys
import pkg
print(pkg.__name__, pkg.__package__, pkg.__path__ == [pkg.__spec__.submodule_search_locations[0]])
print(pkg)
print(pkg.__spec__.name, pkg.__spec__.parent, pkg.__spec__.has_location, pkg.__spec__.origin == pkg.__file__)
print(type(pkg.__loader__).__name__, pkg.__spec__.loader is pkg.__loader__)
print(pkg.__cached__.endswith('__init__.' + sys.implementation.cache_tag + '.pyc') if hasattr(sys.implementation, 'cache_tag') else True)

import pkg.sub.deep
print(pkg.sub.deep.VALUE, pkg.sub.deep.__package__, pkg.sub.deep.__spec__.parent)
print(pkg.sub.deep)
print(pkg.sub.deep.from_parent, pkg.sub.deep.sibling_value)
print('pkg.sub' in sys.modules, 'pkg.sub.deep' in sys.modules)

import pkg.sub.deep as d
print(d is sys.modules['pkg.sub.deep'])
from pkg.sub import deep as d2
print(d2 is d)
from pkg import helper
print(helper.name(), helper.__name__)
from pkg.sub.deep import VALUE as V
print(V)

# a module imported twice is executed once
import pkg.counter
import pkg.counter
from pkg import counter
print(counter.runs)

# submodule attribute set on the parent after import
import pkg2
print(hasattr(pkg2, 'late'))
import pkg2.late
print(pkg2.late.X, hasattr(pkg2, 'late'))

# __import__ forms
m = __import__('pkg.sub.deep')
print(m is pkg)
m = __import__('pkg.sub.deep', fromlist=['VALUE'])
print(m is d)
m = __import__('deep', globals=pkg.sub.__dict__, fromlist=['x'], level=1)
print(m is d)
m = __import__('pkg.sub', fromlist=['deep', 'nothere_but_ok'])
print(m is pkg.sub)
print(sorted(k for k in sys.modules if k.startswith('pkg')))

# sys.modules can be edited
import types
fake = types.ModuleType('fakemod')
fake.attr = 'from fake'
sys.modules['fakemod'] = fake
import fakemod
print(fakemod.attr, fakemod)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(repr(types.ModuleType('bare')), repr(sys), repr(__builtins__) if isinstance(__builtins__, type(sys)) else 'dict')
print(__name__, __package__, __spec__)
