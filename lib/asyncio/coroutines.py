"""asyncio.coroutines: CPython's module name for names tspy defines in asyncio/_futures.py."""
from ._futures import (iscoroutine, iscoroutinefunction)

__all__ = ('iscoroutine', 'iscoroutinefunction',)
