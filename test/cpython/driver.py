"""Runs one of CPython's test files (python3's Lib/test/NAME.py, read from python3's
installation at run time) under tspy with tspy's own unittest, and reports each test's
outcome as it ends, one line on stdout:

    PASS|FAIL|ERROR|SKIP|XFAIL|XPASS <test id>

then "DONE" when the whole file ran. Used by scripts/cpython-tests.mjs.

Usage: tspy driver.py STDLIB_DIR TEST_NAME

Only the `test` package is served from STDLIB_DIR (a meta-path finder answers for "test";
its submodules come through the package's __path__); every other import is tspy's.
"""
import sys
import importlib.machinery

STDLIB = sys.argv[1]
# stand-ins for modules tspy does not have that test.support imports (after tspy's own)
sys.path.append(__file__.rsplit("/", 1)[0] + "/shims")
NAME = sys.argv[2]


class TestPackageFinder:
    """Finds the top-level `test` package in python3's standard library, nothing else."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname != "test":
            return None
        return importlib.machinery.PathFinder.find_spec(fullname, [STDLIB])


sys.meta_path.insert(0, TestPackageFinder)


class OnlyTestEntryFinder:
    """The path-entry finder for STDLIB itself: unittest's discovery (load_package_tests)
    puts the top-level directory (STDLIB) at the front of sys.path, where CPython already
    has it; without this, every later import would come from python3's stdlib instead of
    tspy's.  Serves `test` and its submodules only."""

    def __init__(self):
        self._inner = importlib.machinery.FileFinder(
            STDLIB, (importlib.machinery.SourceFileLoader, [".py"]))

    def find_spec(self, fullname, target=None):
        if fullname != "test" and not fullname.startswith("test."):
            return None
        return self._inner.find_spec(fullname, target)

    def invalidate_caches(self):
        self._inner.invalidate_caches()


sys.path_importer_cache[STDLIB] = OnlyTestEntryFinder()


def _fill_in_missing():
    """No-op stand-ins for interpreter hooks test.support calls that tspy lacks."""
    import _imp
    if not hasattr(_imp, "_override_frozen_modules_for_tests"):
        _imp._override_frozen_modules_for_tests = lambda enabled: None
    if not hasattr(_imp, "_override_multi_interp_extensions_check"):
        _imp._override_multi_interp_extensions_check = lambda enabled: 0


_fill_in_missing()

import unittest  # noqa: E402  (tspy's)


class LineResult(unittest.TestResult):
    """Writes one line per finished test (subtest failures count for their test)."""

    def _line(self, word, test):
        sys.__stdout__.write(f"{word} {test.id()}\n")
        sys.__stdout__.flush()

    def startTest(self, test):
        super().startTest(test)
        self._bad = False

    def addSuccess(self, test):
        super().addSuccess(test)
        if not self._bad:
            self._line("PASS", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._line("FAIL", test)
        self._detail(test, err)

    def addError(self, test, err):
        super().addError(test, err)
        self._line("ERROR", test)
        self._detail(test, err)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None and not self._bad:
            self._bad = True
            word = "FAIL" if issubclass(err[0], test.failureException) else "ERROR"
            self._line(word, test)
            self._detail(subtest, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._line("SKIP", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._line("XFAIL", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._line("XPASS", test)

    def _detail(self, test, err):
        # the last line of the exception, for the report's notes
        try:
            text = f"{err[0].__name__}: {err[1]}".splitlines()[0][:200]
        except Exception:
            text = err[0].__name__
        sys.__stderr__.write(f"  {test.id()}: {text}\n")


def main():
    try:
        module = __import__(f"test.{NAME}", fromlist=["*"])
    except BaseException as e:  # an import failure is the file's result
        sys.__stdout__.write(f"IMPORT-ERROR {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}\n")
        return
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromModule(module)
    result = LineResult()
    result.failfast = False
    # each top-level part (usually one TestCase class) on its own, so that an exception
    # escaping the runner (a RecursionError while reporting, say) loses only that part
    for part in suite:
        try:
            part.run(result)
        except BaseException as e:  # noqa: BLE001
            sys.__stdout__.write(f"CRASH {type(e).__name__}\n")
            sys.__stdout__.flush()
        # each part ran as a whole run, ending with tearDownModule and the module cleanups: the
        # next part must see no previous class, so that setUpModule runs again for it
        result._previousTestClass = None
    sys.__stdout__.write("DONE\n")


main()
