"""asyncio.timeouts: CPython's module name for names tspy defines in asyncio/_scopes.py."""
from ._scopes import (Timeout, timeout, timeout_at)

__all__ = ('Timeout', 'timeout', 'timeout_at',)
