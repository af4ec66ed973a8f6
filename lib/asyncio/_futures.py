"""Future and Task (CPython's `_asyncio.Future`/`_asyncio.Task` behaviour) and task bookkeeping.

A Future is PENDING until set_result/set_exception/cancel; then its done callbacks are queued
with call_soon in registration order, each in the context it was registered with. A Task drives
a coroutine: every step (`__step`) runs as a loop callback inside the task's context and sends
None (or throws an exception) into the coroutine. When the coroutine yields a Future (the
`_asyncio_future_blocking` protocol) the task sleeps until that future's done callback
(`task_wakeup`) queues the next step; a bare `yield` just queues the next step.

CPython implements these in C, so no extra frames show in tracebacks; here the places that
re-raise a stored exception put its own traceback back before re-raising, and a task drops
its step frame from the exceptions its coroutine raises.
"""
import contextvars
import sys
import types
import _weakref
from collections.abc import Coroutine

from . import _loop
from ._common import is_async_def, is_awaitable, short_repr
from .exceptions import CancelledError, InvalidStateError

__all__ = ('Future', 'Task', 'isfuture', 'ensure_future', 'wrap_future', 'current_task',
           'all_tasks', 'iscoroutine', 'iscoroutinefunction', '_register_task',
           '_unregister_task', '_enter_task', '_leave_task')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


# ---- coroutine helpers ----

_is_coroutine = object()


