"""The implementations of the import machinery (finders, loaders, specs)."""
from ._bootstrap import ModuleSpec
from ._bootstrap import BuiltinImporter
from ._bootstrap import FrozenImporter
from ._bootstrap_external import (SOURCE_SUFFIXES, DEBUG_BYTECODE_SUFFIXES,
                                  OPTIMIZED_BYTECODE_SUFFIXES, BYTECODE_SUFFIXES,
                                  EXTENSION_SUFFIXES)
from ._bootstrap_external import PathFinder
from ._bootstrap_external import FileFinder
from ._bootstrap_external import SourceFileLoader
from ._bootstrap_external import SourcelessFileLoader
from ._bootstrap_external import ExtensionFileLoader
from ._bootstrap_external import NamespaceLoader


class WindowsRegistryFinder:
    """Meta path finder for modules declared in the Windows registry (never finds any here)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @classmethod
    def find_module(cls, fullname, path=None):
        return None


def all_suffixes():
    """Every file suffix a module may have here: source, bytecode and extension."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
