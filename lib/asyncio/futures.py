"""asyncio.futures: CPython's module name for names tspy defines in asyncio/_futures.py."""
from ._futures import (Future, isfuture, wrap_future)

__all__ = ('Future', 'isfuture', 'wrap_future',)
