"""Utilities for with-statement contexts (contextlib) for tspy."""

import abc
import sys
from collections import deque
from functools import wraps
from types import MethodType

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]

_GenericAlias = type(list[int])


def _defines(C, *names):
    """True when C's MRO defines every name (and none of them as None)."""
    from collections.abc import _check_methods
    return _check_methods(C, *names)


# ------------------------------------------------------------------ ABCs

def _structural_hook(*required):
    """__subclasshook__ recognising, for the ABC itself only, any class that defines the
    required methods."""
    def hook(cls, C):
        owner = hook.owner
        return _defines(C, *required) if cls is owner else NotImplemented
    return hook


class AbstractContextManager(abc.ABC):
    """ABC of classes with __enter__ (default: return self) and __exit__."""

    __slots__ = ()

    def __enter__(self):
        return self

    __exit__ = abc.abstractmethod(lambda self, exc_type, exc_value, traceback: None)
    __exit__.__name__ = '__exit__'

    _hook = _structural_hook("__enter__", "__exit__")
    __subclasshook__ = classmethod(_hook)
    __class_getitem__ = classmethod(_GenericAlias)


class AbstractAsyncContextManager(abc.ABC):
    """ABC of classes with __aenter__ (default: return self) and __aexit__."""

    __slots__ = ()

    async def __aenter__(self):
        return self

    async def _no_exit(self, exc_type, exc_value, traceback):
        return None

    _no_exit.__name__ = '__aexit__'
    __aexit__ = abc.abstractmethod(_no_exit)
    del _no_exit

    _hook = _structural_hook("__aenter__", "__aexit__")
    __subclasshook__ = classmethod(_hook)
    __class_getitem__ = classmethod(_GenericAlias)


AbstractContextManager._hook.owner = AbstractContextManager
AbstractAsyncContextManager._hook.owner = AbstractAsyncContextManager
del AbstractContextManager._hook, AbstractAsyncContextManager._hook


# ------------------------------------------------------------------ decorators

class ContextDecorator(object):
    """Base class letting a context manager be used as a function decorator: the
    decorated function runs inside `with self._recreate_cm():`."""

    def _recreate_cm(self):
        # the manager for one call: self, unless single-use managers override this
        return self

    def __call__(self, function):
        manager_for_call = self._recreate_cm

        def inner(*a, **kw):
            with manager_for_call():
                return function(*a, **kw)
        return wraps(function)(inner)


class AsyncContextDecorator(object):
    """ContextDecorator for asynchronous context managers and coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, function):
        manager_for_call = self._recreate_cm

        async def inner(*a, **kw):
            async with manager_for_call():
                return await function(*a, **kw)
        return wraps(function)(inner)


# ------------------------------------------------------------------ generator based

class _GeneratorContextManagerBase:
    """State shared by the (async) generator-based context managers: the generator,
    and the recipe (func, args, kwds) to make another one for ContextDecorator use."""

    def __init__(self, fn, args, kwds):
        generator = fn(*args, **kwds)
        self.gen = generator
        self.func = fn
        self.args = args
        self.kwds = kwds
        # Instances document themselves with the generator function's docstring.
        own_doc = getattr(fn, "__doc__", None)
        self.__doc__ = own_doc if own_doc is not None else type(self).__doc__

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)


def _forget_recipe(cm):
    # Once entered, a manager cannot be re-created any more: the recipe goes.
    del cm.args, cm.kwds, cm.func


def _settle(outcome, thrown, traceback, finished, wrapped_stops):
    """What __exit__ returns once throwing `thrown` into the generator ended with the
    exception `outcome`; None means: let `outcome` propagate."""
    if isinstance(outcome, finished):
        # The generator returned: the exception counts as handled, unless the very
        # stop exception we threw is what came back.
        return outcome is not thrown
    if outcome is thrown:
        outcome.__traceback__ = traceback
        return False
    if (isinstance(outcome, RuntimeError) and isinstance(thrown, wrapped_stops)
            and outcome.__cause__ is thrown):
        # PEP 479 turned our StopIteration into a RuntimeError inside the generator.
        thrown.__traceback__ = traceback
        return False
    return None


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Context manager made by a @contextmanager function from one generator."""

    def __enter__(self):
        _forget_recipe(self)
        for produced in self.gen:
            return produced
        raise RuntimeError("generator didn't yield")

    def __exit__(self, exc_type, value, traceback):
        if exc_type is None:
            for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        thrown = exc_type() if value is None else value
        try:
            self.gen.throw(thrown)
        except BaseException as outcome:
            verdict = _settle(outcome, thrown, traceback, StopIteration, StopIteration)
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager, AsyncContextDecorator):
    """Async context manager made by an @asynccontextmanager function."""

    async def __aenter__(self):
        _forget_recipe(self)
        async for produced in self.gen:
            return produced
        raise RuntimeError("generator didn't yield")

    async def __aexit__(self, exc_type, value, traceback):
        if exc_type is None:
            async for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        thrown = exc_type() if value is None else value
        try:
            await self.gen.athrow(thrown)
        except BaseException as outcome:
            verdict = _settle(outcome, thrown, traceback, StopAsyncIteration,
                              (StopIteration, StopAsyncIteration))
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """Decorator turning a generator function into a context manager factory: the code
    before its single yield runs on entry (the yielded value is bound by `as`), the code
    after it on exit; an exception of the with-block is raised at the yield."""
    def helper(*a, **kw):
        return _GeneratorContextManager(func, a, kw)
    return wraps(func)(helper)


