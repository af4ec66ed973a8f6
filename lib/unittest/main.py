"""unittest.main / TestProgram: load the tests named on the command line (or all tests of
the main module) and run them."""

import os
import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS] [tests ...]

positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""

# option -> (attribute, value)
_FLAGS = {
    "-v": ("verbosity", 2), "--verbose": ("verbosity", 2),
    "-q": ("verbosity", 0), "--quiet": ("verbosity", 0),
    "--locals": ("tb_locals", True),
    "-f": ("failfast", True), "--failfast": ("failfast", True),
    "-c": ("catchbreak", True), "--catch": ("catchbreak", True),
    "-b": ("buffer", True), "--buffer": ("buffer", True),
}


# discover's options -> position among (start, pattern, top)
_DISCOVERY = {"-s": 0, "--start-directory": 0, "-p": 1, "--pattern": 1,
              "-t": 2, "--top-level-directory": 2}


def _as_module_name(name):
    """A path to a .py file under the current directory becomes a dotted module name."""
    if not (name.lower().endswith(".py") and os.path.isfile(name)):
        return name
    rel = os.path.relpath(os.path.normpath(name))
    if os.path.isabs(rel) or rel.startswith(".."):
        return name
    return ".".join(rel[:-3].replace("\\", "/").split("/"))


class _UsageError(Exception):
    pass


def _import_dotted(dotted):
    top = __import__(dotted)
    for attr in dotted.split(".")[1:]:
        top = getattr(top, attr)
    return top


class TestProgram(object):
    """Runs the tests of `module` (the main module by default), or those named in argv,
    with testRunner; exits with status 1 when a test failed (exit=True)."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        self.module = _import_dotted(module) if isinstance(module, str) else module
        args = sys.argv if argv is None else argv
        settings = dict(exit=exit, failfast=failfast, catchbreak=catchbreak,
                        verbosity=verbosity, buffer=buffer, tb_locals=tb_locals,
                        defaultTest=defaultTest, testRunner=testRunner, testLoader=testLoader)
        for key, value in settings.items():
            setattr(self, key, value)
        # without -W options, the runner shows warnings once per location
        self.warnings = "default" if warnings is None and not sys.warnoptions else warnings
        self.progName = os.path.basename(args[0])
        self.parseArgs(args)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print(USAGE % {"prog": self.progName})
        sys.exit(2)

    def _take_options(self, words):
        """Applies the options in words; returns the other words (test names)."""
        names = []
        pending = list(words)
        pending.reverse()
        while pending:
            w = pending.pop()
            if w in ("-h", "--help"):
                print(USAGE % {"prog": self.progName}, end="")
                sys.exit(0)
            if w in _FLAGS:
                attr, value = _FLAGS[w]
                setattr(self, attr, value)
                continue
            if w in _DISCOVERY:
                if not pending:
                    raise _UsageError(f"argument {w}: expected one argument")
                self._discovery_options[_DISCOVERY[w]] = pending.pop()
                continue
            if w.startswith("-k"):
                pattern = w[2:]
                if not pattern:
                    if not pending:
                        raise _UsageError("argument -k: expected one argument")
                    pattern = pending.pop()
                if "*" not in pattern:
                    pattern = "*" + pattern + "*"
                self.testNamePatterns = (self.testNamePatterns or []) + [pattern]
                continue
            if w.startswith("-") and w != "-":
                raise _UsageError("unrecognized arguments: " + w)
            names.append(w)
        return names

    def parseArgs(self, argv):
        self._discovery_options = {}
        words = list(argv[1:])
        explicit_discover = self.module is None and words[:1] == ["discover"]
        if explicit_discover:
            del words[0]
        try:
            names = self._take_options(words)
        except _UsageError as e:
            print(USAGE.split("\n\n")[0] % {"prog": self.progName}, file=sys.stderr)
            print(f"{self.progName}: error: {e}", file=sys.stderr)
            sys.exit(2)
        if self.module is None and (explicit_discover or not names):
            self._discover(names)
            return
        if names:
            self.testNames = names if self.module is not None else [_as_module_name(n) for n in names]
        elif self.defaultTest is not None:
            wanted = self.defaultTest
            self.testNames = (wanted,) if isinstance(wanted, str) else list(wanted)
        else:
            self.testNames = None
        self.createTests()

    def _discover(self, names):
        where, pattern, top = (list(names) + [".", "test*.py", None][len(names):])[:3]
        given = self._discovery_options
        where, pattern, top = given.get(0, where), given.get(1, pattern), given.get(2, top)
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        self.test = self.testLoader.discover(where, pattern, top)

    def createTests(self, from_discovery=False, Loader=None):
        load = self.testLoader
        if self.testNamePatterns:
            load.testNamePatterns = self.testNamePatterns
        if self.testNames is not None:
            self.test = load.loadTestsFromNames(self.testNames, self.module)
        else:
            self.test = load.loadTestsFromModule(self.module)

    def _make_runner(self):
        chosen = self.testRunner or runner.TextTestRunner
        if not isinstance(chosen, type):
            return chosen
        options = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                       warnings=self.warnings, tb_locals=self.tb_locals)
        for drop in ("tb_locals", None):
            try:
                return chosen(**options)
            except TypeError:
                if drop is None:
                    return chosen()
                options.pop(drop)
        return chosen()

    def runTests(self):
        if self.catchbreak:
            installHandler()
        self.result = self._make_runner().run(self.test)
        if self.exit:
            failed = not self.result.wasSuccessful()
            sys.exit(failed)


main = TestProgram
