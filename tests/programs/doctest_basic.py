# doctest: testmod/testfile/run_docstring_examples reports (differential against CPython 3.11)
import doctest
import io
import os
import sys
import tempfile

MODULE = r'''"""Module docstring.

>>> 1 + 1
2
>>> x = 5
>>> x * 2
10
"""

def square(n):
    """Square a number.

    >>> square(3)
    9
    >>> square(-2)
    4
    >>> [square(i) for i in range(4)]   # doctest: +NORMALIZE_WHITESPACE
    [0,  1,
     4,  9]
    """
    return n * n


def wrong(n):
    """A failing example.

    >>> wrong(2)
    5
    >>> print("a\\nb")
    a
    c
    >>> wrong(1)
    """
    return n + 2


def noisy():
    """Output checks.

    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("x\\n\\ny")
    x
    <BLANKLINE>
    y
    >>> True
    1
    >>> raise ValueError("bad value")
    Traceback (most recent call last):
      ...
    ValueError: bad value
    >>> raise KeyError("k")
    Traceback (most recent call last):
    KeyError: 'other'
    >>> import collections; raise collections.abc.Hashable.__class__("zz")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    abc.ABCMeta: yy
    >>> int("z")   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    >>> print("skipped")  # doctest: +SKIP
    nothing
    >>> for i in range(3):
    ...     i
    0
    1
    2
    >>> 1/0
    5
    """


class Thing:
    """A class.

    >>> Thing().value()
    42
    """

    def value(self):
        """>>> Thing().value() + 1
        43
        """
        return 42

    @staticmethod
    def st():
        """
        >>> Thing.st()
        'static'
        """
        return 'static'

    @property
    def prop(self):
        """
        >>> Thing().prop
        'p'
        """
        return 'p'


def empty():
    pass

__test__ = {"extra": """
>>> square(5)
25
"""}
'''

TEXT = '''A text file.

    >>> from math import sqrt
    >>> sqrt(16)
    4.0
    >>> print("hello")
    hallo

End.
'''

tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, "dtmod.py"), "w") as f:
    f.write(MODULE)
with open(os.path.join(tmp, "dtfile.txt"), "w") as f:
    f.write(TEXT)
sys.path.insert(0, tmp)
import dtmod


def captured(fn, *args, **kw):
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        result = fn(*args, **kw)
    finally:
        sys.stdout = old
    text = buf.getvalue().replace(tmp, "<tmp>")
    # drop the traceback frame of doctest's own runner (its path and line are not portable)
    lines = text.split("\n")
    out = []
    skip = 0
    for line in lines:
        if skip:
            skip -= 1
            if line.strip().startswith(("exec(", "^", "~")):
                continue
        if 'doctest.py"' in line:
            skip = 3
            continue
        out.append(line)
    print("\n".join(out))
    print("->", result)


captured(doctest.testmod, dtmod)
captured(doctest.testmod, dtmod, verbose=True)
captured(doctest.testmod, dtmod, verbose=False, report=False)
captured(doctest.testmod, dtmod, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
captured(doctest.testmod, dtmod, optionflags=doctest.FAIL_FAST)
captured(doctest.testmod, dtmod, exclude_empty=True, verbose=True)
captured(doctest.testfile, os.path.join(tmp, "dtfile.txt"), module_relative=False)
captured(doctest.testfile, os.path.join(tmp, "dtfile.txt"), module_relative=False, verbose=True)
captured(doctest.run_docstring_examples, dtmod.wrong, {"wrong": dtmod.wrong})
captured(doctest.run_docstring_examples, dtmod.square, {"square": dtmod.square}, verbose=True, name="sq")

finder = doctest.DocTestFinder()
tests = finder.find(dtmod)
for t in tests:
    print(t.name, t.lineno, len(t.examples), repr(t).replace(tmp, "<tmp>"))
print([t.name for t in doctest.DocTestFinder(exclude_empty=False).find(dtmod)])
print([t.name for t in doctest.DocTestFinder(recurse=False).find(dtmod)])
