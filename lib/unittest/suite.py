"""TestSuite: a collection of tests, run in order, with class and module fixtures."""

import sys

from . import case
from . import util

__unittest = True


class BaseTestSuite(object):
    """A list of tests (TestCases or suites) run one after the other."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return f"<{util.strclass(type(self))} tests={list(self)}>"

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(other) == list(self)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        total = self._removed_tests
        for member in self._tests:
            if member:
                total += member.countTestCases()
        return total

    def addTest(self, test):
        if callable(test) is False:
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests += [test]

    def addTests(self, tests):
        if type(tests) is str or isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for member in tests:
            self.addTest(member)

    def _forget(self, position):
        """Drop a test that has run, keeping its count (frees what it holds)."""
        try:
            done = self._tests[position]
        except TypeError:
            return
        counter = getattr(done, "countTestCases", None)
        if counter is not None:
            self._removed_tests += counter()
        self._tests[position] = None

    _removeTestAtIndex = _forget

    def run(self, result):
        for position, member in enumerate(self):
            if result.shouldStop:
                break
            member(result)
            if self._cleanup:
                self._forget(position)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for member in self:
            member.debug()


def _is_single_test(obj):
    try:
        iter(obj)
    except TypeError:
        return True
    return False


_isnotsuite = _is_single_test


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass / tearDownClass and setUpModule / tearDownModule
    around the tests of each class and module, when the class or module changes.

    The result object remembers the class of the last test run (_previousTestClass) and
    whether the current module's set-up failed, across nested suites."""

    def run(self, result, debug=False):
        outermost = getattr(result, "_testRunEntered", False) is False
        if outermost:
            result._testRunEntered = True
        for position, member in enumerate(self):
            if result.shouldStop:
                break
            if _is_single_test(member):
                if not self._enter_test(member, result):
                    continue
            if debug:
                member.debug()
            else:
                member(result)
            if self._cleanup:
                self._forget(position)
        if outermost:
            self._leave_class(None, result)
            self._leave_module(result)
            result._testRunEntered = False
        return result

    def _enter_test(self, test, result):
        """Fixture transitions before a single test; False when it must not run."""
        self._leave_class(test, result)
        self._enter_module(test, result)
        self._enter_class(test, result)
        result._previousTestClass = test.__class__
        blocked = getattr(test.__class__, "_classSetupFailed", False)
        return not (blocked or getattr(result, "_moduleSetUpFailed", False))

    def debug(self):
        self.run(_DebugResult(), True)

    # ------------------------------------------------------------------ reporting

    def _fixture_error(self, result, exc, method_name, parent, info=None):
        holder = _ErrorHolder(f"{method_name} ({parent})")
        if isinstance(exc, case.SkipTest) and getattr(result, "addSkip", None) is not None:
            result.addSkip(holder, str(exc))
            return
        result.addError(holder, info if info else sys.exc_info())

    def _guarded(self, result, func, method_name, parent, on_error=None):
        """Calls func(); an exception is reported for the fixture (or re-raised in debug
        mode). Returns False when it raised."""
        try:
            func()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            if on_error is not None:
                on_error()
            self._fixture_error(result, e, method_name, parent)
            return False
        return True

    @staticmethod
    def _quiet(result, start):
        hook = getattr(result, "_setupStdout" if start else "_restoreStdout", None)
        if hook is not None:
            hook()

    # ------------------------------------------------------------------ classes

    def _enter_class(self, test, result):
        cls = test.__class__
        if cls == getattr(result, "_previousTestClass", None):
            return
        if result._moduleSetUpFailed or getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            pass
        hook = getattr(cls, "setUpClass", None)
        if hook is None:
            return
        self._quiet(result, True)
        try:
            def mark_failed():
                cls._classSetupFailed = True
            name = util.strclass(cls)
            self._guarded(result, hook, "setUpClass", name, mark_failed)
            after = getattr(cls, "doClassCleanups", None)
            if cls._classSetupFailed and after is not None:
                after()
                for info in cls.tearDown_exceptions:
                    self._fixture_error(result, info[1], "setUpClass", name, info)
        finally:
            self._quiet(result, False)

    def _leave_class(self, test, result):
        done = getattr(result, "_previousTestClass", None)
        if done is None or done == test.__class__:
            return
        if (getattr(done, "_classSetupFailed", False) or getattr(result, "_moduleSetUpFailed", False)
                or getattr(done, "__unittest_skip__", False)):
            return
        hook = getattr(done, "tearDownClass", None)
        after = getattr(done, "doClassCleanups", None)
        if hook is None and after is None:
            return
        name = util.strclass(done)
        self._quiet(result, True)
        try:
            if hook is not None:
                self._guarded(result, hook, "tearDownClass", name)
            if after is not None:
                after()
                for info in done.tearDown_exceptions:
                    if isinstance(result, _DebugResult):
                        raise info[1]
                    self._fixture_error(result, info[1], "tearDownClass", name, info)
        finally:
            self._quiet(result, False)

    # ------------------------------------------------------------------ modules

    @staticmethod
    def _module_of_last(result):
        done = getattr(result, "_previousTestClass", None)
        return done.__module__ if done is not None else None

    def _enter_module(self, test, result):
        name = test.__class__.__module__
        if name == self._module_of_last(result):
            return
        self._leave_module(result)
        result._moduleSetUpFailed = False
        mod = sys.modules.get(name)
        hook = getattr(mod, "setUpModule", None) if mod is not None else None
        if hook is None:
            return
        self._quiet(result, True)
        try:
            def mark_failed():
                result._moduleSetUpFailed = True
            if not self._guarded(result, hook, "setUpModule", name, mark_failed):
                self._guarded(result, case.doModuleCleanups, "setUpModule", name)
        finally:
            self._quiet(result, False)

    def _leave_module(self, result):
        name = self._module_of_last(result)
        if name is None or result._moduleSetUpFailed:
            return
        mod = sys.modules.get(name)
        if mod is None:
            return
        self._quiet(result, True)
        try:
            hook = getattr(mod, "tearDownModule", None)
            if hook is not None:
                self._guarded(result, hook, "tearDownModule", name)
            self._guarded(result, case.doModuleCleanups, "tearDownModule", name)
        finally:
            self._quiet(result, False)

    # names some callers use
    _handleClassSetUp = _enter_class
    _tearDownPreviousClass = _leave_class
    _handleModuleTearDown = _leave_module


class _ErrorHolder(object):
    """Stands for a fixture (setUpClass, setUpModule...) that failed, in the result lists."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def __str__(self):
        return self.description

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result):
        return None

    __call__ = run


class _DebugResult(object):
    """The result used by TestSuite.debug(): fixture errors propagate."""
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
