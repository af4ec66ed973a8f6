"""asyncio.threads: CPython's module name for names tspy defines in asyncio/_compose.py."""
from ._compose import (to_thread)

__all__ = ('to_thread',)
