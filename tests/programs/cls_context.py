# Context managers
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with (CM("p1") as p1,
      CM("p2") as p2):
    print(p1, p2)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
# exit raising replaces the exception
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
# enter raising: exit not called
class EnterRaises:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never")
try:
    with EnterRaises():
        print("never")
except OSError as e:
    print(type(e).__name__, e)
# missing protocol
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        pass
for obj in [NoEnter(), NoExit(), 5]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
# nested with and exception in exit of outer
class Tracker:
    log = []
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        Tracker.log.append(f"in{self.n}")
        return self
    def __exit__(self, et, ev, tb):
        Tracker.log.append(f"out{self.n}:{et.__name__ if et else ''}")
        return self.n == 1
with Tracker(1):
    with Tracker(2):
        with Tracker(3):
            1 / 0
print(Tracker.log)
# truthiness of __exit__ result
class ExitTruthy:
    def __enter__(self): pass
    def __exit__(self, *a):
        return "yes"
with ExitTruthy():
    raise Exception("swallowed")
print("truthy exit suppresses")
# generator-based context manager by hand
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(ev)
            except StopIteration:
                return True
            except BaseException as e:
                if e is ev:
                    return False
                raise
def managed(tag):
    print("setup", tag)
    try:
        yield tag * 2
    except ZeroDivisionError:
        print("handled inside gen")
    finally:
        print("teardown", tag)
with GenCM(managed("x")) as v:
    print("using", v)
with GenCM(managed("y")) as v:
    1 / 0
print("done")
# with on an object whose __enter__ is an instance attribute (ignored: looked up on type)
class InstEnter:
    pass
ie = InstEnter()
ie.__enter__ = lambda: 1
ie.__exit__ = lambda *a: None
try:
    with ie:
        pass
except TypeError as e:
    print(type(e).__name__, e)
# __exit__ receives the traceback
class TB:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(type(tb).__name__, tb.tb_lineno > 0, ev.__traceback__ is tb)
        return True
with TB():
    raise ValueError
