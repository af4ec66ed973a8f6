# staticmethod / classmethod copy __annotations__ (with __module__, __name__, __qualname__,
# __doc__) from the function, so singledispatchmethod registers them by annotation; the
# private MRO helpers of functools
import collections.abc as c
import functools


def f(a: int) -> str:
    "doc"


for d in (staticmethod(f), classmethod(f)):
    print(d.__annotations__, d.__name__, d.__qualname__, d.__doc__, d.__module__, d.__wrapped__ is f)


class A:
    @functools.singledispatchmethod
    @staticmethod
    def t(arg):
        return 'base'

    @t.register
    @staticmethod
    def _(arg: int):
        return 'int'

    @functools.singledispatchmethod
    @classmethod
    def k(cls, arg):
        return 'base'

    @k.register
    @classmethod
    def _(cls, arg: str):
        return f'str for {cls.__name__}'


print(A.t(1), A.t('x'), A().t(2.5), A.k('s'), A.k(1))


class B:
    def __len__(self):
        return 0


class X(B):
    def __call__(self):
        pass


print([k.__name__ for k in functools._c3_mro(X, abcs=[c.Sized, c.Callable])])
print([k.__name__ for k in functools._compose_mro(X, [c.Sized, c.Callable, c.Iterable])])
