"""asyncio.queues: CPython's module name for names tspy defines in asyncio/_queues.py."""
from ._queues import (Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty)

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty',)
