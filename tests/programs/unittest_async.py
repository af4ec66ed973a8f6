# unittest: IsolatedAsyncioTestCase with coroutine tests and fixtures (nothing suspends)
import io
import re
import unittest

events = []


class A(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        events.append("asyncSetUp")

    def setUp(self):
        events.append("setUp")

    async def test_ok(self):
        async def inner(x):
            return x * 2
        self.assertEqual(await inner(21), 42)
        self.addAsyncCleanup(self.cleanup, "c1")

    async def test_fail(self):
        self.assertEqual(1, 2)

    async def cleanup(self, tag):
        events.append("cleanup " + tag)

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")


res = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(A).run(res)
# (tracebacks through the async machinery are implementation details: last lines only)
print(res.testsRun, res.wasSuccessful(), [(str(t), e.strip().splitlines()[-1]) for t, e in res.failures])
print(events)
