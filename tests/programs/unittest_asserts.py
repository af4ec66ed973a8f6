# unittest: assert* failure messages (CPython's texts, diffs, shortened reprs)
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(f, *args, **kw):
    try:
        f(*args, **kw)
        print("passed")
    except AssertionError as e:
        print("AssertionError:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(t.assertEqual, 1, 2)
show(t.assertEqual, 1, 2, "custom")
show(t.assertEqual, "abc", "abd")
show(t.assertEqual, "a\nb\nc\n", "a\nB\nc\n")
show(t.assertEqual, "x" * 100, "x" * 99 + "y")
show(t.assertEqual, "x" * 50 + "a" * 100, "x" * 50 + "b" * 100)
show(t.assertEqual, [1, 2, 3], [1, 2])
show(t.assertEqual, [1, 2], [1, 2, 3, 4])
show(t.assertEqual, (1, "a"), (1, "b"))
show(t.assertEqual, {"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})
show(t.assertEqual, {1, 2, 3}, {2, 3, 4})
show(t.assertEqual, frozenset([1]), frozenset())
show(t.assertEqual, list(range(100)), list(range(99)) + [1000])
show(t.assertEqual, 1.0, 1)
show(t.assertEqual, [1], (1,))
show(t.assertListEqual, [1], (1,))
show(t.assertTupleEqual, (1,), (2,))
show(t.assertSequenceEqual, [1, 2], (1, 2))
show(t.assertSequenceEqual, [1, 2], (1, 3))
show(t.assertSequenceEqual, 1, [1])
show(t.assertDictEqual, [], {})
show(t.assertMultiLineEqual, 1, "a")
show(t.assertNotEqual, 1, 1)
show(t.assertTrue, 0)
show(t.assertFalse, [1])
show(t.assertTrue, 0, "why")
show(t.assertIs, 1, None)
show(t.assertIsNot, None, None)
show(t.assertIsNone, 5)
show(t.assertIsNotNone, None)
show(t.assertIn, 1, [2, 3])
show(t.assertNotIn, 2, [2, 3])
show(t.assertIsInstance, 1, str)
show(t.assertNotIsInstance, 1, int)
show(t.assertLess, 2, 1)
show(t.assertLessEqual, 2, 1)
show(t.assertGreater, 1, 2)
show(t.assertGreaterEqual, 1, 2)
show(t.assertAlmostEqual, 1.0, 1.1)
show(t.assertAlmostEqual, 1.0, 1.00000001)
show(t.assertAlmostEqual, 1.0, 1.1, places=3)
show(t.assertAlmostEqual, 1.0, 1.5, delta=0.1)
show(t.assertAlmostEqual, 1.0, 1.05, delta=0.1)
show(t.assertAlmostEqual, 1.0, 1.5, places=1, delta=0.1)
show(t.assertNotAlmostEqual, 1.0, 1.0)
show(t.assertNotAlmostEqual, 1.0, 1.2, delta=0.5)
show(t.assertCountEqual, [1, 2, 2], [2, 1, 1])
show(t.assertCountEqual, [[1], [2]], [[2], [1], [1]])
show(t.assertCountEqual, "abc", "cba")
show(t.assertSetEqual, {1}, {2})
show(t.assertSetEqual, {1}, [1])
show(t.assertSetEqual, [1], {1})
show(t.assertRegex, "hello", "x+")
show(t.assertRegex, "hello", "l+")
show(t.assertNotRegex, "hello", "l+")
show(t.fail, "explicit")
show(t.fail)
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
show(t.assertRaises, ValueError, int, "1")
show(t.assertRaises, ValueError, int, "x")
show(t.assertRaises, ValueError, lambda: None)
show(t.assertRaises, 1)
show(t.assertRaises, (ValueError, TypeError), int, None)


def ctx(*a, **kw):
    with t.assertRaises(*a, **kw):
        pass


show(ctx, KeyError)
show(ctx, KeyError, msg="note")
show(ctx, KeyError, foo=1)
show(t.assertRaisesRegex, ValueError, "invalid", int, "x")
show(t.assertRaisesRegex, ValueError, "nope", int, "x")
with t.assertRaisesRegex(KeyError, "k") as cm:
    raise KeyError("k")
print(repr(cm.exception))


def warner():
    warnings.warn("careful now", UserWarning)


show(t.assertWarns, UserWarning, warner)
show(t.assertWarns, DeprecationWarning, warner)
show(t.assertWarnsRegex, UserWarning, "careful", warner)
show(t.assertWarnsRegex, UserWarning, "xyz", warner)
with t.assertWarns(UserWarning) as cm:
    warner()
print(cm.warning, type(cm.warning).__name__)
show(t.assertWarns, 1)
t.maxDiff = None
show(t.assertEqual, list(range(30)), list(range(1, 31)))
t.maxDiff = 10
show(t.assertEqual, [1, 2], [1, 3])
t.longMessage = False
show(t.assertEqual, 1, 2, "only this")
show(t.assertEqual, 1, 2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t.assertEquals(1, 1)
    print(w[0].category.__name__, w[0].message)
