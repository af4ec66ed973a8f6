"""The event loop: handles, the scheduler, policies and the running-loop registry.

tspy has no selectors and one thread, so the loop only runs callbacks: a FIFO `_ready` list
of Handles and a heap `_scheduled` of TimerHandles ordered by (when, sequence number). One
iteration (`_run_once`) drops cancelled timers at the heap top, sleeps (time.sleep) until the
first timer is due when nothing is ready, moves every due timer to `_ready`, then runs exactly
the handles that were ready when the iteration began. That is CPython's order of callbacks,
so programs print in the same order. Class names and reprs are CPython's
(`_UnixSelectorEventLoop`, `<Handle ...>`, `<TimerHandle when=...>`).
"""
import contextvars
import functools
import heapq
import math
import sys
import time
import types

from ._common import short_repr, unwrap

# asyncio._futures imports this module; it is bound here once both are loaded (end of file).
_futures = None

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', '_set_running_loop', 'get_running_loop',
           '_get_running_loop', 'BaseEventLoop', 'SelectorEventLoop',
           'DefaultEventLoopPolicy')


# ---- describing callbacks (Handle reprs, "Exception in callback ..." messages) ----

def _describe_args(args, kwargs):
    parts = [short_repr(a) for a in (args or ())]
    if kwargs:
        parts += [f'{k}={short_repr(v)}' for k, v in kwargs.items()]
    return '(' + ', '.join(parts) + ')'


def _describe_callable(func, args, kwargs, tail=''):
    while isinstance(func, functools.partial):
        tail = _describe_args(args, kwargs) + tail
        func, args, kwargs = func.func, func.args, func.keywords
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    text = name if name else repr(func)
    return text + _describe_args(args, kwargs) + tail


def _where_defined(func):
    func = unwrap(func)
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if isinstance(func, functools.partial):
        return _where_defined(func.func)
    if isinstance(func, functools.partialmethod):
        return _where_defined(func.func)
    return None


def _callback_source(func, args):
    text = _describe_callable(func, args, None)
    place = _where_defined(func)
    if place:
        text += f' at {place[0]}:{place[1]}'
    return text


# ---- handles ----

