def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError(kind)
        if kind == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append(f"except {e}")
        if kind == "raise":
            return log + ["from except"]
    else:
        log.append("else")
    finally:
        log.append("finally")
        print(kind, log)
    return log
for k in ["ok", "raise", "return"]:
    print(run(k))
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def finally_swallows():
    for _ in range(1):
        try:
            raise KeyError("lost")
        finally:
            break
    return "swallowed"
print(finally_swallows())
def nested():
    try:
        try:
            raise TypeError("inner")
        except TypeError:
            raise ValueError("middle")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e, "context:", repr(e.__context__))
nested()
def reraise():
    try:
        raise IndexError("orig")
    except IndexError:
        try:
            raise
        except IndexError as e:
            return f"re-raised {e}"
print(reraise())
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return "err" in dir()
print(exc_var_cleared())
try:
    try:
        1 / 0
    except (TypeError, ZeroDivisionError) as e:
        print("tuple catch", type(e).__name__)
        raise
except ArithmeticError as e:
    print("base catch", type(e).__name__)
try:
    try:
        raise KeyError(1)
    except Exception:
        raise TypeError(2) from None
except TypeError as t:
    print(t.__cause__, t.__suppress_context__, type(t.__context__).__name__)
class CtxErr(Exception):
    pass
def gen():
    try:
        yield 1
    finally:
        print("gen cleanup")
for v in gen():
    try:
        raise CtxErr("in loop")
    except CtxErr as e:
        print("caught", e)