def asynccontextmanager(func):
    """Like contextmanager, for async generator functions and `async with`."""
    def helper(*a, **kw):
        return _AsyncGeneratorContextManager(func, a, kw)
    return wraps(func)(helper)


# ------------------------------------------------------------------ small managers

def _hand_out_thing(self):
    return self.thing


async def _hand_out_thing_async(self):
    return self.thing


def _hand_out_result(self):
    return self.enter_result


async def _hand_out_result_async(self):
    return self.enter_result


def _nothing(self, *exc):
    return None


async def _nothing_async(self, *exc):
    return None


class closing(AbstractContextManager):
    """Context manager calling thing.close() on exit; `as` binds thing itself."""

    def __init__(self, thing):
        self.thing = thing

    __enter__ = _hand_out_thing

    def __exit__(self, *exc):
        closer = self.thing.close
        closer()


class aclosing(AbstractAsyncContextManager):
    """Async context manager awaiting thing.aclose() on exit; `as` binds thing."""

    def __init__(self, thing):
        self.thing = thing

    __aenter__ = _hand_out_thing_async

    async def __aexit__(self, *exc):
        closer = self.thing.aclose
        await closer()


class _RedirectStream(AbstractContextManager):
    """Replaces sys.<_stream> while active; previous values are stacked so that one
    instance may be entered again while it is active."""

    _stream = None

    def __init__(self, new_target):
        self._replacement = new_target
        self._saved = []

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._replacement)
        return self._replacement

    def __exit__(self, *exc):
        previous = self._saved.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Context manager replacing sys.stdout by another file-like object while active."""

    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Context manager replacing sys.stderr by another file-like object while active."""

    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Context manager silencing the given exception types raised in its block; the
    statement after the with-statement runs next."""

    def __init__(self, *exceptions):
        self._silenced = exceptions

    __enter__ = _nothing

    def __exit__(self, *exc):
        # A true result tells the with-statement the exception was handled.
        kind = exc[0]
        return kind is not None and issubclass(kind, self._silenced)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager doing nothing; `as` binds enter_result.  Stands in where a real
    manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    __enter__ = _hand_out_result
    __aenter__ = _hand_out_result_async
    __exit__ = _nothing
    __aexit__ = _nothing_async


class chdir(AbstractContextManager):
    """Context manager making path the current directory while active (the process
    has one current directory: not safe with threads)."""

    def __init__(self, path):
        self.path = path
        self._way_back = []

    def __enter__(self):
        import os
        here = os.getcwd()
        os.chdir(self.path)
        self._way_back.append(here)

    def __exit__(self, *exc):
        import os
        os.chdir(self._way_back.pop())


# ------------------------------------------------------------------ exit stacks

def _protocol_error(cls, kind):
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                     f"the {kind} protocol")


def _relink_context(new_exc, old_exc, frame_exc):
    """An exception raised by an exit callback gets, as context, the exception the
    with-statement was handling (frame_exc).  Point that link of its context chain at
    old_exc, the exception the previous callbacks left, instead."""
    node = new_exc
    while True:
        link = node.__context__
        if link is None or link is old_exc:
            return
        if link is frame_exc:
            break
        node = link
    node.__context__ = old_exc


def _reraise_with_context(exc):
    # `raise` would make the with-statement's exception its context: keep the one
    # the unwinding computed.
    kept = exc.__context__
    try:
        raise exc
    finally:
        exc.__context__ = kept


def _call_later(callback, args, kwds):
    """Exit callback running callback(*args, **kwds), ignoring the exception details
    (so it never suppresses anything)."""
    def run_callback(*exc):
        callback(*args, **kwds)
    run_callback.__wrapped__ = callback
    return run_callback


def _await_later(callback, args, kwds):
    async def run_callback(*exc):
        await callback(*args, **kwds)
    run_callback.__wrapped__ = callback
    return run_callback


class _BaseExitStack:
    """Callbacks registered on an exit stack are kept in `_exit_callbacks` as
    (is_sync, callback) pairs and run last-in first-out."""

    def __init__(self):
        self._exit_callbacks = deque()

    def _register(self, callback, is_sync=True):
        entry = (is_sync, callback)
        self._exit_callbacks.append(entry)

    def pop_all(self):
        """Move every registered callback to a new stack of the same type, which is
        returned; this one is left empty."""
        other = type(self)()
        other._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return other

    def push(self, exit):
        """Register an exit callback: a context manager's __exit__ method (when `exit`
        has one; the manager is not entered) or any callable taking the same three
        arguments.  Returns `exit`, so this works as a decorator."""
        unbound = getattr(type(exit), '__exit__', None)
        self._register(exit if unbound is None else MethodType(unbound, exit))
        return exit

    def enter_context(self, cm):
        """Enter a context manager and register its __exit__; returns what __enter__
        returned."""
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise _protocol_error(kind, 'context manager') from None
        result = enter(cm)
        self._register(MethodType(leave, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit (it cannot suppress
        exceptions).  Returns callback, so this works as a decorator."""
        self._register(_call_later(callback, args, kwds))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager running a dynamic set of exit callbacks (registered with push,
    enter_context and callback) in reverse order when it exits."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        handling = sys.exc_info()[1]
        current = exc_details
        suppressed = failing = False
        stack = self._exit_callbacks
        while stack:
            is_sync, cb = stack.pop()
            assert is_sync
            try:
                handled = cb(*current)
            except BaseException as err:
                _relink_context(err, current[1], handling)
                current = (type(err), err, err.__traceback__)
                failing = True
            else:
                if handled:
                    suppressed, failing = True, False
                    current = (None, None, None)
        if failing:
            _reraise_with_context(current[1])
        return had_exception and suppressed

    def close(self):
        """Run the registered callbacks now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for `async with`: also takes asynchronous context managers and
    coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enter an asynchronous context manager and register its __aexit__; returns
        what __aenter__ returned."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise _protocol_error(kind, 'asynchronous context manager') from None
        result = await enter(cm)
        self._register(MethodType(leave, cm), False)
        return result

    def push_async_exit(self, exit):
        """push() for coroutine exit callbacks or asynchronous context managers."""
        unbound = getattr(type(exit), '__aexit__', None)
        self._register(exit if unbound is None else MethodType(unbound, exit), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """callback() for coroutine functions."""
        self._register(_await_later(callback, args, kwds), False)
        return callback

    async def aclose(self):
        """Run the registered callbacks now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        handling = sys.exc_info()[1]
        current = exc_details
        suppressed = failing = False
        stack = self._exit_callbacks
        while stack:
            is_sync, cb = stack.pop()
            try:
                handled = cb(*current) if is_sync else await cb(*current)
            except BaseException as err:
                _relink_context(err, current[1], handling)
                current = (type(err), err, err.__traceback__)
                failing = True
            else:
                if handled:
                    suppressed, failing = True, False
                    current = (None, None, None)
        if failing:
            _reraise_with_context(current[1])
        return had_exception and suppressed
