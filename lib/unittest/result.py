"""TestResult: what a test run collected (failures, errors, skips...)."""

import io
import sys
import traceback
import functools

from . import util

__unittest = True

STDOUT_LINE = "\nStdout:\n%s"
STDERR_LINE = "\nStderr:\n%s"

# attributes every result starts with: name -> factory of the initial value
_FRESH = (("failures", list), ("errors", list), ("skipped", list), ("expectedFailures", list),
          ("unexpectedSuccesses", list))


def failfast(method):
    """Wraps an add* method: with result.failfast set, stop the run after it."""
    @functools.wraps(method)
    def stopping(self, *args, **kw):
        if getattr(self, "failfast", False):
            self.stop()
        return method(self, *args, **kw)
    return stopping


class _Capture:
    """With buffer=True: sys.stdout / sys.stderr replaced by buffers while a test runs."""

    def __init__(self):
        self.out = io.StringIO()
        self.err = io.StringIO()
        self.saved = (sys.stdout, sys.stderr)

    def begin(self):
        self.saved = (sys.stdout, sys.stderr)
        sys.stdout, sys.stderr = self.out, self.err

    def texts(self):
        return self.out.getvalue(), self.err.getvalue()

    def end(self, echo):
        real_out, real_err = self.saved
        if echo:
            out, err = self.texts()
            if out:
                real_out.write(STDOUT_LINE % (out if out.endswith("\n") else out + "\n"))
            if err:
                real_err.write(STDERR_LINE % (err if err.endswith("\n") else err + "\n"))
        sys.stdout, sys.stderr = real_out, real_err
        for b in (self.out, self.err):
            b.seek(0)
            b.truncate()


class TestResult(object):
    """Collects the outcome of tests: failures and errors hold (test, formatted traceback)
    pairs, skipped (test, reason) pairs."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        for name, make in _FRESH:
            setattr(self, name, make())
        self.testsRun = 0
        self.failfast = self.shouldStop = self.buffer = self.tb_locals = False
        self._capture = None
        self._echo = False

    def printErrors(self):
        "Called by TestRunner after the run."

    def startTestRun(self):
        "Called once before any test runs."

    def stopTestRun(self):
        "Called once after all tests ran."

    def startTest(self, test):
        "Called before each test."
        self.testsRun = self.testsRun + 1
        self._echo = False
        self._setupStdout()

    def stopTest(self, test):
        "Called after each test."
        self._restoreStdout()
        self._echo = False

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._capture is None:
            self._capture = _Capture()
        self._capture.begin()

    def _restoreStdout(self):
        if self.buffer and self._capture is not None:
            self._capture.end(self._echo)

    def _record(self, where, test, err):
        where.append((test, self._exc_info_to_string(err, test)))
        self._echo = True

    @failfast
    def addError(self, test, err):
        """An unexpected exception (err is a sys.exc_info() tuple)."""
        self._record(self.errors, test, err)

    @failfast
    def addFailure(self, test, err):
        """A failed assertion (err is a sys.exc_info() tuple)."""
        self._record(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        """A subtest ended: err is None on success, else an exc_info tuple."""
        if err is None:
            return
        if getattr(self, "failfast", False):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        self._record(self.failures if failed else self.errors, subtest, err)

    def addSuccess(self, test):
        "A test passed."

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """No failures, no errors and no unexpected successes."""
        if self.failures or self.errors:
            return False
        return not getattr(self, "unexpectedSuccesses", ())

    def stop(self):
        """Ask the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text reported for err: frames of unittest itself are left out."""
        kind, exc, frames = err
        frames = _drop_leading_unittest(frames)
        depth = _user_depth(frames) if kind is test.failureException else None
        # the exception carries the trimmed traceback while it is formatted
        original = exc.__traceback__ if exc is not None else None
        try:
            if exc is not None:
                exc.__traceback__ = frames
            report = traceback.TracebackException(kind, exc, frames, limit=depth,
                                                  capture_locals=self.tb_locals, compact=True)
            pieces = list(report.format())
        finally:
            if exc is not None:
                exc.__traceback__ = original
        if self.buffer and self._capture is not None:
            out, errs = self._capture.texts()
            if out:
                pieces.append(STDOUT_LINE % (out if out.endswith("\n") else out + "\n"))
            if errs:
                pieces.append(STDERR_LINE % (errs if errs.endswith("\n") else errs + "\n"))
        return "".join(pieces)

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            util.strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))


def _in_unittest(entry):
    return "__unittest" in entry.tb_frame.f_globals


def _drop_leading_unittest(entry):
    while entry is not None and _in_unittest(entry):
        entry = entry.tb_next
    return entry


def _user_depth(entry):
    """How many frames come before the first unittest frame (the assert* call)."""
    depth = 0
    while entry is not None and not _in_unittest(entry):
        depth += 1
        entry = entry.tb_next
    return depth
