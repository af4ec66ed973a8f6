"""asyncio.base_events: CPython's module name for names tspy defines in asyncio/_loop.py."""
from ._loop import (BaseEventLoop)

__all__ = ('BaseEventLoop',)