class Handle(object):
    """A callback scheduled with call_soon(); cancel() stops it from running."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_source_traceback',
                 '_repr', '__weakref__', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._context = contextvars.copy_context() if context is None else context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<' + ' '.join(self._repr_info()) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        self._callback = None
        self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            where = _callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {where}',
                'exception': exc,
                'handle': self,
            })
        self = None


Handle.__module__ = 'asyncio.events'

_timer_seq = 0


class TimerHandle(Handle):
    """A callback scheduled for a time; heap order is (when, creation sequence)."""

    __slots__ = ('_scheduled', '_when', '_seq')

    def __init__(self, when, callback, args, loop, context=None):
        global _timer_seq
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False
        _timer_seq += 1
        self._seq = _timer_seq

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            if self._when != other._when:
                return self._when < other._when
            return self._seq < other._seq
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return other.__lt__(self)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


TimerHandle.__module__ = 'asyncio.events'


# ---- the loop ----

class AbstractEventLoop(object):
    """Interface of event loops (only the parts a selector-less loop can offer)."""

    def _unsupported(self, *args, **kwargs):
        raise NotImplementedError

    run_forever = run_until_complete = stop = is_running = is_closed = close = _unsupported
    call_soon = call_later = call_at = time = create_future = create_task = _unsupported
    add_reader = remove_reader = add_writer = remove_writer = _unsupported
    sock_recv = sock_sendall = sock_connect = sock_accept = getaddrinfo = _unsupported
    create_connection = create_server = subprocess_exec = subprocess_shell = _unsupported
    add_signal_handler = remove_signal_handler = _unsupported


AbstractEventLoop.__module__ = 'asyncio.events'

_CLOCK_RESOLUTION = time.get_clock_info('monotonic').resolution


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = []  # Handles in FIFO order; _run_once swaps in a fresh list
        self._scheduled = []
        self._default_executor = None
        self._running = False
        self._clock_resolution = _CLOCK_RESOLUTION
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._current_handle = None
        self._asyncgens = None
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self.slow_callback_duration = 0.1

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- state --

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        return time.monotonic()

    # -- futures and tasks --

    def create_future(self):
        return _futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is not None:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            if name is not None:
                try:
                    task.set_name(name)
                except AttributeError:
                    pass
            return task
        return _futures.Task(coro, loop=self, name=name, context=context)

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- scheduling --

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def _check_callback(self, callback, method):
        if _futures._is_coro_like(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # -- running --

    def run_forever(self):
        self._check_closed()
        self._check_running()
        saved_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)
            sys.set_asyncgen_hooks(*saved_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        made_here = not _futures.isfuture(future)
        future = _futures.ensure_future(future, loop=self)
        if made_here:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True

    def __del__(self):
        if not self._closed and not self._running:
            self.close()

    def _idle_wait(self, timeout):
        if timeout is None:
            # Nothing can ever become ready (no I/O, no threads): CPython would block in
            # select() forever; so do we, interruptibly.
            while True:
                time.sleep(3600)
        elif timeout > 0:
            # CPython waits in epoll, whose timeout is whole milliseconds rounded up: timers
            # due within that millisecond then run in the same iteration. Do the same.
            time.sleep(math.ceil(timeout * 1e3) * 1e-3)

    def _run_once(self):
        heap = self._scheduled
        if len(heap) > 100 and self._timer_cancelled_count * 2 > len(heap):
            live = []
            for timer in heap:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    live.append(timer)
            heapq.heapify(live)
            self._scheduled = heap = live
            self._timer_cancelled_count = 0
        else:
            while heap and heap[0]._cancelled:
                self._timer_cancelled_count -= 1
                heapq.heappop(heap)._scheduled = False
        if not self._ready and not self._stopping:
            if heap:
                self._idle_wait(min(max(0, heap[0]._when - self.time()), 86400.0))
            else:
                self._idle_wait(None)
        deadline = self.time() + self._clock_resolution
        ready = self._ready
        while heap and heap[0]._when < deadline:
            timer = heapq.heappop(heap)
            timer._scheduled = False
            ready.append(timer)
        # Run exactly the handles ready now; what they schedule goes to a fresh list, for the
        # next iteration (a plain list swap: collections.deque is Python code in tspy).
        self._ready = []
        count = len(ready)
        done = 0
        try:
            while done < count:
                # drop the list's reference first: a finished handle must not keep its
                # callback (and e.g. a task) alive while later handles run
                handle = ready[done]
                ready[done] = None
                done += 1
                if handle._cancelled:
                    continue
                self._current_handle = handle
                handle._run()
            handle = None
        finally:
            self._current_handle = None
            if done < count:
                # SystemExit/KeyboardInterrupt escaped a callback: the rest stay first in line
                self._ready[:0] = ready[done:]

    # -- errors --

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else False
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        import logging
        logging.getLogger('asyncio').error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                import logging
                logging.getLogger('asyncio').error('Exception in default exception handler',
                                                   exc_info=True)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                import logging
                logging.getLogger('asyncio').error(
                    'Exception in default exception handler while handling an unexpected '
                    'error in custom exception handler', exc_info=True)

    # -- async generators --

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens is None:
            import weakref
            self._asyncgens = weakref.WeakSet()
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        if self._asyncgens is not None:
            self._asyncgens.discard(agen)
        if not self._closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        pending = list(self._asyncgens)
        self._asyncgens.clear()
        from ._compose import gather
        outcomes = await gather(*[agen.aclose() for agen in pending], return_exceptions=True)
        for agen, outcome in zip(pending, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': outcome,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True

    # -- executors: tspy has no threads, so the function runs at once --

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        return fut

    def set_default_executor(self, executor):
        self._default_executor = executor


BaseEventLoop.__module__ = 'asyncio.base_events'


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default loop class (named as CPython's on Unix)."""


_UnixSelectorEventLoop.__module__ = 'asyncio.unix_events'
SelectorEventLoop = _UnixSelectorEventLoop


# ---- the running loop and policies ----

_running_loop = None


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


class AbstractEventLoopPolicy(object):
    """Interface of event loop policies."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


AbstractEventLoopPolicy.__module__ = 'asyncio.events'


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop (tspy has a single thread), created on first demand."""

    _loop_factory = None

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


BaseDefaultEventLoopPolicy.__module__ = 'asyncio.events'


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


_UnixDefaultEventLoopPolicy.__module__ = 'asyncio.unix_events'
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    if _running_loop is not None:
        return _running_loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


from . import _futures  # noqa: E402  (circular: _futures uses this module at import)
