def risky(n):
    if n == 0:
        raise ValueError("zero!")
    return 10 / n
for n in (2, 0):
    try:
        print(risky(n))
    except ValueError as e:
        print("caught", repr(e), e.args)
    else:
        print("no error")
    finally:
        print("finally", n)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [][1]
except IndexError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e), str(e))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    [1, 2, 3].index(7)
except ValueError as e:
    print(e)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except Exception as e:
    print(e, e.code, isinstance(e, MyError))
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    print(repr(e.__context__))
def gen_finally():
    try:
        return "from try"
    finally:
        print("cleanup")
print(gen_finally())
def swallow():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(swallow())
try:
    raise TypeError
except (ValueError, TypeError) as e:
    print("tuple catch", type(e).__name__, repr(e))
e = Exception("a", 1)
print(e, repr(e), e.args, str(Exception()), repr(Exception()))
import sys
try:
    raise ValueError("x")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exception())
print(sys.exc_info())
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
def nested_reraise():
    try:
        raise OSError(2, "No such file or directory", "x.txt")
    except OSError:
        raise
try:
    nested_reraise()
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value)
e = ValueError("note me")
e.add_note("a note")
print(e.__notes__)
