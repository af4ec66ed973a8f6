"""Futures, the Executor base class, wait() and as_completed(), written for tspy.

A Future moves PENDING -> RUNNING -> FINISHED (or PENDING -> CANCELLED -> CANCELLED_AND_NOTIFIED);
its state, result and exception are guarded by its Condition `_cv`. wait() and
as_completed() register a _Watcher with every future they look at: a future that completes
(or is cancelled) tells its watchers, which wake the waiting thread through an Event.
"""
import collections
import logging
import threading
import time
import types

# wait() conditions (their values are their names)
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_' + 'COMPLETED'

# a Future's phases
PENDING, RUNNING, FINISHED = 'PENDING', 'RUNNING', 'FINISHED'
CANCELLED, CANCELLED_AND_NOTIFIED = 'CANCELLED', 'CANCELLED_AND_NOTIFIED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_PHASE_WORDS = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

LOGGER = logging.getLogger("concurrent.members")


class Error(Exception):
    """Base class for the exceptions of this package."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""


class BrokenExecutor(RuntimeError):
    """An executor can no longer run calls (a worker failed)."""


# ---- watchers used by wait() and as_completed() -----------------------------------------------------

class _Watcher:
    # collects the members that completed; decides when the waiting thread wakes up

    def __init__(self, mode, pending_count=0, stop_on_error=False):
        self.mode = mode
        self.wakeup = threading.Event()
        self.guard = threading.Lock()
        self.finished = []
        self.pending_count = pending_count
        self.stop_on_error = stop_on_error

    def _landed(self, future, failed):
        with self.guard:
            self.finished.append(future)
            if self.mode == FIRST_COMPLETED or self.mode == _AS_COMPLETED:
                self.wakeup.set()
                return
            self.pending_count -= 1
            if (failed and self.stop_on_error) or self.pending_count <= 0:
                self.wakeup.set()

    def add_result(self, future):
        self._landed(future, False)

    def add_exception(self, future):
        self._landed(future, True)

    def add_cancelled(self, future):
        self._landed(future, False)

    def take(self):
        with self.guard:
            got = self.finished
            self.finished = []
            self.wakeup.clear()
            return got


class _HoldAll:
    # hold the _cv of several members at once (in id order, so two holders cannot deadlock)

    def __init__(self, members):
        self.members = sorted(members, key=id)

    def __enter__(self):
        for f in self.members:
            f._cv.acquire()

    def __exit__(self, *args):
        for f in self.members:
            f._cv.release()


def _done(f):
    return f._phase in (CANCELLED_AND_NOTIFIED, FINISHED)


def as_completed(group, timeout=None):
    """Yield the members of `group` as they complete (finished or cancelled); TimeoutError when
    `timeout` seconds pass first."""
    deadline = None if timeout is None else timeout + time.monotonic()
    group = set(group)
    total = len(group)
    with _HoldAll(group):
        done_now = set(f for f in group if _done(f))
        waiting = group - done_now
        watcher = _Watcher(_AS_COMPLETED)
        for f in group:
            f._watchers.append(watcher)
    try:
        yield from done_now
        while waiting:
            if deadline is None:
                left = None
            else:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) members unfinished' % (len(waiting), total))
            watcher.wakeup.wait(left)
            landed = watcher.take()
            if not landed and deadline is not None and deadline - time.monotonic() < 0:
                raise TimeoutError('%d (of %d) members unfinished' % (len(waiting), total))
            landed.reverse()
            while landed:
                f = landed.pop()
                if f in waiting:
                    waiting.remove(f)
                    yield f
    finally:
        for f in group:
            with f._cv:
                try:
                    f._watchers.remove(watcher)
                except ValueError:
                    pass


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(group, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the members of `group` complete as return_when says (FIRST_COMPLETED,
    FIRST_EXCEPTION, ALL_COMPLETED) or `timeout` seconds pass; returns (done, not_done) sets."""
    group = set(group)
    with _HoldAll(group):
        done = set(f for f in group if _done(f))
        not_done = group - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(
                f._phase == FINISHED and f._error is not None for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(group):
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_COMPLETED:
            watcher = _Watcher(FIRST_COMPLETED)
        elif return_when in (FIRST_EXCEPTION, ALL_COMPLETED):
            watcher = _Watcher(return_when, len(not_done), return_when == FIRST_EXCEPTION)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
        for f in group:
            f._watchers.append(watcher)
    watcher.wakeup.wait(timeout)
    for f in group:
        with f._cv:
            try:
                f._watchers.remove(watcher)
            except ValueError:
                pass
    done.update(watcher.finished)
    return DoneAndNotDoneFutures(done, group - done)


def _result_of(future):
    if future._error is not None:
        try:
            raise future._error
        finally:
            future = None
    return future._value


class Future(object):
    """The eventual result (or exception) of a call run by an Executor."""

    def __init__(self):
        self._cv = threading.Condition()
        self._phase = PENDING
        self._value = None
        self._error = None
        self._watchers = []
        self._callbacks = []

    def _run_callbacks(self):
        for callback in self._callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._cv:
            state = _PHASE_WORDS[self._phase]
            if self._phase == FINISHED:
                if self._error is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), state, self._error.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), state, self._value.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), state)

    def cancel(self):
        """Cancel the call if it has not started: True when the future is (now) cancelled."""
        with self._cv:
            if self._phase in (RUNNING, FINISHED):
                return False
            if self._phase in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._phase = CANCELLED
            self._cv.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        with self._cv:
            return self._phase in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._cv:
            return self._phase == RUNNING

    def done(self):
        """True when the call finished or was cancelled."""
        with self._cv:
            return self._phase in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def add_done_callback(self, fn):
        """Call fn(future) when the future completes (at once if it already has)."""
        with self._cv:
            if self._phase not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _wait_done(self, timeout):
        # with _cv held: wait for completion; raise CancelledError / TimeoutError
        if self._phase in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._phase == FINISHED:
            return
        self._cv.wait(timeout)
        if self._phase in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._phase != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting at most `timeout` seconds; re-raises its exception."""
        try:
            with self._cv:
                self._wait_done(timeout)
                return _result_of(self)
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting at most `timeout` seconds."""
        with self._cv:
            self._wait_done(timeout)
            return self._error

    def set_running_or_notify_cancel(self):
        """For executors: False if the future was cancelled (its waiters are told), else mark it running."""
        with self._cv:
            if self._phase == CANCELLED:
                self._phase = CANCELLED_AND_NOTIFIED
                for w in self._watchers:
                    w.add_cancelled(self)
                return False
            if self._phase == PENDING:
                self._phase = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._phase)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, slot, value, report):
        """Store the outcome, tell the waiters (report picks their method) and run callbacks."""
        with self._cv:
            if self._phase in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._phase, self))
            setattr(self, slot, value)
            self._phase = FINISHED
            for w in self._watchers:
                report(w)(self)
            self._cv.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        """For executors: the call returned `result`."""
        self._finish('_value', result, lambda w: w.add_result)

    def set_exception(self, exception):
        """For executors: the call raised `exception`."""
        self._finish('_error', exception, lambda w: w.add_exception)

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor(object):
    """Base class of the executors: submit() schedules a call, map() many, shutdown() ends."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables) with the calls run by the executor; the results come in order.
        TimeoutError if a result is not there `timeout` seconds after map() was called."""
        deadline = None if timeout is None else timeout + time.monotonic()
        group = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                group.reverse()
                while group:
                    if deadline is None:
                        yield _result_and_drop(group)
                    else:
                        yield _result_and_drop(group, deadline - time.monotonic())
            finally:
                for f in group:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _result_and_drop(group, timeout=None):
    # the result of the last future of group, which is removed first (so it is not kept alive)
    try:
        fut = group.pop()
        if timeout is None:
            return fut.result()
        return fut.result(timeout)
    finally:
        fut = None
