"""TestCase: one test method run with its fixtures, and the assert* methods."""

import sys
import functools
import difflib
import pprint
import re
import warnings
import collections
import contextlib
import types

from . import result as _result_mod
from .util import (safe_repr, strclass, _common_shorten_repr, _count_diff_all_purpose,
                   _count_diff_hashable)

__unittest = True

_NO_MSG = object()      # subTest() without a message

DIFF_OMITTED = "\nDiff is %s characters long. Set self.maxDiff to None to see it."


class SkipTest(Exception):
    """Raised (by skipTest or directly) to skip the running test."""


class _ShouldStop(Exception):
    """Stops the test method after a failed subtest (failfast, expected failure)."""


class _UnexpectedSuccess(Exception):
    pass


# ------------------------------------------------------------------------------ decorators

def _identity(obj):
    return obj


def _mark_skipped(item, reason):
    if not isinstance(item, type):
        inner = item

        @functools.wraps(inner)
        def skipped(*args, **kwargs):
            raise SkipTest(reason)
        item = skipped
    item.__unittest_skip__ = True
    item.__unittest_skip_why__ = reason
    return item


def skip(reason):
    """Skip the decorated test (or class) unconditionally."""
    if isinstance(reason, types.FunctionType):
        return _mark_skipped(reason, "")
    return lambda item: _mark_skipped(item, reason)


def skipIf(condition, reason):
    """Skip the decorated test when condition is true."""
    return skip(reason) if condition else _identity


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    return _identity if condition else skip(reason)