def iscoroutinefunction(func):
    """True for `async def` functions (and functions marked like asyncio's old decorator)."""
    return is_async_def(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


def iscoroutine(obj):
    """True for coroutine objects; 3.11 also accepts generators and Coroutine instances."""
    return isinstance(obj, (types.CoroutineType, types.GeneratorType, Coroutine))


def _is_coro_like(obj):
    return iscoroutine(obj) or iscoroutinefunction(obj)


def _coro_text(coro):
    """'name() running at FILE:LINE' / 'name() done, defined at FILE:LINE', as asyncio shows."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    name = f'{name}()' if name else f'{type(coro).__name__} object()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'


def _callbacks_text(callbacks):
    names = [_loop._callback_source(cb, ()) for cb, _ctx in callbacks]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return 'cb=[' + ', '.join(names) + ']'


# ---- Future ----

class Future(object):
    """A result that will be available later; awaitable."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False
    _exception_tb = None

    def __init__(self, *, loop=None):
        self._loop = _loop.get_event_loop() if loop is None else loop
        self._callbacks = []

    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={short_repr(self._result)}')
        if self._callbacks:
            info.append(_callbacks_text(self._callbacks))
        return info

    def __repr__(self):
        return f'<{type(self).__name__} ' + ' '.join(self._repr_info()) + '>'

    def __del__(self):
        if not self._log_traceback:
            return
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._fire_callbacks()
        return True

    def _fire_callbacks(self):
        pending = self._callbacks
        if not pending:
            return
        self._callbacks = []
        for fn, ctx in pending:
            self._loop.call_soon(fn, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _outcome_error(self):
        """(exception, traceback) that result()/await raise now, or (None, None)."""
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            return exc, exc.__traceback__
        if self._state != _FINISHED:
            return InvalidStateError('Result is not set.'), None
        self._log_traceback = False
        if self._exception is not None:
            return self._exception, self._exception_tb
        return None, None

    def result(self):
        exc, tb = self._outcome_error()
        if exc is not None:
            # Raise with the stored traceback only: this frame must not show (C in CPython).
            try:
                raise exc
            except BaseException as again:
                again.__traceback__ = tb
                raise
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            tb = exc.__traceback__
            try:
                raise exc
            except BaseException as again:
                again.__traceback__ = tb
                raise
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
            return
        if context is None:
            context = contextvars.copy_context()
        self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [pair for pair in self._callbacks if pair[0] != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._fire_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._fire_callbacks()
        self._log_traceback = True

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            try:
                yield self
            except BaseException as thrown:
                # Thrown in by the task (e.g. CancelledError): keep this frame out of it.
                _drop_own_frame(thrown)
                raise
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        exc, tb = self._outcome_error()
        if exc is not None:
            try:
                raise exc
            except BaseException as again:
                again.__traceback__ = tb
                raise
        return self._result

    __iter__ = __await__


Future.__module__ = '_asyncio'


def isfuture(obj):
    """True for objects that follow asyncio's Future protocol."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _loop_of(fut):
    try:
        getter = fut.get_loop
    except AttributeError:
        return fut._loop
    return getter()


# ---- task registry ----

# id(task) -> weak reference to the task (insertion-ordered; entries leave with their task)
_all_tasks = {}
_current_tasks = {}
_task_numbers = 0


def _register_task(task):
    key = id(task)

    def forget(ref):
        if _all_tasks.get(key) is ref:
            del _all_tasks[key]
    _all_tasks[key] = _weakref.ref(task, forget)


def _unregister_task(task):
    ref = _all_tasks.get(id(task))
    if ref is not None and ref() is task:
        del _all_tasks[id(task)]


def _enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {running!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {running!r}.')
    del _current_tasks[loop]


def current_task(loop=None):
    """The Task running now on `loop` (default: the running loop), or None."""
    if loop is None:
        loop = _loop.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of not-yet-done tasks of `loop` (default: the running loop)."""
    if loop is None:
        loop = _loop.get_running_loop()
    found = set()
    for ref in list(_all_tasks.values()):
        task = ref()
        if task is not None and _loop_of(task) is loop and not task.done():
            found.add(task)
    return found


# ---- Task ----

class Task(Future):
    """A Future that runs a coroutine."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_numbers
        self._loop = _loop.get_event_loop() if loop is None else loop
        self._callbacks = []
        if not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            _task_numbers += 1
            self._name = f'Task-{_task_numbers}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self.__step, context=self._context)
        _register_task(self)

    def __del__(self):
        if self._state == _PENDING and self._log_destroy_pending:
            self._loop.call_exception_handler({
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            })
        super().__del__()

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and self._state == _PENDING:
            info[0] = 'cancelling'
        info.insert(1, f'name={self.get_name()!r}')
        info.insert(2, f'coro=<{_coro_text(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """Frames of the suspended coroutine (oldest first), else of the exception's traceback."""
        frame = getattr(self._coro, 'cr_frame', None) or getattr(self._coro, 'gi_frame', None)
        frames = []
        if frame is not None:
            while frame is not None and (limit is None or limit > len(frames)):
                if frame.f_code not in _HIDDEN_CODES:
                    frames.append(frame)
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None and (limit is None or limit > len(frames)):
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        import linecache
        import traceback
        out = sys.stderr if file is None else file
        entries = []
        for frame in self.get_stack(limit=limit):
            code = frame.f_code
            linecache.checkcache(code.co_filename)
            text = linecache.getline(code.co_filename, frame.f_lineno, frame.f_globals)
            entries.append((code.co_filename, frame.f_lineno, code.co_name, text))
        if not entries:
            print(f'No stack for {self!r}', file=out)
            return
        kind = 'Traceback' if self._exception is not None else 'Stack'
        print(f'{kind} for {self!r} (most recent call last):', file=out)
        traceback.print_list(entries, file=out)
        if self._exception is not None:
            for line in traceback.format_exception_only(type(self._exception), self._exception):
                print(line, file=out, end='')

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # The step that the waiter's callback queues throws CancelledError in.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self._state != _PENDING:
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        _enter_task(loop, self)
        coro = self._coro
        try:
            try:
                if exc is None:
                    outcome = coro.send(None)
                else:
                    outcome = coro.throw(exc)
            except StopIteration as stop:
                if self._must_cancel:
                    self._must_cancel = False
                    Future.cancel(self, msg=self._cancel_message)
                else:
                    Future.set_result(self, stop.value)
            except CancelledError as cancel:
                _drop_own_frame(cancel)
                self._cancelled_exc = cancel
                Future.cancel(self)
            except (KeyboardInterrupt, SystemExit) as fatal:
                _drop_own_frame(fatal)
                Future.set_exception(self, fatal)
                raise
            except BaseException as error:
                _drop_own_frame(error)
                Future.set_exception(self, error)
            else:
                self._park(outcome)
        finally:
            _leave_task(loop, self)
            self = None

    def _park(self, outcome):
        """Handle what the coroutine yielded: a future to wait for, None, or an error."""
        blocking = getattr(outcome, '_asyncio_future_blocking', None)
        if blocking is not None:
            if _loop_of(outcome) is not self._loop:
                problem = RuntimeError(f'Task {self!r} got Future {outcome!r} '
                                       f'attached to a different loop')
            elif not blocking:
                problem = RuntimeError(f'yield was used instead of yield from in task '
                                       f'{self!r} with {outcome!r}')
            elif outcome is self:
                problem = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                outcome._asyncio_future_blocking = False
                outcome.add_done_callback(self.task_wakeup, context=self._context)
                self._fut_waiter = outcome
                if self._must_cancel and outcome.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif outcome is None:
            self._loop.call_soon(self.__step, context=self._context)
            return
        elif isinstance(outcome, types.GeneratorType):
            problem = RuntimeError(f'yield was used instead of yield from for generator '
                                   f'in task {self!r} with {outcome!r}')
        else:
            problem = RuntimeError(f'Task got bad yield: {outcome!r}')
        self._loop.call_soon(self.__step, problem, context=self._context)

    def task_wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            _drop_own_frame(exc)
            self.__step(exc)
        else:
            self.__step()
        self = None


Task.__module__ = '_asyncio'


def _drop_own_frame(exc):
    """Remove the frames of Task/Future methods that head `exc`'s traceback: CPython's are
    C code and never appear in tracebacks."""
    tb = exc.__traceback__
    start = tb
    while tb is not None and tb.tb_frame.f_code in _OWN_CODES:
        tb = tb.tb_next
    if tb is not start:
        exc.__traceback__ = tb


_OWN_CODES = frozenset((Task._Task__step.__code__, Task.task_wakeup.__code__,
                        Future.result.__code__, Future.__await__.__code__))
# frames of C code in CPython: not shown in the stacks of running tasks either
_HIDDEN_CODES = _OWN_CODES | {contextvars.Context.run.__code__}


async def _await_any(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or awaitable in a Task; return Futures unchanged."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not _loop_of(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not iscoroutine(coro_or_future):
        if not is_awaitable(coro_or_future):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _await_any(coro_or_future)
        wrapped = True
    if loop is None:
        loop = _loop.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


def wrap_future(future, *, loop=None):
    """Return `future` if it is already an asyncio future (no concurrent.futures in tspy)."""
    if isfuture(future):
        return future
    # CPython asserts this (no concurrent.futures here, so nothing else is accepted)
    raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
