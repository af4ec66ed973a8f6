"""Helpers for working with imports (tspy's importlib.util)."""
import sys
import _imp
from . import _bootstrap, _bootstrap_external
from ._abc import Loader

MAGIC_NUMBER = _bootstrap_external.MAGIC_NUMBER
cache_from_source = _bootstrap_external.cache_from_source
source_from_cache = _bootstrap_external.source_from_cache
decode_source = _bootstrap_external.decode_source
spec_from_file_location = _bootstrap_external.spec_from_file_location
spec_from_loader = _bootstrap.spec_from_loader
module_from_spec = _bootstrap.module_from_spec


def source_hash(source_bytes):
    """The hash-based .pyc key of SOURCE_BYTES."""
    return _imp.source_hash(_bootstrap_external._RAW_MAGIC_NUMBER, source_bytes)


def resolve_name(name, package):
    """Turn a relative module NAME into an absolute one, relative to PACKAGE."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    dots = len(name) - len(name.lstrip("."))
    return _bootstrap._resolve_name(name[dots:], package, dots)


def _spec_of_loaded(fullname):
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f"{fullname}.__spec__ is not set") from None
    if spec is None:
        raise ValueError(f"{fullname}.__spec__ is None")
    return spec


def find_spec(name, package=None):
    """The spec a new import of NAME would use, importing parent packages as needed."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        return _spec_of_loaded(fullname)
    parent = fullname.rpartition(".")[0]
    search_path = None
    if parent:
        package_module = __import__(parent, fromlist=["__path__"])
        try:
            search_path = package_module.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                name=fullname) from e
    return _bootstrap._find_spec(fullname, search_path)
