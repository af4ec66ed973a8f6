# keyword arguments to subclasses of map / filter, itertools setstate, length hints
import itertools
import sys

for cls, args in ((map, (abs, [-1, 2])), (filter, (None, [0, 1]))):
    class Sub(cls):
        pass

    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg

    class WithNew(cls):
        def __new__(klass, *args, newarg=None):
            self = super().__new__(klass, *args)
            self.newarg = newarg
            return self

    print(list(Sub(*args)))
    try:
        Sub(*args, newarg=3)
    except TypeError as exc:
        print(exc)
    w = WithInit(*args, newarg=3)
    print(list(w), w.newarg)
    w = WithNew(*args, newarg=4)
    print(list(w), w.newarg)


class Hint:
    def __iter__(self):
        return iter(())

    def __length_hint__(self):
        return sys.maxsize


a = [1, 2]
a.extend(Hint())
print(a)

it = itertools.chain()
it.__setstate__((iter(['abc', 'def']), iter(['ghi'])))
print(list(it))
for bad in ((), [], 0, ([],), (iter([]), [])):
    try:
        itertools.chain().__setstate__(bad)
    except TypeError as exc:
        print(type(exc).__name__)
c = itertools.chain('ab', 'cd')
next(c)
r = c.__reduce__()
print(r[0].__name__, r[1], len(r[2]))
c = itertools.cycle('defg')
c.__setstate__((list('abc'), 0))
print(''.join(next(c) for _ in range(12)))
c = itertools.cycle('defg')
c.__setstate__((list('abcdefg'), 1))
print(''.join(next(c) for _ in range(12)))
for bad in ([list('ab'), 0], (tuple('ab'), 0), (list('ab'), 'x'), (), ([],)):
    try:
        itertools.cycle('ab').__setstate__(bad)
    except TypeError as exc:
        print(type(exc).__name__)
c = itertools.cycle('ab')
next(c)
print(c.__reduce__()[0].__name__, c.__reduce__()[2])
p = itertools.product((1, 2), (3,))
p.__setstate__((0, 0x1000))
print(next(p), p.__reduce__())
p = itertools.product((1, 2), (), (3,))
p.__setstate__((0, 0, 0x1000))
print(list(p), p.__reduce__())
try:
    itertools.product((1,)).__setstate__((1, 2))
except ValueError as exc:
    print(exc)
