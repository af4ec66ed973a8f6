"""Structured scopes of 3.11: Timeout (asyncio.timeout/timeout_at) and TaskGroup.

Timeout: on expiry the enclosing task is cancelled; when the CancelledError reaches __aexit__
and the task's cancel count drops back to what it was on entry, it becomes TimeoutError.
TaskGroup: the first failing child cancels the others and the parent task; __aexit__ waits for
every child, then raises a BaseExceptionGroup('unhandled errors in a TaskGroup', errors)
(or the first KeyboardInterrupt/SystemExit, or the parent's own CancelledError).
"""

from . import _loop
from ._common import states
from ._futures import current_task
from .exceptions import CancelledError

__all__ = ('Timeout', 'timeout', 'timeout_at', 'TaskGroup')


_State = states('_State', CREATED='created', ENTERED='active', EXPIRING='expiring',
                EXPIRED='expired', EXITED='finished')




class Timeout(object):
    """Asynchronous context manager that cancels its block at a deadline (loop time)."""

    def __init__(self, when):
        self._state = _State.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        assert self._state is not _State.CREATED
        if self._state is not _State.ENTERED:
            raise RuntimeError(f'Cannot change state of {self._state.value} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
            return
        loop = _loop.get_running_loop()
        if when <= loop.time():
            self._timeout_handler = loop.call_soon(self._on_timeout)
        else:
            self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        extra = ''
        if self._state is _State.ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            extra = f' when={when}'
        return f'<Timeout [{self._state.value}]{extra}>'

    async def __aenter__(self):
        self._state = _State.ENTERED
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_State.ENTERED, _State.EXPIRING)
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED
        return None

    def _on_timeout(self):
        assert self._state is _State.ENTERED
        self._task.cancel()
        self._state = _State.EXPIRING
        self._timeout_handler = None


Timeout.__module__ = 'asyncio.timeouts'


def timeout(delay):
    """Timeout scope `delay` seconds from now (None: no deadline)."""
    loop = _loop.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Timeout scope at absolute loop time `when` (None: no deadline)."""
    return Timeout(when)


def _fatal(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup(object):
    """`async with TaskGroup() as tg: tg.create_task(...)` waits for all its tasks."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}  # a dict used as an insertion-ordered set
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        parts = ['']
        if self._tasks:
            parts.append(f'tasks={len(self._tasks)}')
        if self._errors:
            parts.append(f'errors={len(self._errors)}')
        if self._aborting:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return '<TaskGroup' + ' '.join(parts) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = _loop.get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._base_error is None:
            self._base_error = exc
        cancel_to_raise = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            # We cancelled the parent ourselves: take that request back.
            if self._parent_task.uncancel() == 0:
                cancel_to_raise = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as again:
                if not self._aborting:
                    cancel_to_raise = again
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if cancel_to_raise and not self._errors:
            raise cancel_to_raise
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        self._tasks[task] = None
        task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for task in list(self._tasks):
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        self._errors.append(error)
        if _fatal(error) and self._base_error is None:
            self._base_error = error
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': error,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Unblock the parent (it may be awaiting something else in the block):
            # __aexit__ will raise the errors as an ExceptionGroup.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


TaskGroup.__module__ = 'asyncio.taskgroups'
