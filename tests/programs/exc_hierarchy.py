# Builtin exception classes: hierarchy, args, str/repr, attributes
import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    c = getattr(builtins, n)
    print(n, [b.__name__ for b in c.__mro__[1:]])
print(len(names))
print(EnvironmentError is OSError, IOError is OSError)
# args / str / repr
for args in [(), ("one",), ("a", 2), (None,), ([1, 2],)]:
    e = Exception(*args)
    print(repr(e), str(e), e.args)
print(repr(ValueError("x")), repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(KeyError(1)))
print(str(IndexError("i")), repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(repr(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(repr(BaseException()), str(BaseException()), repr(Exception("a",)), repr(Exception(("a",))))
e = Exception("a")
e.args = ("b", "c")
print(e, repr(e))
e.args = [1]
print(e.args)
# attributes
ae = AttributeError("msg", name="attr", obj=5)
print(ae.name, ae.obj, ae.args)
ne = NameError("msg", name="nm")
print(ne.name)
ie = ImportError("cannot", name="mod", path="/p")
print(ie.msg, ie.name, ie.path, repr(ie), str(ie))
try:
    ImportError("x", bogus=1)
except TypeError as err:
    print(type(err).__name__, err)
mnf = ModuleNotFoundError("No module named 'zz'", name="zz")
print(mnf.name, isinstance(mnf, ImportError))
se = SyntaxError("bad", ("f.py", 1, 2, "text\n", 1, 3))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, str(se))
print(str(SyntaxError("only msg")), SyntaxError().msg, str(SyntaxError("m", ("f", None, None, None))))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
ue = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
ue2 = UnicodeEncodeError("ascii", "h\xe9", 1, 2, "ordinal not in range(128)")
print(str(ue2), ue2.object)
ut = UnicodeTranslateError("abc", 0, 1, "no")
print(str(ut))
print(str(UnicodeDecodeError("utf-8", b"ab", 0, 2, "r")))
# OSError and errno mapping
for errno_, msg in [(2, "No such file or directory"), (13, "Permission denied"), (17, "File exists"), (21, "Is a directory"), (20, "Not a directory"), (11, "again"), (4, "interrupted"), (32, "pipe"), (111, "refused"), (104, "reset"), (110, "timeout"), (3, "no process"), (10, "child"), (103, "aborted"), (99, "other")]:
    e = OSError(errno_, msg)
    print(errno_, type(e).__name__, e.errno, e.strerror, str(e), e.args)
e = OSError(2, "No such file", "/tmp/x")
print(type(e).__name__, str(e), e.filename, e.filename2, repr(e))
e = OSError(2, "No such file", "/a", None, "/b")
print(str(e), e.filename2)
print(str(OSError("just message")), OSError("m").errno, str(OSError()), str(OSError(1, 2, 3, 4, 5, 6)))
print(repr(FileNotFoundError(2, "x")), FileNotFoundError("plain").errno)
e = PermissionError(13, "denied", "f")
print(e.errno, e.strerror, e.filename, str(e))
print(issubclass(FileNotFoundError, OSError), issubclass(ConnectionRefusedError, ConnectionError), issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
bi = BlockingIOError(11, "blocked", 5)
print(bi.characters_written)
# exception with custom __init__ and __str__
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"[{code}] {detail}")
        self.code = code
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
print(repr(AppError(404, "missing")), str(AppError(1, "d")), AppError(1, "d").code)
print(repr(NoSuper(5)), str(NoSuper(5)), NoSuper(5).args)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("ignored")), repr(WithStr("ignored")))
# exception instances: __dict__, attributes
e = ValueError("v")
e.extra = 42
print(e.extra, e.__dict__, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    e.__traceback__ = 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__cause__ = 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise int
except TypeError as err:
    print(type(err).__name__, err)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise ValueError from 5
except TypeError as err:
    print(type(err).__name__, err)
# with_traceback
try:
    raise ValueError("tb")
except ValueError as err:
    tb = err.__traceback__
    e2 = RuntimeError("other").with_traceback(tb)
    print(e2.__traceback__ is tb, type(tb).__name__, tb.tb_lineno, tb.tb_next)
# exception catching by tuple / base class
for exc in [KeyError("k"), IndexError(1), ZeroDivisionError("z"), OverflowError("o"), FileNotFoundError("f")]:
    try:
        raise exc
    except LookupError as err:
        print("LookupError caught", type(err).__name__)
    except (ArithmeticError, OSError) as err:
        print("tuple caught", type(err).__name__)
# except with non-exception class
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print("caught first in tuple")
except TypeError as err:
    print(type(err).__name__, err)
# ExceptionGroup basics
eg = ExceptionGroup("group", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg).__name__)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("e", [KeyboardInterrupt()])
except TypeError as err:
    print(type(err).__name__, err)
try:
    ExceptionGroup("e", [])
except ValueError as err:
    print(type(err).__name__, err)
try:
    ExceptionGroup("e", [1])
except ValueError as err:
    print(type(err).__name__, err)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as err:
    print(type(err).__name__, err)
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.subgroup(OSError))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(repr(nested.split(ValueError)))
print(repr(nested.derive([KeyError()])))