def expectedFailure(test_item):
    """Mark a test as expected to fail: a failure is not counted as one."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ------------------------------------------------------------------------------ running a test

def _report_skip(result, test, reason):
    adder = getattr(result, "addSkip", None)
    if adder is None:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        adder(test, reason)


def _report_error(result, test, exc_info):
    if result is not None and exc_info is not None:
        failed = issubclass(exc_info[0], test.failureException)
        (result.addFailure if failed else result.addError)(test, exc_info)


class _Outcome:
    """What happened while one test ran. Each part (setUp, the method, tearDown, a cleanup,
    a subtest) runs under testPartExecutor, which reports its exception at once; `success`
    says whether every part so far went well."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.expecting_failure = False
        self.expectedFailure = None
        self.success = True

    def _caught(self, part, in_subtest, info):
        if self.expecting_failure:
            self.expectedFailure = info
            return
        self.success = False
        if in_subtest:
            self.result.addSubTest(part.test_case, part, info)
        else:
            _report_error(self.result, part, info)

    @contextlib.contextmanager
    def testPartExecutor(self, test_case, subTest=False):
        so_far = self.success
        self.success = True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as skip_exc:
            self.success = False
            _report_skip(self.result, test_case, str(skip_exc))
        except _ShouldStop:
            pass
        except BaseException:
            self._caught(test_case, subTest, sys.exc_info())
        else:
            if subTest and self.success:
                self.result.addSubTest(test_case.test_case, test_case, None)
        finally:
            self.success = so_far and self.success


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Call function(*args, **kwargs) after the module's tests (after tearDownModule)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter a context manager for the module's tests; it is exited as a module cleanup."""
    return _enter(cm, addModuleCleanup)


def _drain(stack):
    """Pops and calls (function, args, kwargs) entries; returns the exc_infos raised."""
    problems = []
    while stack:
        fn, pos, named = stack.pop()
        try:
            fn(*pos, **named)
        except Exception:
            problems.append(sys.exc_info())
    return problems


def doModuleCleanups():
    """Run the module cleanups (last added first); re-raise the first exception."""
    problems = _drain(_module_cleanups)
    if problems:
        raise problems[0][1]


def _enter(cm, register):
    kind = type(cm)
    try:
        opener, closer = kind.__enter__, kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    value = opener(cm)
    register(closer, cm, None, None, None)
    return value


class _OrderedChainMap(collections.ChainMap):
    """ChainMap iterating its keys outermost map first, each once."""

    def __iter__(self):
        return iter(dict.fromkeys(k for m in self.maps for k in m))


# ------------------------------------------------------------------------------ TestCase

def _first_doc_line(doc):
    if not doc:
        return None
    return doc.strip().split("\n")[0].strip()


class TestCase(object):
    """A test: one method of a TestCase subclass, named when the case is built.

    Override setUp / tearDown for per-test fixtures, setUpClass / tearDownClass for
    per-class ones; write test methods whose names start with "test".
    """

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        # every subclass gets its own class-cleanup stack and set-up state
        cls._class_cleanups, cls._classSetupFailed = [], False
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._testMethodDoc = "No test"
        self._outcome = self._subtest = None
        self._cleanups = []
        found = getattr(self, methodName, None)
        if found is None and not hasattr(self, methodName):
            if methodName != "runTest":
                raise ValueError(f"no such test method in {self.__class__}: {methodName}")
        else:
            self._testMethodDoc = found.__doc__
        self._type_equality_funcs = dict(_EQUALITY_BY_TYPE)

    def addTypeEqualityFunc(self, typeobj, function):
        """Use function(first, second, msg=None) for assertEqual on two objects of typeobj."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown (last added runs first)."""
        self._cleanups += [(function, args, kwargs)]

    def enterContext(self, cm):
        """Enter a context manager now and exit it as a cleanup; returns what __enter__ gave."""
        return _enter(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDownClass."""
        cls._class_cleanups += [(function, args, kwargs)]

    @classmethod
    def enterClassContext(cls, cm):
        return _enter(cm, cls.addClassCleanup)

    def setUp(self):
        "Hook run before each test method."

    def tearDown(self):
        "Hook run after each test method."

    @classmethod
    def setUpClass(cls):
        "Hook run before the class's tests."

    @classmethod
    def tearDownClass(cls):
        "Hook run after the class's tests."

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return _result_mod.TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        return _first_doc_line(self._testMethodDoc)

    def id(self):
        return strclass(type(self)) + "." + self._testMethodName

    def __eq__(self, other):
        if type(other) is type(self):
            return other._testMethodName == self._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((self._testMethodName, type(self)))

    def __str__(self):
        name = self._testMethodName
        return f"{name} ({strclass(type(self))}.{name})"

    def __repr__(self):
        return f"<{strclass(type(self))} testMethod={self._testMethodName}>"

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MSG, **params):
        """A block whose failure is reported on its own (with msg and params) while the
        test goes on."""
        outcome = self._outcome
        if outcome is None or not outcome.result_supports_subtests:
            yield
            return
        enclosing = self._subtest
        scope = _OrderedChainMap(params) if enclosing is None else enclosing.params.new_child(params)
        self._subtest = _SubTest(self, msg, scope)
        try:
            with outcome.testPartExecutor(self._subtest, subTest=True):
                yield
            stop = False
            if outcome.success:
                stop = bool(outcome.expectedFailure)
            else:
                res = outcome.result
                stop = res is not None and res.failfast
            if stop:
                raise _ShouldStop
        finally:
            self._subtest = enclosing

    def _addExpectedFailure(self, result, exc_info):
        adder = getattr(result, "addExpectedFailure", None)
        if adder is None:
            warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                          RuntimeWarning)
            result.addSuccess(self)
        else:
            adder(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        adder = getattr(result, "addUnexpectedSuccess", None)
        if adder is not None:
            adder(self)
            return
        warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                      RuntimeWarning)
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        returned = method()
        if returned is not None:
            warnings.warn(f"It is deprecated to return a value that is not None from a "
                          f"test case ({method})", DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        """The skip reason when the class or the method is marked skipped, else None."""
        owner = type(self)
        if getattr(owner, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
            return getattr(owner, "__unittest_skip_why__", "") or getattr(method, "__unittest_skip_why__", "")
        return None

    def _run_parts(self, result, method):
        expecting = bool(getattr(self, "__unittest_expecting_failure__", False)
                         or getattr(method, "__unittest_expecting_failure__", False))
        outcome = self._outcome = _Outcome(result)
        try:
            with outcome.testPartExecutor(self):
                self._callSetUp()
            if outcome.success:
                outcome.expecting_failure = expecting
                with outcome.testPartExecutor(self):
                    self._callTestMethod(method)
                outcome.expecting_failure = False
                with outcome.testPartExecutor(self):
                    self._callTearDown()
            self.doCleanups()
            if not outcome.success:
                return
            if not expecting:
                result.addSuccess(self)
            elif outcome.expectedFailure:
                self._addExpectedFailure(result, outcome.expectedFailure)
            else:
                self._addUnexpectedSuccess(result)
        finally:
            outcome.expectedFailure = None
            self._outcome = None

    def run(self, result=None):
        finish = None
        if result is None:
            result = self.defaultTestResult()
            begin = getattr(result, "startTestRun", None)
            finish = getattr(result, "stopTestRun", None)
            if begin is not None:
                begin()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            why = self._skip_reason(method)
            if why is not None:
                _report_skip(result, self, why)
            else:
                self._run_parts(result, method)
            return result
        finally:
            result.stopTest(self)
            if finish is not None:
                finish()

    def doCleanups(self):
        """Run the cleanups (last added first); False when one of them failed."""
        outcome = self._outcome or _Outcome()
        pending = self._cleanups
        while pending:
            fn, pos, named = pending.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(fn, *pos, **named)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups; their exceptions are kept in tearDown_exceptions."""
        cls.tearDown_exceptions = _drain(cls._class_cleanups)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting a result (exceptions propagate)."""
        method = getattr(self, self._testMethodName)
        why = self._skip_reason(method)
        if why is not None:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        pending = self._cleanups
        while pending:
            fn, pos, named = pending.pop()
            self._callCleanup(fn, *pos, **named)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail the test with msg."""
        raise self.failureException(msg)

    # ---------------------------------------------------------------- messages

    def _formatMessage(self, msg, standardMsg):
        if self.longMessage:
            if msg is None:
                return standardMsg
            try:
                return f"{standardMsg} : {msg}"
            except UnicodeDecodeError:
                return f"{safe_repr(standardMsg)} : {safe_repr(msg)}"
        return msg or standardMsg

    def _truncateMessage(self, message, diff):
        cap = self.maxDiff
        if cap is not None and len(diff) > cap:
            return message + DIFF_OMITTED % len(diff)
        return message + diff

    def _failed(self, msg, text):
        raise self.failureException(self._formatMessage(msg, text))

    # ---------------------------------------------------------------- truth and identity

    def assertFalse(self, expr, msg=None):
        """Fail unless expr is false."""
        if expr:
            self._failed(msg, f"{safe_repr(expr)} is not false")

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if expr:
            return
        self._failed(msg, f"{safe_repr(expr)} is not true")

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            return
        self._failed(msg, f"{safe_repr(expr1)} is not {safe_repr(expr2)}")

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            return
        self._failed(msg, "unexpectedly identical: " + safe_repr(expr1))

    def assertIsNone(self, obj, msg=None):
        if obj is None:
            return
        self._failed(msg, f"{safe_repr(obj)} is not None")

    def assertIsNotNone(self, obj, msg=None):
        if obj is not None:
            return
        self._failed(msg, "unexpectedly None")

    def assertIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            return
        self._failed(msg, f"{safe_repr(obj)} is not an instance of {cls!r}")

    def assertNotIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            return
        self._failed(msg, f"{safe_repr(obj)} is an instance of {cls!r}")

    def assertIn(self, member, container, msg=None):
        if member in container:
            return
        self._failed(msg, f"{safe_repr(member)} not found in {safe_repr(container)}")

    def assertNotIn(self, member, container, msg=None):
        if member not in container:
            return
        self._failed(msg, f"{safe_repr(member)} unexpectedly found in {safe_repr(container)}")

    # ---------------------------------------------------------------- equality

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            special = self._type_equality_funcs.get(type(first))
            if special is not None:
                return getattr(self, special) if isinstance(special, str) else special
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if first == second:
            return
        self._failed(msg, "%s != %s" % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second (with a diff for lists, tuples, dicts, sets, str)."""
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if first == second."""
        if first != second:
            return
        self._failed(msg, f"{safe_repr(first)} == {safe_repr(second)}")

    @staticmethod
    def _closeness(first, second, places, delta):
        """(gap, places) for the almost-equal checks; TypeError when both are given."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        return abs(first - second), (7 if places is None and delta is None else places)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second agree to `places` decimal places (default 7) after
        rounding their difference, or differ by at most `delta`."""
        if first == second:
            return
        gap, places = self._closeness(first, second, places, delta)
        a, b = safe_repr(first), safe_repr(second)
        if delta is None:
            if round(gap, places) != 0:
                self._failed(msg, f"{a} != {b} within {places!r} places ({safe_repr(gap)} difference)")
        elif gap > delta:
            self._failed(msg, f"{a} != {b} within {safe_repr(delta)} delta ({safe_repr(gap)} difference)")

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail if first and second agree as assertAlmostEqual checks."""
        gap, places = self._closeness(first, second, places, delta)
        same = first == second
        a, b = safe_repr(first), safe_repr(second)
        if delta is None:
            if same or round(gap, places) == 0:
                self._failed(msg, f"{a} == {b} within {places!r} places")
        elif same or gap <= delta:
            self._failed(msg, f"{a} == {b} within {safe_repr(delta)} delta ({safe_repr(gap)} difference)")

    def _pformat_diff(self, a, b):
        return "\n" + "\n".join(difflib.ndiff(pprint.pformat(a).splitlines(),
                                              pprint.pformat(b).splitlines()))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless the two sequences are equal item by item; the message names the first
        difference and shows a diff."""
        what = "sequence" if seq_type is None else seq_type.__name__
        if seq_type is not None:
            for label, seq in (("First", seq1), ("Second", seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(f"{label} sequence is not a {what}: {safe_repr(seq)}")
        text = _sequence_difference(seq1, seq2, what, seq_type)
        if text is None:
            return
        self._failed(msg, self._truncateMessage(text, self._pformat_diff(seq1, seq2)))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless the two sets have the same members (lists those in only one)."""
        halves = []
        for which, a, b in (("first", set1, set2), ("second", set2, set1)):
            try:
                halves.append(a.difference(b))
            except TypeError as e:
                self.fail(f"invalid type when attempting set difference: {e}")
            except AttributeError as e:
                self.fail(f"{which} argument does not support set difference: {e}")
        only1, only2 = halves
        if not only1 and not only2:
            return
        report = []
        if only1:
            report += ["Items in the first set but not the second:"] + [repr(x) for x in only1]
        if only2:
            report += ["Items in the second set but not the first:"] + [repr(x) for x in only2]
        self._failed(msg, "\n".join(report))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 == d2:
            return
        head = "%s != %s" % _common_shorten_repr(d1, d2)
        self._failed(msg, self._truncateMessage(head, self._pformat_diff(d1, d2)))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        warnings.warn("assertDictContainsSubset is deprecated", DeprecationWarning)
        absent = [k for k in subset if k not in dictionary]
        wrong = [f"{safe_repr(k)}, expected: {safe_repr(v)}, actual: {safe_repr(dictionary[k])}"
                 for k, v in subset.items() if k in dictionary and v != dictionary[k]]
        if not absent and not wrong:
            return
        pieces = []
        if absent:
            pieces.append("Missing: " + ",".join(safe_repr(k) for k in absent))
        if wrong:
            pieces.append("Mismatched values: " + ",".join(wrong))
        self._failed(msg, "; ".join(pieces))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless the two iterables hold the same elements the same number of times,
        in any order."""
        left, right = list(first), list(second)
        try:
            counted_same = collections.Counter(left) == collections.Counter(right)
        except TypeError:
            found = _count_diff_all_purpose(left, right)
        else:
            found = [] if counted_same else _count_diff_hashable(left, right)
        if not found:
            return
        detail = "\n".join("First has %d, Second has %d:  %r" % item for item in found)
        self._failed(msg, self._truncateMessage("Element counts were not equal:\n", detail))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless the two strings are equal; shows a line diff."""
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        limit = self._diffThreshold
        if len(first) > limit or len(second) > limit:
            self._baseAssertEqual(first, second, msg)
        a_lines = first.splitlines(keepends=True)
        b_lines = second.splitlines(keepends=True)
        if len(a_lines) == 1 and first.strip("\r\n") == first:
            a_lines, b_lines = [first + "\n"], [second + "\n"]
        head = "%s != %s" % _common_shorten_repr(first, second)
        diff = "\n" + "".join(difflib.ndiff(a_lines, b_lines))
        self._failed(msg, self._truncateMessage(head, diff))

    # ---------------------------------------------------------------- ordering

    def assertLess(self, a, b, msg=None):
        if a < b:
            return
        self._failed(msg, f"{safe_repr(a)} not less than {safe_repr(b)}")

    def assertLessEqual(self, a, b, msg=None):
        if a <= b:
            return
        self._failed(msg, f"{safe_repr(a)} not less than or equal to {safe_repr(b)}")

    def assertGreater(self, a, b, msg=None):
        if a > b:
            return
        self._failed(msg, f"{safe_repr(a)} not greater than {safe_repr(b)}")

    def assertGreaterEqual(self, a, b, msg=None):
        if a >= b:
            return
        self._failed(msg, f"{safe_repr(a)} not greater than or equal to {safe_repr(b)}")

    # ---------------------------------------------------------------- regular expressions

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex (a pattern or its text) is found in text."""
        rx = expected_regex
        if isinstance(rx, (str, bytes)):
            assert rx, "expected_regex must not be empty."
            rx = re.compile(rx)
        if rx.search(text) is None:
            self._failed(msg, f"Regex didn't match: {rx.pattern!r} not found in {text!r}")

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex is found in text."""
        rx = unexpected_regex
        if isinstance(rx, (str, bytes)):
            rx = re.compile(rx)
        hit = rx.search(text)
        if hit:
            self._failed(msg, f"Regex matched: {text[hit.start():hit.end()]!r} matches "
                              f"{rx.pattern!r} in {text!r}")

    # ---------------------------------------------------------------- exceptions, warnings, logs

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless calling args[0](*args[1:], **kwargs) raises expected_exception; with
        no callable, a context manager checking its block (the exception is kept as
        .exception)."""
        return _AssertRaisesContext(expected_exception, self).handle("assertRaises", args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises, and str() of the exception must match expected_regex."""
        checker = _AssertRaisesContext(expected_exception, self, expected_regex)
        return checker.handle("assertRaisesRegex", args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless the call (or the with block) issues expected_warning."""
        return _AssertWarnsContext(expected_warning, self).handle("assertWarns", args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        checker = _AssertWarnsContext(expected_warning, self, expected_regex)
        return checker.handle("assertWarnsRegex", args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager checking that the block logs at least one message on logger
        (root by default) at level (INFO by default) or above."""
        from ._log import _AssertLogsContext as logs
        return logs(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        from ._log import _AssertLogsContext as logs
        return logs(self, logger, level, no_logs=True)


_EQUALITY_BY_TYPE = {
    dict: "assertDictEqual", list: "assertListEqual", tuple: "assertTupleEqual",
    set: "assertSetEqual", frozenset: "assertSetEqual", str: "assertMultiLineEqual",
}

_INDEX_ERRORS = (TypeError, IndexError, NotImplementedError)


def _sequence_difference(seq1, seq2, what, seq_type):
    """The assertSequenceEqual message (without the diff), or None when they are equal."""
    sizes = []
    for label, seq in (("First", seq1), ("Second", seq2)):
        try:
            sizes.append(len(seq))
        except (TypeError, NotImplementedError):
            return f"{label} {what} has no length.    Non-sequence?"
    n1, n2 = sizes
    if seq1 == seq2:
        return None
    text = "%ss differ: %s != %s\n" % ((what.capitalize(),) + _common_shorten_repr(seq1, seq2))
    for i in range(min(n1, n2)):
        pair = []
        for label, seq in (("first", seq1), ("second", seq2)):
            try:
                pair.append(seq[i])
            except _INDEX_ERRORS:
                return text + f"\nUnable to index element {i} of {label} {what}\n" + _extra(seq1, seq2, n1, n2, what)
        if pair[0] != pair[1]:
            text += "\nFirst differing element %d:\n%s\n%s\n" % ((i,) + _common_shorten_repr(*pair))
            break
    else:
        if n1 == n2 and seq_type is None and type(seq1) != type(seq2):
            return None
    return text + _extra(seq1, seq2, n1, n2, what)


def _extra(seq1, seq2, n1, n2, what):
    """The lines about the longer sequence's additional elements."""
    if n1 == n2:
        return ""
    longer, label, short = (seq1, "First", n2) if n1 > n2 else (seq2, "Second", n1)
    text = f"\n{label} {what} contains {abs(n1 - n2)} additional elements.\n"
    try:
        return text + f"First extra element {short}:\n{safe_repr(longer[short])}\n"
    except _INDEX_ERRORS:
        return text + f"Unable to index element {short} of {label.lower()} {what}\n"


def _deprecated_alias(real):
    def alias(self, *args, **kwargs):
        warnings.warn(f"Please use {real.__name__} instead.", DeprecationWarning, 2)
        return real(self, *args, **kwargs)
    return alias


for _old, _new in (("failUnlessEqual", "assertEqual"), ("assertEquals", "assertEqual"),
                   ("failIfEqual", "assertNotEqual"), ("assertNotEquals", "assertNotEqual"),
                   ("failUnlessAlmostEqual", "assertAlmostEqual"),
                   ("assertAlmostEquals", "assertAlmostEqual"),
                   ("failIfAlmostEqual", "assertNotAlmostEqual"),
                   ("assertNotAlmostEquals", "assertNotAlmostEqual"),
                   ("failUnless", "assertTrue"), ("assert_", "assertTrue"),
                   ("failUnlessRaises", "assertRaises"), ("failIf", "assertFalse"),
                   ("assertRaisesRegexp", "assertRaisesRegex"),
                   ("assertRegexpMatches", "assertRegex"),
                   ("assertNotRegexpMatches", "assertNotRegex")):
    setattr(TestCase, _old, _deprecated_alias(getattr(TestCase, _new)))
del _old, _new


def _all_subclasses_of(expected, base):
    if isinstance(expected, tuple):
        return all(_all_subclasses_of(e, base) for e in expected)
    return isinstance(expected, type) and issubclass(expected, base)


class _AssertRaisesBaseContext:
    """Shared by the assertRaises / assertWarns helpers: the expected type(s), an optional
    pattern for the message, the call form (handle) and the failure raising."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected, self.test_case = expected, test_case
        self.expected_regex = None if expected_regex is None else re.compile(expected_regex)
        self.obj_name = self.msg = None

    def _raiseFailure(self, standardMsg):
        case_ = self.test_case
        raise case_.failureException(case_._formatMessage(self.msg, standardMsg))

    def _name_of_expected(self):
        return getattr(self.expected, "__name__", None) or str(self.expected)

    def handle(self, name, args, kwargs):
        """assertRaises(exc, callable, ...) calls; assertRaises(exc) returns the manager."""
        if not _all_subclasses_of(self.expected, self._base_type):
            raise TypeError(f"{name}() arg 1 must be {self._base_type_str}")
        if not args:
            self.msg = kwargs.pop("msg", None)
            if kwargs:
                raise TypeError(f"{next(iter(kwargs))!r} is an invalid keyword argument for this function")
            return self
        target, rest = args[0], args[1:]
        self.obj_name = getattr(target, "__name__", None) or str(target)
        try:
            with self:
                target(*rest, **kwargs)
        finally:
            target = rest = None

    def _missing(self, verb):
        what = self._name_of_expected()
        tail = f" by {self.obj_name}" if self.obj_name else ""
        self._raiseFailure(f"{what} not {verb}{tail}")

    def _mismatch(self, text):
        self._raiseFailure(f'"{self.expected_regex.pattern}" does not match "{text}"')


class _AssertRaisesContext(_AssertRaisesBaseContext):
    _base_type = BaseException
    _base_type_str = "an exception type or tuple of exception types"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._missing("raised")
        if not issubclass(exc_type, self.expected):
            return False  # not ours: let it propagate
        self.exception = exc_value.with_traceback(None)
        rx = self.expected_regex
        if rx is not None and not rx.search(str(exc_value)):
            self._mismatch(str(exc_value))
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _AssertWarnsContext(_AssertRaisesBaseContext):
    _base_type = Warning
    _base_type_str = "a warning type or tuple of warning types"

    def __enter__(self):
        # forget the warnings already shown once, so that they show again
        for mod in list(sys.modules.values()):
            if getattr(mod, "__warningregistry__", None):
                mod.__warningregistry__ = {}
        self._recorder = warnings.catch_warnings(record=True)
        self.warnings = self._recorder.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._recorder.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        first_of_type = None
        rx = self.expected_regex
        for entry in self.warnings:
            w = entry.message
            if isinstance(w, self.expected):
                if first_of_type is None:
                    first_of_type = w
                if rx is None or rx.search(str(w)):
                    self.warning, self.filename, self.lineno = w, entry.filename, entry.lineno
                    return None
        if first_of_type is not None:
            self._mismatch(str(first_of_type))
        self._missing("triggered")


class FunctionTestCase(TestCase):
    """A TestCase around a plain function (with optional set-up and tear-down functions)."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super(FunctionTestCase, self).__init__()
        self._fixture = (setUp, tearDown)
        self._func = testFunc
        self._doc_override = description

    def setUp(self):
        before = self._fixture[0]
        if before is not None:
            before()

    def tearDown(self):
        after = self._fixture[1]
        if after is not None:
            after()

    def runTest(self):
        self._func()

    def id(self):
        return self._func.__name__

    def _key(self):
        return (self._fixture, self._func, self._doc_override)

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._key())

    def __str__(self):
        return f"{strclass(type(self))} ({self._func.__name__})"

    def __repr__(self):
        return f"<{strclass(type(self))} tec={self._func}>"

    def shortDescription(self):
        if self._doc_override is not None:
            return self._doc_override
        return _first_doc_line(self._func.__doc__)


class _SubTest(TestCase):
    """The part of a test inside one subTest() block."""

    def __init__(self, test_case, message, params):
        super(_SubTest, self).__init__()
        self.test_case, self.params, self._label = test_case, params, message
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        words = []
        if self._label is not _NO_MSG:
            words.append(f"[{self._label}]")
        if self.params:
            words.append("(" + ", ".join(f"{k}={v!r}" for k, v in self.params.items()) + ")")
        return " ".join(words) if words else "(<subtest>)"

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"
