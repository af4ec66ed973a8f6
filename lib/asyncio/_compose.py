"""Combinators over awaitables: sleep, gather, wait, wait_for, as_completed, shield, to_thread.

Each is built from futures and done callbacks the way CPython 3.11 builds them, so the number
of loop iterations (and with it the interleaving of output from different tasks) is the same.
"""
import contextvars
import functools
import types

from . import _loop
from ._futures import Future, ensure_future, isfuture, iscoroutine, _loop_of
from .exceptions import CancelledError

__all__ = ('create_task', 'sleep', 'gather', 'wait', 'wait_for', 'as_completed', 'shield', 'to_thread',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def create_task(coro, *, name=None, context=None):
    """Schedule coroutine `coro` as a Task on the running loop and return the Task."""
    loop = _loop.get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


@types.coroutine
def _yield_once():
    """Let every other ready callback run once (a bare yield to the task)."""
    yield


def _finish_unless_cancelled(fut, value):
    if not fut.cancelled():
        fut.set_result(value)


async def sleep(delay, result=None):
    """Suspend the current task for `delay` seconds; return `result`."""
    if delay <= 0:
        await _yield_once()
        return result
    loop = _loop.get_running_loop()
    fut = loop.create_future()
    timer = loop.call_later(delay, _finish_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        timer.cancel()


# ---- gather ----

class _GatheringFuture(Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_requested = True
        return any_cancelled


_GatheringFuture.__module__ = 'asyncio.tasks'


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; the result is the list of their results, in order."""
    if not coros_or_futures:
        fut = _loop.get_event_loop().create_future()
        fut.set_result([])
        return fut

    state = {'finished': 0}
    children = []
    seen = {}
    loop = None
    outer = None

    def child_done(child):
        state['finished'] += 1
        if outer is None or outer.done():
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            problem = child.exception()
            if problem is not None:
                outer.set_exception(problem)
                return
        if state['finished'] < len(seen):
            return
        results = []
        for each in children:
            if each.cancelled():
                # 3.11 builds a fresh error from the cancel message ('' without one)
                msg = each._cancel_message
                results.append(CancelledError('' if msg is None else msg))
            else:
                problem = each.exception()
                results.append(each.result() if problem is None else problem)
        if outer._cancel_requested:
            # CPython takes the error from the last child in argument order
            outer.set_exception(children[-1]._make_cancelled_error())
        else:
            outer.set_result(results)

    for arg in coros_or_futures:
        fut = seen.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _loop_of(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            seen[arg] = fut
            fut.add_done_callback(child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


# ---- waiting ----

def _wake(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_then_wait(fut, loop):
    """Cancel `fut` and wait until it is really done (its coroutine may resist)."""
    waiter = loop.create_future()
    on_done = functools.partial(_wake, waiter)
    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(on_done)


async def wait_for(fut, timeout):
    """Wait for `fut` at most `timeout` seconds; on timeout cancel it and raise TimeoutError."""
    loop = _loop.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_then_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _wake, waiter)
    on_done = functools.partial(_wake, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(on_done)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_done)
            await _cancel_then_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(on_done)
        await _cancel_then_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for futures/tasks; return the (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = _loop.get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _wake, waiter)
    remaining = [len(fs)]

    def one_done(f):
        remaining[0] -= 1
        enough = (remaining[0] <= 0 or return_when == FIRST_COMPLETED
                  or (return_when == FIRST_EXCEPTION and not f.cancelled()
                      and f.exception() is not None))
        if enough:
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(one_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(one_done)
    done = set()
    pending = set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Yield coroutines; awaiting the i-th gives the i-th result to be ready."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from ._queues import Queue
    arrivals = Queue()
    loop = _loop.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def expire():
        for f in todo:
            f.remove_done_callback(arrived)
            arrivals.put_nowait(None)
        todo.clear()

    def arrived(f):
        if not todo:
            return
        todo.remove(f)
        arrivals.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def next_result():
        f = await arrivals.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(arrived)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, expire)
    for _ in range(len(todo)):
        yield next_result()


def shield(arg):
    """Protect an awaitable from cancellation of the task awaiting it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = _loop_of(inner).create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
            return
        problem = inner.exception()
        if problem is None:
            outer.set_result(inner.result())
        else:
            outer.set_exception(problem)

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs); tspy has no threads, so it runs in this thread, at once."""
    loop = _loop.get_running_loop()
    ctx = contextvars.copy_context()
    return await loop.run_in_executor(None, functools.partial(ctx.run, func, *args, **kwargs))
