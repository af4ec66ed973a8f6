# exception objects: attributes, chaining, notes, tracebacks objects, with_traceback
import sys
def fail():
    raise ValueError("inner", 42)
try:
    fail()
except ValueError as e:
    err = e
print(err.args, str(err), repr(err), err.__traceback__ is not None, err.__context__, err.__cause__, err.__suppress_context__)
tb = err.__traceback__
frames = []
while tb:
    frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
    tb = tb.tb_next
print(frames)
e2 = err.with_traceback(None); print(e2 is err, err.__traceback__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__.args, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("explicit") from z
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)
try:
    raise RuntimeError("x") from ValueError
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    raise RuntimeError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise int
except TypeError as e:
    print("TypeError:", e)
class E(Exception): pass
try:
    raise E
except E as e:
    print(repr(e), e.args)
e = Exception("a", "b")
e.args = ("c",); print(e, e.args)
e.args = [1, 2]; print(e.args, type(e.args).__name__)
e.add_note("note 1"); e.add_note("note 2"); print(e.__notes__)
print(sys.exc_info())
try:
    raise KeyError("x")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
print(sys.exc_info()[0])
def nested_handlers():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            print("inner", sys.exc_info()[1])
        print("outer", repr(sys.exc_info()[1]))
nested_handlers()
try:
    raise ValueError("x")
except ValueError as e:
    name = e
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
print(repr(name))
b = BaseException(); print(repr(b), str(b), b.args)
class Custom(Exception):
    def __init__(self, code):
        self.code = code
c = Custom(3); print(c.args, str(c), repr(c), c.code)
class WithStr(Exception):
    def __str__(self): return "custom str"
print(str(WithStr(1)), repr(WithStr(1)))
print(isinstance(KeyError(), LookupError), issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError), issubclass(RecursionError, RuntimeError), issubclass(UnicodeDecodeError, ValueError), issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError), issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, BaseException))
print([c.__name__ for c in ArithmeticError.__subclasses__()], [c.__name__ for c in LookupError.__subclasses__() if c.__module__ == "builtins"])
print(FileNotFoundError(2, "nf").errno, PermissionError(13, "denied", "/root").filename, str(FileExistsError(17, "exists", "a", None, "b")))
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e)
try:
    import nonexistent_module_q
except ModuleNotFoundError as e:
    print(e.name, e.path, e.msg, e)
try:
    from sys import nope_nope
except ImportError as e:
    print(e.name, e.msg)
try:
    undefined_var
except NameError as e:
    print(e.name, e.args)
try:
    (1).nope
except AttributeError as e:
    print(e.name, e.obj, e.args)
