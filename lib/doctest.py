"""Run the interactive examples found in docstrings and text files (tspy).

Behaves as CPython 3.11's doctest for the commonly used API: testmod(), testfile(),
run_docstring_examples(), the Example / DocTest / DocTestParser / DocTestFinder /
DocTestRunner / OutputChecker classes, option flags and ``# doctest:`` directives, the report
formats, DebugRunner, DocTestSuite / DocFileSuite and ``python -m doctest``.
"""

import __future__
import difflib
import inspect
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple
from io import StringIO

try:
    from _doctest import register_source as _register_source
except ImportError:
    _register_source = None

__docformat__ = 'reStructuredText en'

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples',
    'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags',
    'script_from_examples', 'testsource',
]

TestResults = namedtuple('TestResults', 'failed attempted')

# ---------------------------------------------------------------------------------------------
# Option flags: each name gets the next free bit.

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag for `name`, allocating a new bit the first time the name is seen."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]



def _flag_group(*names):
    """Register the names as module constants; returns their union."""
    union = 0
    for flag_name in names:
        bit = register_optionflag(flag_name)
        globals()[flag_name] = bit
        union |= bit
    return union


# How output is compared (bits 0-5), then how failures are reported (bits 6-10).
COMPARISON_FLAGS = _flag_group('DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
                               'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP',
                               'IGNORE_EXCEPTION_DETAIL')
REPORTING_FLAGS = _flag_group('REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
                              'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST')

BLANKLINE_MARKER, ELLIPSIS_MARKER = '<BLANKLINE>', '...'

# ---------------------------------------------------------------------------------------------
# Small helpers


def _extract_future_flags(globs):
    """compile() flags of the __future__ features imported into globs."""
    bits = 0
    for feature_name in __future__.all_feature_names:
        feature = getattr(__future__, feature_name)
        if globs.get(feature_name) is feature:
            bits = bits | feature.compiler_flag
    return bits


def _normalize_module(module, depth=2):
    """A module object from a module, a dotted name, or None (the caller's caller)."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        try:
            caller_globals = sys._getframe(depth).f_globals
        except (AttributeError, ValueError):
            caller_globals = {}
        return sys.modules[caller_globals['__name__']]
    raise TypeError("Expected a module, string, or None")


def _newline_convert(data):
    return data.replace('\r\n', '\n').replace('\r', '\n')


def _load_testfile(filename, package, module_relative, encoding):
    """(text, path) of a test file; module-relative paths go through the package's loader."""
    if module_relative:
        package = _normalize_module(package, 3)
        path = _module_relative_path(package, filename)
        getter = getattr(getattr(package, '__loader__', None), 'get_data', None)
        data = None
        if getter is not None:
            try:
                data = getter(path)
            except OSError:
                pass
        if data is not None:
            return _newline_convert(data.decode(encoding or 'utf-8')), path
    else:
        path = filename
    with open(path, encoding=encoding) as stream:
        text = stream.read()
    return text, path


def _indent(s, indent=4):
    """s with `indent` spaces before every non-empty line."""
    pad = ' ' * indent
    return ''.join(pad + piece if piece not in ('', '\n') else piece
                   for piece in s.splitlines(True))


def _exception_traceback(exc_info):
    """The traceback print_exception() writes for exc_info, as a string."""
    buf = StringIO()
    kind, value, tb = exc_info
    traceback.print_exception(kind, value, tb, file=buf)
    return buf.getvalue()


