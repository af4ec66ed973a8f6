"""asyncio.taskgroups: CPython's module name for names tspy defines in asyncio/_scopes.py."""
from ._scopes import (TaskGroup)

__all__ = ('TaskGroup',)
