# Exception handling patterns: custom hierarchies, retry, cleanup, re-raise with context
class AppError(Exception):
    code = 500
    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")
class NotFound(AppError):
    code = 404
class Forbidden(AppError):
    code = 403
class ValidationError(AppError, ValueError):
    code = 422
def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return f"not found: {e}"
    except (Forbidden, ValidationError) as e:
        return f"client error {e.code}: {e}"
    except AppError as e:
        return f"server error: {e}"
    except Exception as e:
        return f"unexpected {type(e).__name__}: {e}"
for exc in [NotFound("page", detail="/x"), Forbidden("admin"), ValidationError("bad input"), AppError("boom"), KeyError("k")]:
    print(handle(exc))
print(isinstance(ValidationError("x"), ValueError), ValidationError.__mro__[1].__name__)
attempts = []
def flaky(n):
    attempts.append(n)
    if len(attempts) < 3:
        raise ConnectionError(f"attempt {len(attempts)} failed")
    return "success"
def retry(fn, times):
    last = None
    for i in range(times):
        try:
            return fn(i)
        except ConnectionError as e:
            print("retrying after:", e)
            last = e
    raise RuntimeError("all retries failed") from last
print(retry(flaky, 5))
attempts.clear()
try:
    retry(flaky, 2)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
def cleanup_order():
    log = []
    try:
        try:
            log.append("try")
            raise ValueError("inner")
        except ValueError:
            log.append("except")
            raise TypeError("from handler")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append(f"outer caught {e}")
    finally:
        log.append("outer finally")
    return log
print(cleanup_order())
def convert(values):
    out, errors = [], []
    for v in values:
        try:
            out.append(int(v))
        except (ValueError, TypeError) as e:
            errors.append(f"{v!r}: {type(e).__name__}")
        else:
            out[-1] *= 10
    return out, errors
print(convert(["1", "x", None, "3", 4.7, []]))
def nested_handlers():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("bad math") from e
    except ValueError as e:
        chain = []
        while e:
            chain.append(f"{type(e).__name__}({e})")
            e = e.__cause__
        return chain
print(nested_handlers())
def lookup(d, *keys):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, IndexError, TypeError) as e:
        return f"lookup failed at {e!r}"
data = {"a": [{"b": 1}, {"c": [10, 20]}]}
print(lookup(data, "a", 1, "c", 0), lookup(data, "a", 5), lookup(data, "z"), lookup(data, "a", 0, "b", "x"))
errors = []
for i in range(4):
    try:
        if i == 0:
            raise ValueError(i)
        elif i == 1:
            raise TypeError(i)
        elif i == 2:
            continue
        errors.append("no error")
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
    finally:
        errors.append(f"f{i}")
print(errors)
class Transaction:
    def __init__(self):
        self.ops = []
    def __enter__(self):
        self.ops.append("begin")
        return self
    def __exit__(self, et, ev, tb):
        self.ops.append("rollback" if et else "commit")
        return et is KeyError
for exc in [None, KeyError("swallowed"), ValueError("escapes")]:
    t = Transaction()
    try:
        with t:
            if exc:
                raise exc
    except Exception as e:
        t.ops.append(f"escaped {type(e).__name__}")
    print(t.ops)
