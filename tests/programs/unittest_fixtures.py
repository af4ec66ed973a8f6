# unittest: setUp/tearDown, class and module fixtures, cleanups, errors in fixtures
import io
import re
import sys
import unittest

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("A.setUpClass")
        cls.addClassCleanup(log.append, "A.classCleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("A.tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_1(self):
        log.append("test_1")

    def test_2(self):
        log.append("test_2")
        self.fail("no")


class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("B.setUpClass")
        raise RuntimeError("class setup broke")

    def test_1(self):
        log.append("B.test_1")


class C(unittest.TestCase):
    def setUp(self):
        raise OSError("setUp broke")

    def test_1(self):
        log.append("C.test_1")

    def tearDown(self):
        log.append("C.tearDown")


class D(unittest.TestCase):
    def test_cleanup_fails(self):
        self.addCleanup(lambda: 1 / 0)
        log.append("D.test")

    def tearDown(self):
        raise ValueError("tearDown broke")

    @classmethod
    def tearDownClass(cls):
        raise KeyError("tdc")


class E(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("skip whole class")

    def test_1(self):
        pass


class F(unittest.TestCase):
    def test_ctx(self):
        class Cm:
            def __enter__(self):
                log.append("enter")
                return 42

            def __exit__(self, *a):
                log.append("exit")
        print(self.enterContext(Cm()))

    def test_return(self):
        return 5


loader = unittest.TestLoader()
suite = loader.loadTestsFromModule(sys.modules[__name__])
buf = io.StringIO()
res = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", buf.getvalue()), end="")
for line in log:
    print(line)
print(res.testsRun, len(res.errors), len(res.failures), len(res.skipped))
print([str(t) for t, _ in res.errors])
print(suite.countTestCases())
