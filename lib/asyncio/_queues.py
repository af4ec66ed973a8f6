"""asyncio queues: Queue (FIFO), PriorityQueue, LifoQueue, QueueEmpty, QueueFull.

Blocked getters and putters wait on futures kept in FIFO lists; each put wakes the first
live getter, each get wakes the first live putter. join() waits on an Event that is set when
task_done() brings the unfinished count to zero.
"""
import heapq
import types

from . import _loop
from ._sync import Event, _LoopBound

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


class Queue(_LoopBound):
    """A FIFO queue for tasks; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        # blocked get()/put() calls: futures in arrival order (lists: collections.deque is
        # Python code in tspy, a list's pop(0) is native and these stay short)
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # storage (subclasses change these three)
    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def _summary(self):
        text = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            text += f' _queue={list(self._queue)!r}'
        if self._getters:
            text += f' _getters[{len(self._getters)}]'
        if self._putters:
            text += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            text += f' tasks={self._unfinished_tasks}'
        return text

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._summary()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._summary()}>'

    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)

    @staticmethod
    def _wake_one(waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                return

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            slot = self._get_loop().create_future()
            self._putters.append(slot)
            try:
                await slot
            except:
                slot.cancel()
                try:
                    self._putters.remove(slot)
                except ValueError:
                    pass
                if not self.full() and not slot.cancelled():
                    self._wake_one(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wake_one(self._getters)

    async def get(self):
        while self.empty():
            slot = self._get_loop().create_future()
            self._getters.append(slot)
            try:
                await slot
            except:
                slot.cancel()
                try:
                    self._getters.remove(slot)
                except ValueError:
                    pass
                if not self.empty() and not slot.cancelled():
                    self._wake_one(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake_one(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Smallest item first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item, heappush=heapq.heappush):
        heappush(self._queue, item)

    def _get(self, heappop=heapq.heappop):
        return heappop(self._queue)


class LifoQueue(Queue):
    """Last in, first out."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


for _cls in (Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull):
    _cls.__module__ = 'asyncio.queues'
del _cls
