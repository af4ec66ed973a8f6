"""Stand-in doctest for CPython's test files under tspy (not part of tspy's library): the
doctests of a module are not run (DocTestSuite gives an empty suite)."""
import unittest

ELLIPSIS = 8
NORMALIZE_WHITESPACE = 4


def DocTestSuite(module=None, *args, **kwargs):
    return unittest.TestSuite()


def DocFileSuite(*paths, **kwargs):
    return unittest.TestSuite()


def testmod(*args, **kwargs):
    return (0, 0)
