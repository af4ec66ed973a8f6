"""ThreadPoolExecutor, written for tspy.

Work items go through one SimpleQueue; workers (threads named PREFIX_N, started on demand up to
max_workers when no worker is idle) take them and run them. A None item tells a worker to stop.
At interpreter exit threading._register_atexit stops and joins every pool's workers.
"""
import itertools
import os
import queue
import threading
import weakref

from concurrent.futures import _base

_pools_alive = weakref.WeakKeyDictionary()   # worker thread -> its queue
_exiting = False
_exit_lock = threading.Lock()


def _stop_all_workers():
    global _exiting
    with _exit_lock:
        _exiting = True
    items = list(_pools_alive.items())
    for _, q in items:
        q.put(None)
    for t, _ in items:
        t.join()


threading._register_atexit(_stop_all_workers)


class _WorkItem(object):
    def __init__(self, fut, call, args, kwargs):
        self.fut = fut
        self.call = call
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.fut.set_running_or_notify_cancel():
            return
        try:
            result = threading._call(self.call, self.args, self.kwargs)
        except BaseException as exc:
            self.fut.set_exception(exc)
            self = None
        else:
            self.fut.set_result(result)

    __class_getitem__ = classmethod(lambda cls, item: cls)


def _worker(executor_ref, jobs, init_fn, init_args):
    if init_fn is not None:
        try:
            init_fn(*init_args)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            executor = executor_ref()
            if executor is not None:
                executor._init_failed()
            return
    while True:
        item = jobs.get(block=True)
        if item is not None:
            item.run()
            del item
            executor = executor_ref()
            if executor is not None:
                executor._idle.release()
            del executor
            continue
        # None: stop, and pass the word on to the other workers of this pool
        executor = executor_ref()
        if _exiting or executor is None or executor._closed:
            if executor is not None:
                executor._closed = True
            jobs.put(None)
            return
        del executor


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool cannot run calls any more."""


class ThreadPoolExecutor(_base.Executor):
    """An Executor that runs the calls on a pool of at most max_workers threads."""

    _pool_numbers = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._limit = max_workers
        self._jobs = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._workers = set()
        self._broken_reason = False
        self._closed = False
        self._close_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._pool_numbers())
        self._init_fn, self._init_args = initializer, initargs

    def submit(self, call, /, *args, **kwargs):
        """Schedule call(*args, **kwargs); returns its Future."""
        with self._close_lock, _exit_lock:
            if self._broken_reason:
                raise BrokenThreadPool(self._broken_reason)
            if self._closed:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            self._jobs.put(_WorkItem(f, call, args, kwargs))
            self._add_worker_if_needed()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__ or submit.__doc__

    def _add_worker_if_needed(self):
        if self._idle.acquire(timeout=0):
            return
        n = len(self._workers)
        if n < self._limit:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, n), target=_worker,
                                 args=(weakref.ref(self, _wake_on_collect(self._jobs)), self._jobs,
                                       self._init_fn, self._init_args))
            t.start()
            self._workers.add(t)
            _pools_alive[t] = self._jobs

    def _init_failed(self):
        with self._close_lock:
            self._broken_reason = ('A thread initializer failed, the thread pool is not usable anymore')
            while True:
                try:
                    item = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.fut.set_exception(BrokenThreadPool(self._broken_reason))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No new calls; cancel_futures cancels the queued ones; wait joins the workers."""
        with self._close_lock:
            self._closed = True
            if cancel_futures:
                while True:
                    try:
                        item = self._jobs.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.fut.cancel()
            self._jobs.put(None)
        if wait:
            for t in self._workers:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__ or shutdown.__doc__


def _wake_on_collect(q):
    def wake(_):
        q.put(None)
    return wake
