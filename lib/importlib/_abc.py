"""importlib.abc.Loader, kept apart so that importlib.util need not import all of
importlib.abc."""
from . import _bootstrap
import abc


class Loader(metaclass=abc.ABCMeta):

    """Base class of loaders: create_module() and exec_module() (load_module() is
    the older interface, provided over them)."""

    def create_module(self, spec):
        """Return a module to initialize and into which to load (None: the default)."""
        return None

    def load_module(self, fullname):
        """Return the loaded module (deprecated in favour of exec_module())."""
        if not hasattr(self, 'exec_module'):
            raise ImportError
        spec = _bootstrap.spec_from_loader(fullname, self)
        module = _bootstrap.module_from_spec(spec)
        import sys
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            del sys.modules[fullname]
            raise
        return sys.modules[fullname]

    def module_repr(self, module):
        """Return a module's repr (deprecated)."""
        raise NotImplementedError
