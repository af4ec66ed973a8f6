"""Abstract base classes of the import system (tspy's importlib.abc)."""
import abc
from . import _bootstrap, _bootstrap_external, machinery
from ._abc import Loader

__all__ = ["Loader", "Finder", "MetaPathFinder", "PathEntryFinder", "ResourceLoader",
           "InspectLoader", "ExecutionLoader", "FileLoader", "SourceLoader"]


class Finder(metaclass=abc.ABCMeta):
    """Legacy finder base class."""

    def find_module(self, fullname, path=None):
        return None


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for sys.meta_path."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one sys.path entry (made by a sys.path_hooks callable)."""

    def invalidate_caches(self):
        pass


class ResourceLoader(Loader):
    """A loader that can read data files."""

    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can report on the modules it loads."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path="<string>"):
        return compile(data, path, "exec", dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f"cannot load module {module.__name__!r} when get_code() returns None")
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    """An InspectLoader that knows where its modules come from."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError


class FileLoader(_bootstrap_external.FileLoader, ResourceLoader, ExecutionLoader):
    """Loads modules from files."""


class SourceLoader(_bootstrap_external.SourceLoader, ResourceLoader, ExecutionLoader):
    """Loads modules from source files, with bytecode caching."""


for _cls in (machinery.BuiltinImporter, machinery.FrozenImporter, machinery.PathFinder):
    MetaPathFinder.register(_cls)
PathEntryFinder.register(machinery.FileFinder)
for _cls in (machinery.SourceFileLoader, machinery.SourcelessFileLoader):
    FileLoader.register(_cls)
    InspectLoader.register(_cls)
    ExecutionLoader.register(_cls)
del _cls