class _SpoofOut(StringIO):
    """sys.stdout while an example runs: what it printed, always newline-terminated."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and text[-1] != '\n':
            text += '\n'
        return text

    def truncate(self, size=None):
        # Empties the buffer from `size` on and moves the position there.
        StringIO.seek(self, size)
        return StringIO.truncate(self)


def _ellipsis_match(want, got):
    """Does got match want, where '...' in want stands for any text?"""
    if ELLIPSIS_MARKER not in want:
        return got == want
    pieces = want.split(ELLIPSIS_MARKER)
    lo, hi = 0, len(got)
    head, tail = pieces[0], pieces[-1]
    if head:
        if not got.startswith(head):
            return False
        lo = len(head)
    if tail:
        if not got.endswith(tail):
            return False
        hi -= len(tail)
    if lo > hi:
        return False
    for piece in pieces[1:-1]:
        at = got.find(piece, lo, hi)
        if at < 0:
            return False
        lo = at + len(piece)
    return True


def _comment_line(line):
    """line as a Python comment ('#' alone for a blank line)."""
    text = line.rstrip()
    return '# ' + text if text else '#'


def _strip_exception_details(msg):
    """'pkg.mod.Error: text' -> 'Error' (the last dotted part before any colon, first line only)."""
    first = msg.split('\n', 1)[0]
    name = first.split(':', 1)[0]
    return name.rsplit('.', 1)[-1]


# ---------------------------------------------------------------------------------------------
# Examples and tests


class Example:
    """One interactive example: source, expected output (want), expected exception message."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        def terminated(text):
            return text if text.endswith('\n') else text + '\n'
        self.source = terminated(source)
        self.want = terminated(want) if want else want
        self.exc_msg = None if exc_msg is None else terminated(exc_msg)
        self.lineno, self.indent = lineno, indent
        self.options = {} if options is None else options

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __eq__(self, other):
        if type(other) is type(self):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the namespace they run in and where they came from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples, self.docstring = examples, docstring
        self.globs = dict(globs)
        self.name, self.filename, self.lineno = name, filename, lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            what = 'no examples'
        elif count == 1:
            what = '1 example'
        else:
            what = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename,
                                            self.lineno, what)

    def _fields(self):
        return (self.examples, self.docstring, self.globs, self.name, self.filename, self.lineno)

    def __eq__(self, other):
        if type(other) is type(self):
            return self._fields() == other._fields()
        return NotImplemented

    def __hash__(self):
        return hash(self._fields()[1:2] + self._fields()[3:])

    def _order(self):
        return (self.name, self.filename, -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if isinstance(other, DocTest):
            return self._order() < other._order()
        return NotImplemented


# ---------------------------------------------------------------------------------------------
# Parsing


class DocTestParser:
    """Splits a docstring into text and Example objects."""

    # A prompt line, its continuation lines, then the expected output: the following lines
    # that are neither blank nor prompts.
    _EXAMPLE_RE = re.compile(r'''
        (?P<source>
            (?:^(?P<indent>[ ]*)>>>.*)
            (?:\n[ ]*\.\.\..*)*
        )
        \n?
        (?P<want>(?:(?![ ]*$)(?![ ]*>>>).+$\n?)*)
        ''', re.MULTILINE | re.VERBOSE)

    # An expected traceback: its header line, anything, then the line holding the exception.
    _EXCEPTION_RE = re.compile(r'''
        ^(?P<hdr>Traceback\ \((?:most\ recent\ call\ last|innermost\ last)\):)
        \s*$
        (?P<stack>.*?)
        ^(?P<msg>\w+.*)
        ''', re.VERBOSE | re.MULTILINE | re.DOTALL)

    _IS_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$').match
    _OPTION_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
    _INDENT_RE = re.compile(r'^([ ]*)(?=\S)', re.MULTILINE)

    def parse(self, string, name='<string>'):
        """Text pieces and Examples, alternating (text first and last)."""
        string = string.expandtabs()
        margin = self._min_indent(string)
        if margin > 0:
            string = '\n'.join(line[margin:] for line in string.split('\n'))
        pieces = []
        pos = 0
        line_no = 0
        for found in self._EXAMPLE_RE.finditer(string):
            begin, finish = found.span()
            pieces.append(string[pos:begin])
            line_no += string.count('\n', pos, begin)
            source, options, want, exc_msg = self._parse_example(found, name, line_no)
            if not self._IS_BLANK_OR_COMMENT(source):
                pieces.append(Example(source, want, exc_msg, lineno=line_no,
                                      indent=margin + len(found.group('indent')), options=options))
            line_no += string.count('\n', begin, finish)
            pos = finish
        pieces.append(string[pos:])
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def _parse_example(self, m, name, lineno):
        width = len(m.group('indent'))
        src_lines = m.group('source').split('\n')
        self._check_prompt_blank(src_lines, width, name, lineno)
        self._check_prefix(src_lines[1:], ' ' * width + '.', name, lineno)
        source = '\n'.join(line[width + 4:] for line in src_lines)

        want_lines = m.group('want').split('\n')
        if len(want_lines) > 1 and want_lines[-1].strip(' ') == '':
            want_lines.pop()
        self._check_prefix(want_lines, ' ' * width, name, lineno + len(src_lines))
        want = '\n'.join(line[width:] for line in want_lines)

        tb = self._EXCEPTION_RE.match(want)
        exc_msg = tb.group('msg') if tb else None
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for directive in self._OPTION_DIRECTIVE_RE.finditer(source):
            for word in directive.group(1).replace(',', ' ').split():
                flag_name = word[1:]
                if word[0] not in '+-' or flag_name not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, word))
                options[OPTIONFLAGS_BY_NAME[flag_name]] = word[0] == '+'
        if options and self._IS_BLANK_OR_COMMENT(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line '
                             'with no example: %r' % (lineno, name, source))
        return options

    def _min_indent(self, s):
        widths = [len(lead) for lead in self._INDENT_RE.findall(s)]
        return min(widths) if widths else 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for offset, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + offset + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for offset, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + offset + 1, name, line))


