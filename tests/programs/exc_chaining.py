# Exception chaining, context, notes, finally semantics
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def g():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
try:
    g()
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def h():
    try:
        [][1]
    except IndexError:
        raise TypeError("suppressed") from None
try:
    h()
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
# explicit context assignment
e1 = ValueError("one")
e2 = KeyError("two")
e2.__context__ = e1
print(repr(e2.__context__))
e2.__cause__ = e1
print(e2.__suppress_context__)
# context chain cycle avoidance
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise KeyError("B")
        except KeyError as b:
            raise a
except ValueError as final:
    print(repr(final), repr(final.__context__), repr(final.__context__.__context__) if final.__context__ else None)
# bare raise
def reraiser():
    try:
        raise LookupError("orig")
    except LookupError:
        raise
try:
    reraiser()
except LookupError as e:
    print("re-raised", repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
# raise in finally replaces
def fin():
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("finally wins")
try:
    fin()
except KeyError as e:
    print(repr(e), repr(e.__context__))
# return in finally swallows
def swallow():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally return"
print(swallow())
def ret_order():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_order())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
# else clause
def with_else(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return "div0"
    else:
        return f"ok {r}"
    finally:
        print("cleanup", x)
print(with_else(2), with_else(0))
# nested handlers and sys.exc_info
import sys
try:
    raise ValueError("outer")
except ValueError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
    try:
        raise TypeError("inner")
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
# exception variable is deleted after except
try:
    raise ValueError
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)
# __notes__
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as te:
    print(type(te).__name__, te)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as te:
    print(type(te).__name__, te)
# exception in except block with context chain printed values
def deep():
    try:
        raise OSError(2, "missing")
    except OSError as first:
        try:
            raise ValueError("second")
        except ValueError as second:
            raise RuntimeError("third") from second
try:
    deep()
except RuntimeError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(type(x).__name__)
        x = x.__cause__ or x.__context__
    print(chain)
# exceptions as control flow in loops
def find(items, target):
    try:
        return items.index(target)
    except ValueError:
        return -1
print(find([1, 2, 3], 2), find([1, 2, 3], 9))
# catching BaseException subclasses
for exc in [SystemExit(0), KeyboardInterrupt(), GeneratorExit()]:
    try:
        raise exc
    except Exception:
        print("not here")
    except BaseException as b:
        print("BaseException caught", type(b).__name__)
# exception objects survive after handler
saved = None
try:
    raise ValueError("saved")
except ValueError as e:
    saved = e
print(repr(saved), saved.__traceback__ is not None)
# exception raised in generator during iteration with context
def gen():
    try:
        yield 1
        raise ValueError("in gen")
    except ValueError:
        raise KeyError("from gen handler")
try:
    list(gen())
except KeyError as e:
    print(repr(e), repr(e.__context__))
# assert
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(repr(e))
