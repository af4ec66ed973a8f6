def wraps(fn):
    def deco(w):
        w.__name__ = fn.__name__
        w.__qualname__ = fn.__qualname__
        w.__wrapped__ = fn
        return w
    return deco
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@logged
def divide(a, b):
    return a / b
print(divide(6, 3))
print(divide.__name__, divide.__wrapped__.__name__)
divide(1, b=0)
