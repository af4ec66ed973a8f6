"""FIFO, LIFO and priority queues (CPython 3.11 API), written for tspy.

tspy runs one thread, so nothing can fill or empty a queue while a caller waits: a blocking
get() on an empty queue (or put() on a full one) waits for `timeout` seconds if one is given
and then raises Empty (Full); without a timeout it raises at once instead of hanging forever.
join() returns at once.
"""
import heapq
import time
from collections import deque

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) / get_nowait() on an empty queue."""


Empty.__module__ = '_queue'


class Full(Exception):
    """Raised by put(block=False) / put_nowait() on a full queue."""


def _check_timeout(block, timeout):
    if block and timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait(block, timeout):
    if block and timeout:
        time.sleep(timeout)


class Queue(object):
    """A first-in first-out queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize, self.unfinished_tasks = maxsize, 0
        self._init(maxsize)

    __class_getitem__ = classmethod(lambda cls, item: cls)

    # storage hooks (overridden by LifoQueue and PriorityQueue)
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        store = self.queue
        return len(store)

    def _put(self, item):
        store = self.queue
        store.append(item)

    def _get(self):
        store = self.queue
        return store.popleft()

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        return None

    def qsize(self):
        count = self._qsize()
        return count

    def empty(self):
        return self._qsize() == 0

    def full(self):
        limit = self.maxsize
        return limit > 0 and self._qsize() >= limit

    def put(self, item, block=True, timeout=None):
        _check_timeout(block, timeout)
        if self.full():
            _wait(block, timeout)
            raise Full
        Queue._count_and_put(self, item)

    def _count_and_put(self, item):
        self._put(item)
        self.unfinished_tasks = self.unfinished_tasks + 1

    def get(self, block=True, timeout=None):
        _check_timeout(block, timeout)
        if self._qsize() == 0:
            _wait(block, timeout)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(False)


class PriorityQueue(Queue):
    """Retrieves the lowest entry first (entries are usually (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = list()

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = list()

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        store = self.queue
        return store.pop()


class SimpleQueue(object):
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._items = deque()

    __class_getitem__ = classmethod(lambda cls, item: cls)

    def put(self, item, block=True, timeout=None):
        self._items.append(item)

    def put_nowait(self, item):
        self._items.append(item)

    def get(self, block=True, timeout=None):
        _check_timeout(block, timeout)
        if not self._items:
            _wait(block, timeout)
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)


SimpleQueue.__module__ = '_queue'
