"""asyncio.locks: CPython's module name for names tspy defines in asyncio/_sync.py."""
from ._sync import (Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier)

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier',)
