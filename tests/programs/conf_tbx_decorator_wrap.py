import functools
def logged(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        print("calling", f.__name__)
        return f(*a, **k)
    return wrapper
@logged
def divide(a, b):
    return a // b
divide(4, 2)
divide(1, 0)
