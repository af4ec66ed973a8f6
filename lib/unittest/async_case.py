"""IsolatedAsyncioTestCase: test methods, asyncSetUp / asyncTearDown and async cleanups may be
coroutines. Each test runs on its own event loop (asyncio's when available; without asyncio a
coroutine runs to completion as long as it awaits nothing that suspends)."""

import inspect

from .case import TestCase

__unittest = True


class _Runner:
    """Runs coroutines for one test: on an asyncio loop, or by stepping them directly."""

    def __init__(self):
        try:
            import asyncio
        except ImportError:
            self.loop = None
        else:
            self.loop = asyncio.new_event_loop()

    def run(self, value):
        if not inspect.isawaitable(value):
            return value
        if self.loop is not None:
            return self.loop.run_until_complete(value)
        coro = value.__await__() if not inspect.iscoroutine(value) else value
        try:
            while True:
                coro.send(None)
                raise RuntimeError("this coroutine suspends; tspy has no event loop for it")
        except StopIteration as done:
            return done.value

    def close(self):
        if self.loop is not None:
            self.loop.close()


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods and fixtures may be `async def`."""

    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        self._runner = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(lambda: self._runner.run(func(*args, **kwargs)))

    async def enterAsyncContext(self, cm):
        entered = await type(cm).__aenter__(cm)
        self.addAsyncCleanup(type(cm).__aexit__, cm, None, None, None)
        return entered

    def _callSetUp(self):
        self.setUp()
        self._runner.run(self.asyncSetUp())

    def _callTestMethod(self, method):
        if self._runner.run(method()) is not None:
            import warnings
            warnings.warn(f"It is deprecated to return a value that is not None from a "
                          f"test case ({method})", DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._runner.run(self.asyncTearDown())
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._runner.run(function(*args, **kwargs))

    def run(self, result=None):
        self._runner = _Runner()
        try:
            return super().run(result)
        finally:
            self._runner.close()
            self._runner = None

    def debug(self):
        self._runner = _Runner()
        try:
            super().debug()
        finally:
            self._runner.close()
            self._runner = None
