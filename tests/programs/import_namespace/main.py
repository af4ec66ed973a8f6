# PEP 420 namespace packages spread over two sys.path entries.
import sys
here = sys.path[0]
sys.path.insert(0, here + '/left')
sys.path.insert(1, here + '/right')
import nsp
print(nsp.__file__ if hasattr(nsp, '__file__') else 'no __file__', nsp.__spec__.origin, nsp.__package__)
print([p.replace(here, '<here>') for p in nsp.__path__])
print(type(nsp.__path__).__name__, len(nsp.__path__))
print(repr(nsp).replace(here, '<here>').split(' object at ')[0])
import nsp.a, nsp.b, nsp.inner.c
print(nsp.a.WHO, nsp.b.WHO, nsp.inner.c.WHO, nsp.inner.__path__[0].replace(here, '<here>'))
print(nsp.a.__spec__.parent, nsp.inner.c.__package__)
try:
    import nsp.zzz
except ModuleNotFoundError as e:
    print(e)
import reg
print(reg.__path__[0].replace(here, '<here>'), reg.__spec__.origin.replace(here, '<here>'))
