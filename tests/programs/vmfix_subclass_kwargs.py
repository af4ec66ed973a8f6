# Keyword arguments to subclasses of list/tuple/float/set/frozenset: accepted when the subclass
# defines its own __init__ / __new__ that takes them; rejected otherwise with CPython's message.


def attempt(label, make):
    try:
        r = make()
        print(label, "->", type(r).__name__, r, getattr(r, "newarg", "-"))
    except TypeError as e:
        print(label, "-> TypeError:", e)


class LInit(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg


class LNew(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self


class LPlain(list):
    pass


class TInit(tuple):
    def __init__(self, seq, newarg=None):
        self.newarg = newarg


class TNew(tuple):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self


class TPlain(tuple):
    pass


class FInit(float):
    def __init__(self, x, newarg=None):
        self.newarg = newarg


class FNew(float):
    def __new__(cls, x, newarg=None):
        self = super().__new__(cls, x)
        self.newarg = newarg
        return self


class FPlain(float):
    pass


class SInit(set):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg


class SNew(set):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self


class SPlain(set):
    pass


class FSInit(frozenset):
    def __init__(self, seq, newarg=None):
        self.newarg = newarg


class FSNew(frozenset):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self


class FSPlain(frozenset):
    pass


for cls, arg in [(LInit, [1, 2]), (LNew, [1, 2]), (LPlain, [1, 2]), (list, [1, 2]),
                 (TInit, (1, 2)), (TNew, (1, 2)), (TPlain, (1, 2)), (tuple, (1, 2)),
                 (FInit, 1.5), (FNew, 1.5), (FPlain, 1.5), (float, 1.5),
                 (SInit, [3]), (SNew, [3]), (SPlain, [3]), (set, [3]),
                 (FSInit, [3]), (FSNew, [3]), (FSPlain, [3]), (frozenset, [3])]:
    attempt(cls.__name__ + " kw", lambda: cls(arg, newarg=3))
    attempt(cls.__name__ + " pos", lambda: cls(arg))
