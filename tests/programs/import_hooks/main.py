# importlib: import_module, reload, find_spec, meta_path and path_hooks finders, legacy loaders.
import sys
import importlib
import importlib.util
import importlib.machinery
import importlib.abc

m = importlib.import_module('pkg.mod')
print(m.__name__, m.count, importlib.import_module('.mod', 'pkg') is m)
m.extra = 'kept'
r = importlib.reload(m)
print(r is m, m.count, m.extra)
try:
    importlib.import_module('.mod')
except TypeError as e:
    print('TypeError', e)
try:
    importlib.import_module('..x', 'pkg')
except ImportError as e:
    print('ImportError', e)
try:
    importlib.reload(42)
except TypeError as e:
    print('TypeError', e)
import types
try:
    importlib.reload(types.ModuleType('notinsys'))
except ImportError as e:
    print('ImportError', e, e.name)

spec = importlib.util.find_spec('pkg.mod')
print(spec.name, spec.parent, spec.origin.rsplit('/', 2)[-2:], spec.has_location, spec.submodule_search_locations)
print(importlib.util.find_spec('no_such_thing_here'), importlib.util.find_spec('sys').origin)
print(importlib.util.resolve_name('.mod', 'pkg'), importlib.util.resolve_name('..a', 'pkg.sub'))

# a meta path finder serving modules from a dict
SOURCES = {'virt': 'X = 1\nprint("exec virt", __name__, __spec__.origin)\n',
           'virtpkg': 'PKG = True\n', 'virtpkg.child': 'from . import sibling\nY = sibling.Z\n',
           'virtpkg.sibling': 'Z = "sib"\n'}

class DictLoader(importlib.abc.Loader):
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        code = compile(SOURCES[module.__name__], '<virt ' + module.__name__ + '>', 'exec') if 'compile' in dir(__builtins__) else None
        if code is None:
            import _tspy
            code = _tspy.compile_source(SOURCES[module.__name__], '<virt ' + module.__name__ + '>')
        exec_in(code, module.__dict__)

def exec_in(code, d):
    try:
        exec(code, d)
    except NameError:
        import _tspy
        _tspy.exec_code(code, d)

class DictFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname not in SOURCES:
            return None
        is_pkg = fullname == 'virtpkg'
        return importlib.util.spec_from_loader(fullname, DictLoader(), origin='dict:' + fullname, is_package=is_pkg)

sys.meta_path.insert(0, DictFinder())
import virt
print(virt.X, virt.__spec__.origin, virt.__file__ if hasattr(virt, '__file__') else 'no file', repr(virt))
import virtpkg.child
print(virtpkg.PKG, virtpkg.child.Y, virtpkg.__path__, virtpkg.child.__package__)
sys.meta_path.pop(0)

# a legacy finder with find_module only
class OldLoader:
    def load_module(self, fullname):
        mod = types.ModuleType(fullname)
        mod.legacy = True
        sys.modules[fullname] = mod
        return mod
class OldFinder:
    def find_module(self, fullname, path=None):
        return OldLoader() if fullname == 'oldstyle' else None
sys.meta_path.append(OldFinder())
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    import oldstyle
print(oldstyle.legacy, type(oldstyle.__loader__).__name__, oldstyle.__spec__.name)

# sys.path entries added at run time, and a path hook of our own
sys.path.append(sys.path[0] + '/extra')
import extramod
print(extramod.WHERE)
def hook(path):
    if path == 'magic:':
        return MagicFinder()
    raise ImportError('not magic')
class MagicFinder:
    def find_spec(self, fullname, target=None):
        if fullname == 'magicmod':
            return importlib.util.spec_from_loader(fullname, DictLoader())
        return None
SOURCES['magicmod'] = 'M = "magic"\n'
sys.path_hooks.insert(0, hook)
sys.path.append('magic:')
import magicmod
print(magicmod.M, type(sys.path_importer_cache['magic:']).__name__)
print(type(sys.path_importer_cache[sys.path[0] + '/extra']).__name__)
importlib.invalidate_caches()
print(sys.path_importer_cache.get('magic:'))
