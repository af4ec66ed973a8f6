"""asyncio.runners: CPython's module name for names tspy defines in asyncio/_run.py."""
from ._run import (Runner, run)

__all__ = ('Runner', 'run',)
