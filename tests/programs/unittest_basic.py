# unittest: TextTestRunner report (dots and verbose), failures, errors, skips, subtests
import io
import re
import unittest


def run(suite, **kw):
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, **kw).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", buf.getvalue()), end="")
    print(result, result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))


class Mixed(unittest.TestCase):
    def test_a(self):
        """Doc line.

        more"""
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_b(self):
        raise ValueError("boom")

    @unittest.skip("why")
    def test_c(self):
        pass

    @unittest.expectedFailure
    def test_d(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_e(self):
        pass

    def test_f(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)

    def test_g(self):
        pass

    def test_h(self):
        with self.subTest("msg", a=1):
            with self.subTest(b=2):
                raise KeyError("k")

    def test_i(self):
        self.skipTest("not now")

    @unittest.skipIf(True, "cond")
    def test_j(self):
        pass

    @unittest.skipUnless(True, "never")
    def test_k(self):
        self.assertIn(3, [1, 2], "extra")


class AllGood(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1, 1)

    def test_two(self):
        self.assertTrue(True)


@unittest.skip("class skipped")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


loader = unittest.TestLoader()
run(loader.loadTestsFromTestCase(Mixed))
run(loader.loadTestsFromTestCase(Mixed), verbosity=2)
run(loader.loadTestsFromTestCase(AllGood))
run(loader.loadTestsFromTestCase(AllGood), verbosity=2)
run(loader.loadTestsFromTestCase(Skipped), verbosity=2)
run(unittest.TestSuite())
run(loader.loadTestsFromTestCase(Mixed), verbosity=0)
run(loader.loadTestsFromTestCase(Mixed), failfast=True)
print(Mixed("test_a"), repr(Mixed("test_a")), Mixed("test_a").id(), Mixed("test_a").shortDescription())
print(Mixed("test_b").shortDescription(), Mixed("test_a") == Mixed("test_a"), Mixed("test_a").countTestCases())
try:
    Mixed("nope")
except ValueError as e:
    print(e)
print(loader.getTestCaseNames(Mixed))
print(loader.loadTestsFromTestCase(AllGood))
