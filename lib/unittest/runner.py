"""TextTestRunner: runs a suite and reports on a stream in the classic text format."""

import sys
import time
import warnings

from . import result
from .case import _SubTest
from .signals import registerResult

__unittest = True

# outcome -> (word shown with verbosity 2, character shown with verbosity 1)
_MARKS = {
    "success": ("ok", "."),
    "error": ("ERROR", "E"),
    "failure": ("FAIL", "F"),
    "expected": ("expected failure", "x"),
    "unexpected": ("unexpected success", "u"),
}


class _WritelnDecorator(object):
    """A stream with a writeln() method."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr == "stream" or attr == "__getstate__":
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        text = arg + "\n" if arg else "\n"
        self.write(text)


class TextTestResult(result.TestResult):
    """Writes progress as the tests run: one character per test (verbosity 1) or a line
    per test (verbosity 2); printErrors writes the failure reports."""

    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        self.showAll = verbosity >= 2
        self.dots = verbosity == 1
        self._line_open = False

    def getDescription(self, test):
        first_doc_line = test.shortDescription()
        text = str(test)
        if self.descriptions and first_doc_line:
            text = text + "\n" + first_doc_line
        return text

    def _put(self, *pieces):
        out = self.stream
        for p in pieces:
            out.write(p)
        out.flush()

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self._put(self.getDescription(test), " ... ")
            self._line_open = True

    def _write_status(self, test, status):
        pieces = []
        if isinstance(test, _SubTest):
            if self._line_open:
                pieces.append("\n")
            pieces += ["  ", self.getDescription(test), " ... "]
        elif not self._line_open:
            pieces += [self.getDescription(test), " ... "]
        pieces += [status, "\n"]
        self._put(*pieces)
        self._line_open = False

    def _mark(self, test, word, char):
        if self.showAll:
            self._write_status(test, word)
        elif self.dots:
            self._put(char)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            kind = "failure" if issubclass(err[0], subtest.failureException) else "error"
            self._mark(subtest, *_MARKS[kind])
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark(test, *_MARKS["success"])

    def addError(self, test, err):
        super().addError(test, err)
        self._mark(test, *_MARKS["error"])

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark(test, *_MARKS["failure"])

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark(test, f"skipped {reason!r}", "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark(test, *_MARKS["expected"])

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark(test, *_MARKS["unexpected"])

    def printErrors(self):
        if self.showAll or self.dots:
            self._put("\n")
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        surprises = getattr(self, "unexpectedSuccesses", ())
        if surprises:
            lines = [self.separator1]
            lines += ["UNEXPECTED SUCCESS: " + self.getDescription(t) for t in surprises]
            self._put("\n".join(lines) + "\n")

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            block = [self.separator1, f"{flavour}: {self.getDescription(test)}",
                     self.separator2, str(text)]
            self._put("\n".join(block) + "\n")


def _summary(res):
    """The last line's words: OK or FAILED, and the counts in parentheses."""
    counts = []
    ok = res.wasSuccessful()
    if not ok:
        for label, items in (("failures", res.failures), ("errors", res.errors)):
            if items:
                counts.append(f"{label}={len(items)}")
    for label, attr in (("skipped", "skipped"), ("expected failures", "expectedFailures"),
                        ("unexpected successes", "unexpectedSuccesses")):
        n = len(getattr(res, attr, ()))
        if n:
            counts.append(f"{label}={n}")
    head = "OK" if ok else "FAILED"
    return f"{head} ({', '.join(counts)})" if counts else head


class TextTestRunner(object):
    """Runs tests with a TextTestResult writing to stream (sys.stderr by default), then
    prints the summary ("Ran N tests in T", OK or FAILED with the counts)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _drive(self, test, res):
        begin = getattr(res, "startTestRun", None)
        if begin is not None:
            begin()
        try:
            test(res)
        finally:
            finish = getattr(res, "stopTestRun", None)
            if finish is not None:
                finish()

    def run(self, test):
        res = self._makeResult()
        registerResult(res)
        res.failfast, res.buffer, res.tb_locals = self.failfast, self.buffer, self.tb_locals
        with warnings.catch_warnings():
            mode = self.warnings
            if mode:
                warnings.simplefilter(mode)
                if mode == "default" or mode == "always":
                    warnings.filterwarnings("module", category=DeprecationWarning,
                                            message=r"Please use assert\w+ instead.")
            t0 = time.perf_counter()
            self._drive(test, res)
            spent = time.perf_counter() - t0
        res.printErrors()
        out = self.stream
        if hasattr(res, "separator2"):
            out.writeln(res.separator2)
        n = res.testsRun
        plural = "" if n == 1 else "s"
        out.write(f"Ran {n} test{plural} in {spent:.3f}s\n\n{_summary(res)}\n")
        out.flush()
        return res
