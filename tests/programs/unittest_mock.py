# unittest.mock: Mock / MagicMock calls and checks, side_effect, patch
import os
import unittest
from unittest import mock
from unittest.mock import Mock, MagicMock, call, patch, sentinel, ANY

m = Mock()
m(1, 2, a=3)
m.method("x")
m.method.inner(5)
print(m.called, m.call_count, m.call_args, m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.call_args.args, m.call_args.kwargs, m.call_args == call(1, 2, a=3))
m.assert_called_once_with(1, 2, a=3)
m.method.assert_called_with("x")
for check in (lambda: m.assert_called_with(9), lambda: m.assert_not_called(),
              lambda: m.method.assert_called_once_with("y"), lambda: Mock().assert_called()):
    try:
        check()
    except AssertionError as e:
        print("AssertionError:", e)
m.return_value = 42
print(m(), m.method.return_value is m.method.return_value)
m.side_effect = [1, 2, KeyError("k")]
print(m(), m())
try:
    m()
except KeyError as e:
    print("KeyError", e)
m.side_effect = lambda x: x * 2
print(m(21))
m.side_effect = ValueError
try:
    m()
except ValueError:
    print("ValueError raised")
m.reset_mock()
print(m.call_count, m.called)
mm = MagicMock()
mm.__len__.return_value = 3
print(len(mm), list(mm), 5 in mm, bool(mm))
mm.__getitem__.return_value = "item"
print(mm[0], mm["k"])
with mm as ctx:
    print(ctx is mm.__enter__.return_value)
print(sentinel.foo is sentinel.foo, sentinel.foo, ANY == 5, call(1, ANY) == call(1, "x"))
c = Mock(name="c", **{"a.b.return_value": 7, "x": 1})
print(c.a.b(), c.x)
w = Mock(wraps=lambda v: v + 1)
print(w(1), w.call_count)


class T(unittest.TestCase):
    @patch("os.getcwd")
    def test_patched(self, getcwd):
        getcwd.return_value = "/nowhere"
        self.assertEqual(os.getcwd(), "/nowhere")

    def test_context(self):
        with patch.object(os, "sep", "!"):
            self.assertEqual(os.sep, "!")
        self.assertEqual(os.sep, "/")

    def test_dict(self):
        d = {"a": 1}
        with patch.dict(d, {"b": 2}):
            self.assertEqual(d, {"a": 1, "b": 2})
        self.assertEqual(d, {"a": 1})

    @patch("os.path.exists", return_value=True)
    def test_kwargs(self, exists):
        self.assertTrue(os.path.exists("/no/such"))
        exists.assert_called_once_with("/no/such")

    def test_new(self):
        with patch("os.getpid", new=lambda: 12345):
            self.assertEqual(os.getpid(), 12345)


r = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(T).run(r)
print(r.testsRun, r.wasSuccessful(), [str(e[1]).splitlines()[-1] for e in r.errors + r.failures])
print(os.getcwd() != "/nowhere")
