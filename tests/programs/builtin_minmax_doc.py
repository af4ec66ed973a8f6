# functools.update_wrapper / wraps from builtins: name, qualname, the doc's call-form lines
import functools


def wrapper():
    pass


for f in (max, min):
    functools.update_wrapper(wrapper, f)
    print(wrapper.__name__, wrapper.__qualname__, wrapper.__module__, wrapper.__annotations__,
          wrapper.__wrapped__ is f)
    print(wrapper.__doc__.splitlines()[:2])

    @functools.wraps(f)
    def w2():
        pass
    print(w2.__name__, w2.__doc__.startswith(f.__name__ + '('))
