# doctest: parser, checker, runner and option API (differential against CPython 3.11)
import doctest
import io
import sys
import unittest

parser = doctest.DocTestParser()
DOC = """
Some text.

    >>> x = 1 + \\
    ...     2
    >>> x
    3
    >>> print('a')   # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    a
    >>> raise ValueError('v')
    Traceback (most recent call last):
      File "x", line 1
    ValueError: v
    multi-line
    >>> # just a comment
    >>> ''
    ''

    >>> print('<blank>')
    <BLANKLINE>

Tail.
"""
for piece in parser.parse(DOC, "docname"):
    if isinstance(piece, doctest.Example):
        print("Example", repr(piece.source), repr(piece.want), repr(piece.exc_msg), piece.lineno, piece.indent,
              sorted(piece.options.items()))
    else:
        print("Text", repr(piece))
t = parser.get_doctest(DOC, {"g": 1}, "docname", "file.txt", 10)
print(t, t.name, t.filename, t.lineno, len(t.examples), t.globs)
print(doctest.DocTest([], {}, "empty", None, None, ""))
print(parser.get_examples(">>> 1\n1\n") == parser.get_examples(">>> 1\n1\n"))
e = doctest.Example("print(1)", "1")
print(repr(e.source), repr(e.want), e.exc_msg, e.lineno, e.indent, e.options)
print(repr(doctest.Example("x", "", "ValueError: y").exc_msg))

for bad in [">>>x\n", "  >>> a\n b\n", ">>> a\n  ... b\n", ">>> a  # doctest: +NOPE\n", ">>> # doctest: +ELLIPSIS\n",
            ">>> a  # doctest: ELLIPSIS\n", "  >>> f(1,\n  ...2)\n"]:
    try:
        parser.get_examples(bad, "bad")
        print("no error", repr(bad))
    except ValueError as err:
        print("ValueError", err)

flags = [doctest.DONT_ACCEPT_TRUE_FOR_1, doctest.DONT_ACCEPT_BLANKLINE, doctest.NORMALIZE_WHITESPACE,
         doctest.ELLIPSIS, doctest.SKIP, doctest.IGNORE_EXCEPTION_DETAIL, doctest.COMPARISON_FLAGS,
         doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF, doctest.REPORT_ONLY_FIRST_FAILURE,
         doctest.FAIL_FAST, doctest.REPORTING_FLAGS]
print(flags, sorted(doctest.OPTIONFLAGS_BY_NAME.items()))
print(doctest.register_optionflag("MY_FLAG"), doctest.register_optionflag("MY_FLAG"))

ck = doctest.OutputChecker()
cases = [("1\n", "True\n", 0), ("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1), ("0\n", "False\n", 0),
         ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", 0), ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", doctest.DONT_ACCEPT_BLANKLINE),
         ("a  b\n c\n", "a b c\n", doctest.NORMALIZE_WHITESPACE), ("a...z\n", "abcz\n", doctest.ELLIPSIS),
         ("a...z\n", "abcz\n", 0), ("...\n", "anything\n", doctest.ELLIPSIS), ("a...b...c\n", "abc\n", doctest.ELLIPSIS),
         ("aa...aa\n", "aaa\n", doctest.ELLIPSIS), ("x\n", "x  \n", 0), ("[1, ..., 5]\n", "[1, 2, 3, 4, 5]\n", doctest.ELLIPSIS)]
for want, got, fl in cases:
    print(repr(want), repr(got), fl, ck.check_output(want, got, fl))

ex = doctest.Example("f()", "line1\nline2\nline3\nline4\n")
got = "line1\nLINE2\nline3\nline4\n\n"
for fl in [0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF]:
    print(ck.output_difference(ex, got, fl), end="")
print(ck.output_difference(doctest.Example("f()", ""), "", 0), end="")
print(ck.output_difference(doctest.Example("f()", "x"), "", 0), end="")
print(ck.output_difference(doctest.Example("f()", ""), "y\n", 0), end="")