# ---------------------------------------------------------------------------------------------
# Finding the docstrings of a module, class or function


class DocTestFinder:

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser, self._verbose = parser, verbose
        self._recurse, self._exclude_empty = recurse, exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of obj and (recursively) of what it contains, sorted."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't "
                                 "exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)

        source_lines = None
        try:
            path = inspect.getsourcefile(obj) or inspect.getfile(obj)
            if module is not None:
                source_lines = linecache.getlines(path, module.__dict__)
            else:
                source_lines = linecache.getlines(path)
            if not source_lines:
                source_lines = None
        except TypeError:
            pass

        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'

        found = []
        self._find(found, obj, name, module, source_lines, globs, {})
        return sorted(found)

    def _from_module(self, module, obj):
        if module is None:
            return True
        owner = inspect.getmodule(obj)
        if owner is not None:
            return module is owner
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if type(obj).__name__ == 'method-wrapper':
            # A bound slot wrapper (object().__str__): it belongs to its class's module.
            owner = getattr(obj, '__objclass__', None) or type(getattr(obj, '__self__', None))
            return module.__name__ == owner.__module__
        if inspect.ismethoddescriptor(obj):
            if hasattr(obj, '__objclass__'):
                home = obj.__objclass__.__module__
            elif hasattr(obj, '__module__'):
                home = obj.__module__
            else:
                return True
            return module.__name__ == home
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        target = obj
        try:
            target = inspect.unwrap(target)
        except ValueError:
            pass
        return inspect.isroutine(target)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1

        made = self._get_test(obj, name, module, globs, source_lines)
        if made is not None:
            tests.append(made)
        if not self._recurse:
            return

        if inspect.ismodule(obj):
            for member_name, member in obj.__dict__.items():
                full = '%s.%s' % (name, member_name)
                if ((self._is_routine(member) or inspect.isclass(member))
                        and self._from_module(module, member)):
                    self._find(tests, member, full, module, source_lines, globs, seen)
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value) or
                        inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r" % (type(value),))
                full = '%s.__test__.%s' % (name, key)
                self._find(tests, value, full, module, source_lines, globs, seen)
        elif inspect.isclass(obj):
            for member_name, member in obj.__dict__.items():
                if isinstance(member, (staticmethod, classmethod)):
                    member = member.__func__
                if ((inspect.isroutine(member) or inspect.isclass(member) or isinstance(member, property))
                        and self._from_module(module, member)):
                    full = '%s.%s' % (name, member_name)
                    self._find(tests, member, full, module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            doc = obj
        else:
            try:
                doc = obj.__doc__
                if doc is None:
                    doc = ''
                elif not isinstance(doc, str):
                    doc = str(doc)
            except (TypeError, AttributeError):
                doc = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not doc:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(doc, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """0-based line of obj's docstring in its source, or None."""
        lineno = None
        doc = getattr(obj, '__doc__', None)

        if inspect.ismodule(obj) and doc is not None:
            lineno = 0

        if inspect.isclass(obj) and doc is not None:
            if source_lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for i, text in enumerate(source_lines):
                if header.match(text):
                    lineno = i
                    break

        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and doc is not None:
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1

        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            opener = re.compile(r'(^|.*:)\s*\w*("|\')')
            for i in range(lineno, len(source_lines)):
                if opener.match(source_lines[i]):
                    return i
        return None


# ---------------------------------------------------------------------------------------------
# Comparing output


class OutputChecker:

    def _to_ascii(self, s):
        return s.encode('ascii', 'backslashreplace').decode('ascii')

    def check_output(self, want, got, optionflags):
        """Does the actual output `got` match the expected `want` under optionflags?"""
        # Both sides are compared with non-ASCII characters as backslash escapes, so an
        # expected '\xf6' (four characters) matches an actual 'ö'.
        want, got = self._to_ascii(want), self._to_ascii(got)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            # Any run of whitespace matches any other.
            want, got = ' '.join(want.split()), ' '.join(got.split())
            if want == got:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(want, got)

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """The 'Expected: ... Got: ...' (or diff) part of a failure report."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)

        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(True)
            got_lines = got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                lines = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                lines = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                lines = list(differ.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            body = ''.join(lines)
            return 'Differences (%s):\n' % kind + _indent(body)

        if want:
            expected = 'Expected:\n' + _indent(want)
        else:
            expected = 'Expected nothing\n'
        if got:
            actual = 'Got:\n' + _indent(got)
        else:
            actual = 'Got nothing\n'
        return expected + actual


# ---------------------------------------------------------------------------------------------
# Running


class DocTestFailure(Exception):
    """An example's output did not match (raised by DebugRunner)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised an exception it did not expect (raised by DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


_PASSED, _FAILED, _CRASHED = 'passed', 'failed', 'crashed'


class DocTestRunner:

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = self.original_optionflags = optionflags
        self.tries = self.failures = 0
        # test name -> (failures, tries), over every run() of this runner
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # -- reporting (overridable) --

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                where = test.lineno + example.lineno + 1
            else:
                where = '?'
            lines.append('File "%s", line %s, in %s' % (test.filename, where, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    # -- running --

    def _example_flags(self, example):
        flags = self.original_optionflags
        for flag, on in example.options.items():
            if on:
                flags |= flag
            else:
                flags &= ~flag
        return flags

    def __run(self, test, compileflags, out):
        failed = tried = 0
        self.original_optionflags = base_flags = self.optionflags
        check = self._checker.check_output
        for index, example in enumerate(test.examples):
            quiet = bool(base_flags & REPORT_ONLY_FIRST_FAILURE) and failed > 0
            self.optionflags = base_flags
            self.original_optionflags = base_flags
            self.optionflags = self._example_flags(example)
            if self.optionflags & SKIP:
                continue
            tried += 1
            if not quiet:
                self.report_start(out, test, example)

            filename = '<doctest %s[%d]>' % (test.name, index)
            caught = None
            if _register_source is not None:
                _register_source(filename, example.source)
            try:
                # (Spelled as CPython's runner does: tracebacks show this line.)
                exec(compile(example.source, filename, "single",
                             compileflags, True), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                caught = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)

            verdict = _FAILED
            if caught is None:
                if check(example.want, got, self.optionflags):
                    verdict = _PASSED
            else:
                shown = traceback.format_exception_only(caught[0], caught[1])
                if issubclass(caught[0], SyntaxError):
                    # Compare from the "Name: message" line on (the source excerpt above it
                    # is not part of what an example expects).
                    qual = caught[0].__qualname__
                    heads = (qual + ':', '%s.%s:' % (caught[0].__module__, qual))
                    for k, text in enumerate(shown):
                        if text.startswith(heads):
                            shown = shown[k:]
                            break
                exc_msg = ''.join(shown)
                if not quiet:
                    got += _exception_traceback(caught)
                if example.exc_msg is None:
                    verdict = _CRASHED
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    verdict = _PASSED
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        verdict = _PASSED

            if verdict is _PASSED:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif verdict is _FAILED:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failed += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, caught)
                failed += 1
            if failed and self.optionflags & FAIL_FAST:
                break

        self.optionflags = base_flags
        self.__record_outcome(test, failed, tried)
        return TestResults(failed, tried)

    def __record_outcome(self, test, failed, tried):
        f0, t0 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f0 + failed, t0 + tried)
        self.failures += failed
        self.tries += tried

    _DOCTEST_SOURCE = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')

    def __patched_linecache_getlines(self, filename, module_globals=None):
        m = self._DOCTEST_SOURCE.match(filename)
        if m and m.group('name') == self.test.name:
            example = self.test.examples[int(m.group('examplenum'))]
            return example.source.splitlines(True)
        return self.save_linecache_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run test's examples, writing reports with out (default: sys.stdout.write)."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        real_stdout = sys.stdout
        if out is None:
            encoding = getattr(real_stdout, 'encoding', None)
            if encoding is None or encoding.lower() == 'utf-8':
                out = real_stdout.write
            else:
                def out(text, _write=real_stdout.write, _enc=encoding):
                    _write(text.encode(_enc, 'backslashreplace').decode(_enc))
        sys.stdout = self._fakeout
        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self.__patched_linecache_getlines
        saved_hook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            linecache.getlines = self.save_linecache_getlines
            sys.displayhook = saved_hook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the totals (per test in verbose mode) and return TestResults(failed, tried)."""
        if verbose is None:
            verbose = self._verbose
        empty, clean, broken = [], [], []
        all_tried = all_failed = 0
        for name, (failed, tried) in self._name2ft.items():
            all_tried += tried
            all_failed += failed
            if tried == 0:
                empty.append(name)
            elif failed == 0:
                clean.append((name, tried))
            else:
                broken.append((name, (failed, tried)))
        if verbose:
            if empty:
                print(len(empty), 'items had no tests:')
                for name in sorted(empty):
                    print('   ', name)
            if clean:
                print(len(clean), 'items passed all tests:')
                for name, tried in sorted(clean):
                    print(' %3d tests in %s' % (tried, name))
        if broken:
            print(self.DIVIDER)
            print(len(broken), 'items had failures:')
            for name, (failed, tried) in sorted(broken):
                print(' %3d of %3d in %s' % (failed, tried, name))
        if verbose:
            print(all_tried, 'tests in', len(self._name2ft), 'items.')
            print(all_tried - all_failed, 'passed and', all_failed, 'failed.')
        if all_failed:
            print('***Test Failed***', all_failed, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(all_failed, all_tried)

    def merge(self, other):
        mine = self._name2ft
        for name, (failed, tried) in other._name2ft.items():
            if name in mine:
                f0, t0 = mine[name]
                failed += f0
                tried += t0
            mine[name] = (failed, tried)


class DebugRunner(DocTestRunner):
    """A runner that raises on the first failure instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------------------------------------
# Entry points

# The runner that accumulates every testmod()/testfile() result of the process.
master = None


def _merge_into_master(runner):
    global master
    if master is not None:
        master.merge(runner)
        return
    master = runner


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module m (default: __main__)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    found = DocTestFinder(exclude_empty=exclude_empty).find(
        m, m.__name__ if name is None else name, globs=globs, extraglobs=extraglobs)
    for one in found:
        runner.run(one)
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None,
             report=True, optionflags=0, extraglobs=None, raise_on_error=False,
             parser=DocTestParser(), encoding=None):
    """Test the examples in a text file."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _load_testfile(filename, package, module_relative, encoding or 'utf-8')
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    runner.run(parser.get_doctest(text, globs, name, filename, 0))
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None, optionflags=0):
    """Run the examples of f's docstring (not recursing into what f contains)."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for one in DocTestFinder(verbose=verbose, recurse=False).find(f, name, globs=globs):
        runner.run(one, compileflags=compileflags)


def _module_relative_path(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % (module,))
    if test_path[:1] == '/':
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*test_path.split('/'))
    if hasattr(module, '__file__'):
        base = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            base = os.path.split(sys.argv[0])[0]
        else:
            base = os.curdir
    else:
        if hasattr(module, '__path__'):
            for directory in module.__path__:
                candidate = os.path.join(directory, test_path)
                if os.path.exists(candidate):
                    return candidate
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                         % module.__name__)
    return os.path.join(base, test_path)


