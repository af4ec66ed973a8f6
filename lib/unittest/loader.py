"""TestLoader: builds suites from TestCase classes, modules, dotted names and directories."""

import os
import re
import sys
import types
import functools
import traceback
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True

VALID_MODULE_NAME = re.compile(r"[_a-z]\w*\.py$", re.IGNORECASE)


class _FailedTest(case.TestCase):
    """Stands for a name that could not be loaded: running it raises the load error."""
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._load_error = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name == self._testMethodName:
            problem = self._load_error

            def replay():
                raise problem
            return replay
        return super().__getattribute__(name)


def _failure(suite_class, name, exc, message):
    """(a suite holding a test that raises exc, message) for a load problem."""
    return suite_class((_FailedTest(name, exc),)), message


def _make_failed_import_test(name, suiteClass):
    text = f"Failed to import test module: {name}\n{traceback.format_exc()}"
    return _failure(suiteClass, name, ImportError(text), text)


def _make_failed_load_tests(name, exception, suiteClass):
    text = "Failed to call load_tests:\n" + traceback.format_exc()
    return _failure(suiteClass, name, exception, text)


def _make_skipped_test(methodname, exception, suiteClass):
    def testSkipped(self):
        pass
    skipped_cls = type("ModuleSkipped", (case.TestCase,),
                       {methodname: case.skip(str(exception))(testSkipped)})
    return suiteClass([skipped_cls(methodname)])


