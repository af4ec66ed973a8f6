"""ProcessPoolExecutor for tspy: tspy has no worker processes, so the calls run on a pool of
threads of this process (ThreadPoolExecutor's machinery). Results and exceptions come back as
with separate processes for functions that do not depend on process-wide state."""
import os

from concurrent.futures import _base
from concurrent.futures.thread import ThreadPoolExecutor


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker of the pool ended abruptly."""


class ProcessPoolExecutor(ThreadPoolExecutor):
    """An Executor for CPU-bound calls; in tspy its workers are threads."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if max_tasks_per_child is not None:
            if type(max_tasks_per_child) is not int:
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        ThreadPoolExecutor.__init__(self, max_workers, 'ProcessPoolExecutor', initializer, initargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)
