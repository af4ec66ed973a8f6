"""FIFO, LIFO and priority queues (CPython 3.11 API), written for tspy.

A Queue is guarded by one lock (`mutex`) shared by three conditions: `not_empty` (getters wait
on it), `not_full` (putters on a bounded queue wait on it) and `all_tasks_done` (join() waits on
it until every put item got its task_done()). With tspy's green threads a blocked caller lets
the other threads run (src/vm/threads.ts); a blocking call no other thread can satisfy waits for
its timeout, or forever, as in CPython.
"""
import heapq
import threading
from time import monotonic as _clock
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


def _await(cond, ready, block, timeout, failure):
    # with cond held: wait until ready(); raise `failure` when not blocking or the time is up
    if ready():
        return
    if not block:
        raise failure
    if timeout is None:
        while not ready():
            cond.wait()
        return
    deadline = _clock() + timeout
    while not ready():
        left = deadline - _clock()
        if left <= 0.0:
            raise failure
        cond.wait(left)


class Queue(object):
    """A first-in first-out queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

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

    def _has_room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def _has_items(self):
        return self._qsize() > 0

    def task_done(self):
        """Mark one item taken by get() as processed; join() returns when none is left."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Wait until every item put has been processed (task_done())."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        with self.mutex:
            limit = self.maxsize
            return limit > 0 and self._qsize() >= limit

    def put(self, item, block=True, timeout=None):
        """Add item; on a full bounded queue wait (block) at most `timeout` seconds, else raise Full."""
        _check_timeout(block, timeout)
        with self.not_full:
            _await(self.not_full, self._has_room, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the next item; on an empty queue wait (block) at most `timeout` seconds, else raise Empty."""
        _check_timeout(block, timeout)
        with self.not_empty:
            _await(self.not_empty, self._has_items, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

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
        self._ready = threading.Condition(threading.Lock())

    __class_getitem__ = classmethod(lambda cls, item: cls)

    def put(self, item, block=True, timeout=None):
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        self.put(item)

    def get(self, block=True, timeout=None):
        _check_timeout(block, timeout)
        with self._ready:
            _await(self._ready, self._items.__len__, block, timeout, Empty)
            return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)


SimpleQueue.__module__ = '_queue'

# the pure-Python implementation (CPython keeps both; here they are one)
_PySimpleQueue = SimpleQueue