class TestLoader(object):
    """Finds tests: test methods are the callables whose names start with testMethodPrefix,
    sorted with sortTestMethodsUsing; testNamePatterns (fnmatch patterns on the full
    name module.Class.method) filter them."""

    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []

    def _note(self, pair):
        made, message = pair
        self.errors.append(message)
        return made

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite with one test per test method of testCaseClass."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite."
                            " Maybe you meant to derive from TestCase?")
        methods = self.getTestCaseNames(testCaseClass)
        if not methods and hasattr(testCaseClass, "runTest"):
            methods = ["runTest"]
        return self.suiteClass([testCaseClass(m) for m in methods])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of every TestCase class in module (or what its load_tests
        function returns)."""
        if args or "use_load_tests" in kws:
            import warnings
            warnings.warn("use_load_tests is deprecated and ignored", DeprecationWarning)
            kws.pop("use_load_tests", None)
        if len(args) >= 2:
            raise TypeError(f"loadTestsFromModule() takes 1 positional argument but {len(args) + 1} were given")
        if kws:
            raise TypeError(f"loadTestsFromModule() got an unexpected keyword argument '{sorted(kws)[0]}'")
        classes = [value for value in (getattr(module, n) for n in dir(module))
                   if isinstance(value, type) and issubclass(value, case.TestCase)]
        collected = self.suiteClass([self.loadTestsFromTestCase(c) for c in classes])
        hook = getattr(module, "load_tests", None)
        if hook is None:
            return collected
        try:
            return hook(self, collected, pattern)
        except Exception as e:
            return self._note(_make_failed_load_tests(module.__name__, e, self.suiteClass))

    def _import_longest(self, parts):
        """Imports the longest importable prefix of parts: (module, parts after it) or
        (None, failure pair)."""
        failure = None
        for cut in range(len(parts), 0, -1):
            try:
                top = __import__(".".join(parts[:cut]))
            except ImportError:
                failure = _make_failed_import_test(parts[cut - 1], self.suiteClass)
                continue
            return top, parts[1:], failure
        return None, None, failure

    def loadTestsFromName(self, name, module=None):
        """Tests for a dotted name: a module, a TestCase class, a test method, a suite, or a
        callable returning one; relative to module when given."""
        parts = name.split(".")
        failure = None
        if module is None:
            module, parts, failure = self._import_longest(parts)
            if module is None:
                return self._note(failure)
        holder, target = None, module
        for attr in parts:
            try:
                holder, target = target, getattr(target, attr)
            except AttributeError as e:
                if failure is not None and getattr(target, "__path__", None) is not None:
                    return self._note(failure)
                text = "Failed to access attribute:\n" + traceback.format_exc()
                return self._note(_failure(self.suiteClass, attr, e, text))
        return self._tests_from_object(target, holder, parts)

    def _tests_from_object(self, target, holder, parts):
        if isinstance(target, types.ModuleType):
            return self.loadTestsFromModule(target)
        if isinstance(target, type) and issubclass(target, case.TestCase):
            return self.loadTestsFromTestCase(target)
        if isinstance(target, suite.TestSuite):
            return target
        is_method = (isinstance(target, types.FunctionType) and isinstance(holder, type)
                     and issubclass(holder, case.TestCase))
        if is_method:
            method_name = parts[-1]
            one = holder(method_name)
            if not isinstance(getattr(one, method_name), types.FunctionType):
                return self.suiteClass([one])
        if not callable(target):
            raise TypeError(f"don't know how to make test from: {target}")
        made = target()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError(f"calling {target} returned {made}, not a test")

    def loadTestsFromNames(self, names, module=None):
        """A suite of loadTestsFromName for each name."""
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of testCaseClass's test methods."""
        prefix = self.testMethodPrefix
        globs = self.testNamePatterns
        qual = f"{testCaseClass.__module__}.{testCaseClass.__qualname__}."

        def is_test(attr):
            if not attr.startswith(prefix) or not callable(getattr(testCaseClass, attr)):
                return False
            return globs is None or any(fnmatchcase(qual + attr, g) for g in globs)

        found = list(filter(is_test, dir(testCaseClass)))
        order = self.sortTestMethodsUsing
        if order:
            found.sort(key=functools.cmp_to_key(order))
        return found

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        """Tests of every module under start_dir whose file name matches pattern (packages
        with an __init__.py are searched too)."""
        top = top_level_dir or self._top_level_dir or start_dir
        top = os.path.abspath(top)
        if top not in sys.path:
            sys.path.insert(0, top)
        self._top_level_dir = top
        begin = os.path.abspath(start_dir)
        if not os.path.isdir(begin):
            __import__(start_dir)
            begin = os.path.dirname(os.path.abspath(sys.modules[start_dir].__file__))
        if begin != top and not os.path.isfile(os.path.join(begin, "__init__.py")):
            raise ImportError(f"Start directory is not importable: {start_dir!r}")
        return self.suiteClass(list(self._walk(begin, pattern)))

    def _dotted(self, path):
        stem = os.path.splitext(os.path.normpath(path))[0]
        rel = os.path.relpath(stem, self._top_level_dir)
        if os.path.isabs(rel) or rel.startswith(".."):
            raise ImportError("discovered module outside the top level directory")
        return ".".join(rel.split(os.sep))

    def _import_found(self, dotted):
        try:
            __import__(dotted)
        except case.SkipTest as e:
            return None, _make_skipped_test(dotted, e, self.suiteClass)
        except Exception:
            return None, self._note(_make_failed_import_test(dotted, self.suiteClass))
        return sys.modules[dotted], None

    def _walk(self, folder, pattern):
        for entry in sorted(os.listdir(folder)):
            path = os.path.join(folder, entry)
            if os.path.isdir(path):
                if not os.path.isfile(os.path.join(path, "__init__.py")):
                    continue
                pkg, problem = self._import_found(self._dotted(path))
                if pkg is None:
                    yield problem
                elif getattr(pkg, "load_tests", None) is not None:
                    yield self.loadTestsFromModule(pkg, pattern=pattern)
                else:
                    yield from self._walk(path, pattern)
            elif os.path.isfile(path) and VALID_MODULE_NAME.match(entry) and fnmatch(entry, pattern):
                mod, problem = self._import_found(self._dotted(path))
                yield problem if mod is None else self.loadTestsFromModule(mod, pattern=pattern)


defaultTestLoader = TestLoader()


def _configured(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    made = TestLoader()
    made.testMethodPrefix, made.sortTestMethodsUsing = prefix, sortUsing
    made.testNamePatterns = testNamePatterns
    if suiteClass:
        made.suiteClass = suiteClass
    return made


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    return _configured(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    return _configured(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix="test", sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    return _configured(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