# a runner writing to a callback, with a custom reporter
class Quiet(doctest.DocTestRunner):
    def report_success(self, out, test, example, got):
        out("SUCCESS %r\n" % example.source)

buf = io.StringIO()
r = Quiet(verbose=False)
test = parser.get_doctest(">>> 2 + 2\n4\n>>> print('hi')\nho\n>>> 1/0\nTraceback (most recent call last):\nZeroDivisionError: division by zero\n",
                          {}, "T", None, 0)
print(r.run(test, out=buf.write))
print(buf.getvalue())
print(r.tries, r.failures)
print(r.summarize(verbose=True))
print(r.summarize(verbose=False))

# globs are cleared after run unless clear_globs=False
g = {"a": 1}
t2 = parser.get_doctest(">>> b = a + 1\n>>> b\n2\n", g, "G", "g.txt", 0)
doctest.DocTestRunner(verbose=False).run(t2, clear_globs=False)
print(sorted(k for k in t2.globs if k != "__builtins__"), g)
doctest.DocTestRunner(verbose=False).run(t2)
print(t2.globs)

# DebugRunner raises
dr = doctest.DebugRunner(verbose=False)
try:
    dr.run(parser.get_doctest(">>> 1\n2\n", {}, "D", "d.txt", 0))
except doctest.DocTestFailure as f:
    print("DocTestFailure", f.test.name, repr(f.example.want), repr(f.got), str(f))
try:
    dr.run(parser.get_doctest(">>> {}['k']\n", {}, "D2", "d.txt", 0))
except doctest.UnexpectedException as u:
    print("UnexpectedException", u.test.name, u.exc_info[0].__name__, u.exc_info[1])

# script_from_examples
print(doctest.script_from_examples("""
Intro text
    >>> x = 2
    >>> x * 3
    6
    >>> print('a')
    a
    b

Done.
"""))


def documented(a):
    """
    >>> documented(2)
    4
    >>> documented('x')
    'xx'
    >>> documented(1) # doctest: +SKIP
    99
    """
    return a * 2


def broken(a):
    """
    >>> broken(1)
    3
    """
    return a


# run_docstring_examples with a name, verbose
doctest.run_docstring_examples(documented, {"documented": documented}, True, "documented")
doctest.run_docstring_examples(broken, {"broken": broken}, False, "brk")

# unittest integration
mod = type(sys)("dtsuite")
mod.__file__ = "dtsuite.py"
mod.documented = documented
mod.broken = broken
documented.__module__ = broken.__module__ = "dtsuite"
sys.modules["dtsuite"] = mod
suite = doctest.DocTestSuite(mod)
print(suite.countTestCases(), sorted(str(c.id()) for c in suite))
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(res.testsRun, len(res.failures), len(res.errors))
for case, text in res.failures:
    print(case.id(), text.splitlines()[0])
    print("\n".join(l for l in text.splitlines() if not l.startswith("Traceback") and "File" not in l and "raise self" not in l and "^" not in l))
print(doctest.set_unittest_reportflags(doctest.REPORT_NDIFF), doctest.set_unittest_reportflags(0))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as err:
    print("ValueError", err)

# diffs keep trailing whitespace; <BLANKLINE> marks blank actual lines unless DONT_ACCEPT_BLANKLINE
ex2 = doctest.Example("f()", "a\nb  \nc\nd\n")
for fl in [doctest.REPORT_NDIFF, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF]:
    print(repr(ck.output_difference(ex2, "a \nb\n\nc\nd\n", fl | doctest.DONT_ACCEPT_BLANKLINE)))
    print(repr(ck.output_difference(ex2, "a \nb\n\nc\nd\n", fl)))
# non-ASCII output compares with its backslash-escaped form
print(ck.check_output("'f\\xf6\\xf6'\n", "'föö'\n", 0), ck.check_output("'föö'\n", "'f\\xf6\\xf6'\n", 0))
