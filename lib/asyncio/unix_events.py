"""asyncio.unix_events: CPython's module name for names tspy defines in asyncio/_loop.py."""
from ._loop import (SelectorEventLoop, DefaultEventLoopPolicy, _UnixSelectorEventLoop,
    _UnixDefaultEventLoopPolicy)

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy',)