# ---------------------------------------------------------------------------------------------
# unittest integration

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCase uses by default; returns the old value."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    previous = _unittest_reportflags
    _unittest_reportflags = flags
    return previous


class DocTestCase(unittest.TestCase):

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        super().__init__()
        self._dt_test, self._dt_optionflags, self._dt_checker = test, optionflags, checker
        self._dt_setUp, self._dt_tearDown = setUp, tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        if self._dt_tearDown is not None:
            self._dt_tearDown(self._dt_test)
        self._dt_test.globs.clear()

    def runTest(self):
        test = self._dt_test
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        buf = StringIO()
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
        old = sys.stdout
        try:
            runner.DIVIDER = '-' * 70
            failures, tries = runner.run(test, out=buf.write, clear_globs=False)
        finally:
            sys.stdout = old
        if failures:
            raise self.failureException(self.format_failure(buf.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        where = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        short = test.name.split('.')[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, where, short, err))

    def debug(self):
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker, verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        parts = self._dt_test.name.split('.')
        return '%s (%s)' % (parts[-1], '.'.join(parts[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return 'Doctest: ' + self._dt_test.name


class SkipDocTestCase(DocTestCase):

    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest('DocTestSuite will not work with -O2 and above')

    def test_skip(self):
        pass

    def shortDescription(self):
        return 'Skipping tests from %s' % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    # The cases stay in the suite after running, so it can be run again.
    _cleanup = False

    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one DocTestCase per docstring that has examples."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    cases = _DocTestSuite()
    for one in test_finder.find(module, globs=globs, extraglobs=extraglobs):
        if one.examples:
            if not one.filename:
                path = module.__file__
                one.filename = path[:-1] if path.endswith('.pyc') else path
            cases.addTest(DocTestCase(one, **options))
    return cases


class DocFileCase(DocTestCase):

    def id(self):
        return self._dt_test.name.replace('.', '_')

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(),
                encoding=None, **options):
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    doc, path = _load_testfile(path, package, module_relative, encoding or 'utf-8')
    if '__file__' not in globs:
        globs['__file__'] = path
    name = os.path.basename(path)
    return DocFileCase(parser.get_doctest(doc, globs, name, path, 0), **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one DocFileCase per text file."""
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    return _DocTestSuite([DocFileTest(path, **kw) for path in paths])


# ---------------------------------------------------------------------------------------------
# Turning examples into scripts


def script_from_examples(s):
    """Python source: the examples' code, with the text and expected output as comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if type(piece) is not str:
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines.extend('## ' + w for w in piece.want.split('\n')[:-1])
        else:
            lines.extend(_comment_line(t) for t in piece.split('\n')[:-1])
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        lines.pop(0)
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """The script_from_examples() text of the docstring of module's object `name`."""
    module = _normalize_module(module)
    matches = [t for t in DocTestFinder().find(module) if t.name == name]
    if not matches:
        raise ValueError(name, "not found in tests")
    return script_from_examples(matches[0].docstring)


# ---------------------------------------------------------------------------------------------
# python -m doctest [-v] [-o FLAG] [-f] file...


def _test():
    import argparse

    ap = argparse.ArgumentParser(description="doctest runner")
    ap.add_argument('-v', '--verbose', action='store_true', default=False,
                    help='print very verbose output for all tests')
    ap.add_argument('-o', '--option', action='append', choices=OPTIONFLAGS_BY_NAME.keys(), default=[],
                    help=('specify a doctest option flag to apply to the test run; may be '
                          'specified more than once to apply multiple options'))
    ap.add_argument('-f', '--fail-fast', action='store_true',
                    help=('stop running tests after first failure (this is a shorthand for '
                          '-o FAIL_FAST, and is in addition to any other -o options)'))
    ap.add_argument('file', nargs='+', help='file containing the tests to run')
    ns = ap.parse_args()
    flags = 0
    for opt in ns.option:
        flags |= OPTIONFLAGS_BY_NAME[opt]
    if ns.fail_fast:
        flags |= FAIL_FAST
    for path in ns.file:
        if path.endswith('.py'):
            folder, base = os.path.split(path)
            sys.path.insert(0, folder)
            module = __import__(base[:-3])
            del sys.path[0]
            failed, _ = testmod(module, verbose=ns.verbose, optionflags=flags)
        else:
            failed, _ = testfile(path, module_relative=False, verbose=ns.verbose, optionflags=flags)
        if failed:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
