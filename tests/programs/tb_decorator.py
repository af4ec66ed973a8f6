import functools
def logged(fn):
    @functools.wraps(fn)
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
