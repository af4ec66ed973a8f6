def f1():
    try:
        return "try"
    finally:
        print("finally runs")

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return i

def f4():
    try:
        raise ValueError("boom")
    finally:
        return "swallowed"

def f5():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", repr(e))
    else:
        print("no else")
    finally:
        print("outer finally")

def f6():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else branch")
        return "from else"
    finally:
        print("finally after else")

def f7(n):
    result = []
    while n:
        try:
            n -= 1
            if n == 2:
                continue
            result.append(n)
        finally:
            result.append("f")
    return result

def f8():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("x set to", x)

def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise ValueError("second")
        except ValueError as e:
            print("inner", e, type(e.__context__).__name__)
        print("still handling")
    return "done"

def f10():
    try:
        raise TypeError("a")
    except TypeError as e:
        err = e
    try:
        e
    except NameError as ne:
        print("NameError:", ne)
    return err

for f in (f1, f2, f3, f4, f5, f6, f8, f9, f10):
    print(f.__name__, "->", repr(f()))
print(f7(4))

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

for v in gen():
    print("got", v)
    break
g = gen()
next(g)
del g
print("after del")

def nested_finally():
    try:
        try:
            return 1
        finally:
            print("a")
    finally:
        print("b")
print(nested_finally())

def exc_in_finally():
    try:
        raise ValueError("orig")
    finally:
        raise RuntimeError("from finally")
try:
    exc_in_finally()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())

def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("fin")
print(return_in_except())

import sys
def exc_info_state():
    try:
        raise KeyError("x")
    except KeyError:
        print(sys.exc_info()[0].__name__)
        try:
            raise ValueError
        except ValueError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
exc_info_state()
