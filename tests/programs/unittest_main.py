# unittest: unittest.main() with argv (-v, -k, -q, names), exit=False, load_tests
import io
import re
import unittest


class Alpha(unittest.TestCase):
    def test_apple(self):
        pass

    def test_apricot(self):
        self.assertEqual("a", "b")

    def test_banana(self):
        pass


class Beta(unittest.TestCase):
    def test_berry(self):
        pass

    def helper(self):
        pass


def go(argv, **kw):
    buf = io.StringIO()
    prog = unittest.main(argv=["prog"] + argv, exit=False,
                         testRunner=unittest.TextTestRunner(stream=buf, verbosity=kw.pop("verbosity", 1)), **kw)
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", buf.getvalue()), end="")
    print("->", prog.result.wasSuccessful(), prog.result.testsRun)


go([])
go(["-k", "ap"])
go(["-k", "*berry"])
go(["Beta"])
go(["Alpha.test_banana", "Beta.test_berry"])
go(["-k", "an", "-k", "rr"])
go([], defaultTest="Beta")
try:
    go(["Nope"])
except Exception as e:
    print(type(e).__name__)
try:
    unittest.main(argv=["prog"], exit=True, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("exit", e.code)
try:
    unittest.main(argv=["prog", "Beta"], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("exit", e.code)
s = unittest.TestSuite([Alpha("test_apple"), unittest.TestSuite([Beta("test_berry")])])
print(s.countTestCases(), list(s)[0])
try:
    s.addTest(Alpha)
except TypeError as e:
    print(e)
try:
    s.addTests("abc")
except TypeError as e:
    print(e)
try:
    s.addTest(5)
except TypeError as e:
    print(e)
r = unittest.TestResult()
s.run(r)
print(r, r.wasSuccessful())
f = unittest.FunctionTestCase(lambda: None, description="a function")
print(f.shortDescription())
r2 = unittest.TestResult()
f.run(r2)
print(r2.testsRun, r2.wasSuccessful())
