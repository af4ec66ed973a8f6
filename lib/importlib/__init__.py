"""importlib for tspy.

tspy implements the import machinery natively (src/vm/import.ts) and exposes it as the builtin
modules _frozen_importlib and _frozen_importlib_external; this package is the public face over them.
"""
import sys
import _imp
import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external

# The machinery modules are reachable under their importlib names, as in CPython.
for _alias, _mod in (("importlib._bootstrap", _bootstrap), ("importlib._bootstrap_external", _bootstrap_external)):
    sys.modules.setdefault(_alias, _mod)
_bootstrap_external._bootstrap = _bootstrap
del _alias, _mod

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

__import__ = __builtins__["__import__"] if isinstance(__builtins__, dict) else __builtins__.__import__


def invalidate_caches():
    """Ask every finder on sys.meta_path that keeps a cache to drop it."""
    for finder in list(sys.meta_path):
        drop = getattr(finder, "invalidate_caches", None)
        if drop is not None:
            drop()


def import_module(name, package=None):
    """Import NAME (absolute, or relative to PACKAGE when it starts with dots) and return it."""
    dots = 0
    while dots < len(name) and name[dots] == ".":
        dots += 1
    if dots and not package:
        raise TypeError("the 'package' argument is required to perform a relative "
                        f"import for {name!r}")
    return _bootstrap._gcd_import(name[dots:], package, dots)


_being_reloaded = {}


def _module_name(module):
    spec = getattr(module, "__spec__", None)
    if spec is not None and getattr(spec, "name", None) is not None:
        return spec.name
    try:
        return module.__name__
    except AttributeError:
        raise TypeError("reload() argument must be a module") from None


def reload(module):
    """Execute MODULE's code again in its existing namespace and return the module."""
    name = _module_name(module)
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _being_reloaded:
        return _being_reloaded[name]
    _being_reloaded[name] = module
    try:
        parent, _, _ = name.rpartition(".")
        search_path = None
        if parent:
            if parent not in sys.modules:
                raise ImportError(f"parent {parent!r} not in sys.modules", name=parent)
            search_path = sys.modules[parent].__path__
        spec = _bootstrap._find_spec(name, search_path, module)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        module.__spec__ = spec
        _bootstrap._init_module_attrs(spec, module, True)
        spec.loader.exec_module(module)
        return sys.modules[name]
    finally:
        _being_reloaded.pop(name, None)
