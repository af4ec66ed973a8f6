def show(e):
    out = []
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        out.append(f"{type(e).__name__}({e})" + ("[cause]" if e.__cause__ else "") + ("[suppress]" if e.__suppress_context__ else ""))
        e = e.__cause__ or e.__context__
    return " <- ".join(out)
def t(f):
    try:
        f()
    except BaseException as e:
        print(show(e))
def a():
    try:
        raise ValueError(1)
    except ValueError as e:
        raise e
t(a)
def b():
    try:
        raise ValueError(1)
    finally:
        raise KeyError(2)
t(b)
def c():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            raise KeyError(3)
t(c)
def d():
    e1 = ValueError("outer")
    try:
        raise e1
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError as k:
            raise e1
t(d)
def e():
    class CM:
        def __enter__(self): pass
        def __exit__(self, *a):
            raise RuntimeError("exit")
    with CM():
        raise ValueError("body")
t(e)
def f():
    def gen():
        try:
            yield
        except ValueError:
            raise KeyError("in gen")
    g = gen()
    next(g)
    try:
        raise TypeError("before throw")
    except TypeError:
        g.throw(ValueError("thrown"))
t(f)
def g():
    try:
        raise ValueError("v")
    except ValueError as err:
        raise TypeError("t") from None
t(g)
def h():
    try:
        try:
            raise ValueError("first")
        except ValueError as err:
            raise
    except ValueError:
        raise KeyError("second")
t(h)
def i():
    err = None
    try:
        raise ValueError("saved")
    except ValueError as e:
        err = e
    raise KeyError("later") from err
t(i)
def j():
    for _ in range(2):
        try:
            raise ValueError("loop")
        except ValueError:
            pass
    raise KeyError("after loop")
t(j)
def k():
    try:
        raise ValueError("x")
    except ValueError:
        def inner():
            raise KeyError("in nested call")
        inner()
t(k)
def l():
    try:
        1/0
    except ZeroDivisionError as e:
        e.__context__ = None
        raise
t(l)
def m():
    try:
        raise ValueError("a")
    except ValueError as ex:
        ex2 = TypeError("b")
        ex2.__context__ = KeyError("manual")
        raise ex2
t(m)
