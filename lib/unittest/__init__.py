"""unittest for tspy: test cases, suites, loaders and a text runner, with the interface
and report format of Python 3.11's unittest.

    import unittest

    class Arithmetic(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 1, 2)

    if __name__ == "__main__":
        unittest.main()
"""

__all__ = ["TestResult", "TestCase", "IsolatedAsyncioTestCase", "TestSuite",
           "TextTestRunner", "TestLoader", "FunctionTestCase", "main",
           "defaultTestLoader", "SkipTest", "skip", "skipIf", "skipUnless",
           "expectedFailure", "TextTestResult", "installHandler",
           "registerResult", "removeResult", "removeHandler",
           "addModuleCleanup", "getTestCaseNames", "makeSuite", "findTestCases",
           "enterModuleContext"]

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler
from .loader import makeSuite, getTestCaseNames, findTestCases

_TextTestResult = TextTestResult


def __getattr__(name):
    if name == "IsolatedAsyncioTestCase":
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
