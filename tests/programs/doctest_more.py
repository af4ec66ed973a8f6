# doctest: syntax errors, option combinations, nested classes, __test__ functions, testfile relative paths
import doctest
import io
import os
import sys
import tempfile

MODULE = r'''
"""
>>> def f(:
...     pass
Traceback (most recent call last):
SyntaxError: invalid syntax
>>> 1 +
Traceback (most recent call last):
  ...
SyntaxError: invalid syntax
>>> x = 1 +
Traceback (most recent call last):
SyntaxError: wrong message
>>> print("naïve café ✓")
naïve café ✓
>>> print('a   b\nc')  # doctest: +NORMALIZE_WHITESPACE +ELLIPSIS
a ... c
>>> print(list(range(30)))  # doctest: +ELLIPSIS,+NORMALIZE_WHITESPACE
[0,   1, ...,
 29]
>>> 3  # doctest: -ELLIPSIS
3
"""


class Outer:
    """
    >>> Outer.Inner.value
    5
    """

    class Inner:
        """
        >>> Outer.Inner().twice()
        10
        """
        value = 5

        def twice(self):
            """
            >>> Outer.Inner().twice() == 10
            True
            """
            return self.value * 2

    @classmethod
    def make(cls):
        """
        >>> isinstance(Outer.make(), Outer)
        True
        """
        return cls()


def helper():
    """
    >>> helper()
    'help'
    """
    return 'help'


def zz_last():
    """
    >>> zz_last()
    Traceback (most recent call last):
    ValueError: nope
    """
    raise ValueError('nope')


def aa_first():
    """
    >>> aa_first()
    1
    >>> aa_first() + 1
    3
    >>> aa_first() + 2
    4
    """
    return 1


__test__ = {"helper_again": helper, "text": """
>>> 6 * 7
42
>>> from __future__ import annotations
>>> def g(x: Undefined) -> None: pass
>>> g.__annotations__
{'x': 'Undefined', 'return': 'None'}
"""}
'''

tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, "dtmore.py"), "w", encoding="utf-8") as f:
    f.write(MODULE)
sub = os.path.join(tmp, "docs")
os.mkdir(sub)
with open(os.path.join(sub, "guide.txt"), "w") as f:
    f.write("Guide\n=====\n\n    >>> [n * n for n in range(4)]\n    [0, 1, 4, 9]\n    >>> __name__\n    '__main__'\n"
            "    >>> extra\n    'given'\n")
sys.path.insert(0, tmp)
import dtmore


def captured(fn, *args, **kw):
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        result = fn(*args, **kw)
    finally:
        sys.stdout = old
    lines = buf.getvalue().replace(tmp, "<tmp>").split("\n")
    # drop doctest's own traceback frame (its path, line and source are not portable)
    out, frame_indent = [], None
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if frame_indent is not None and indent > frame_indent:
            continue
        frame_indent = None
        if 'doctest.py"' in line:
            frame_indent = indent
            continue
        out.append(line)
    print("\n".join(out))
    print("->", result)


captured(doctest.testmod, dtmore, verbose=True)
captured(doctest.testmod, dtmore, optionflags=doctest.IGNORE_EXCEPTION_DETAIL | doctest.REPORT_NDIFF)
captured(doctest.testmod, dtmore, optionflags=doctest.REPORT_UDIFF)
print([t.name for t in doctest.DocTestFinder().find(dtmore)])
print([(t.name, t.lineno) for t in doctest.DocTestFinder(exclude_empty=False).find(dtmore)])
captured(doctest.testfile, os.path.join(sub, "guide.txt"), module_relative=False, extraglobs={"extra": "given"})
captured(doctest.testfile, os.path.join(sub, "guide.txt"), module_relative=False, globs={"extra": "g", "__name__": "x"},
         verbose=True, name="renamed")
print(doctest.testfile(os.path.join(sub, "guide.txt"), module_relative=False, report=False, extraglobs={"extra": "given"}))
try:
    doctest.testfile("/abs/path.txt", package="x", module_relative=False)
except ValueError as e:
    print("ValueError", e)
try:
    doctest.testfile("/abs/path.txt", package=sys.modules[__name__])
except ValueError as e:
    print("ValueError", e)
try:
    doctest.testmod("not a module")
except TypeError as e:
    print("TypeError", e)
