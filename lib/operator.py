"""Standard operators as functions (operator), pure Python for tspy."""

__all__ = ["abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf",
           "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand",
           "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul",
           "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift",
           "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le",
           "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod",
           "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift",
           "setitem", "sub", "truediv", "truth", "xor"]

from builtins import abs as _abs


# Comparisons
def lt(a, b, /):
    "Return a < b."
    return a < b


def le(a, b, /):
    "Return a <= b."
    return a <= b


def eq(a, b, /):
    "Return a == b."
    return a == b


def ne(a, b, /):
    "Return a != b."
    return a != b


def ge(a, b, /):
    "Return a >= b."
    return a >= b


def gt(a, b, /):
    "Return a > b."
    return a > b


# Logical
def not_(a, /):
    "Return not a."
    return not a


def truth(a, /):
    return True if a else False


def is_(a, b, /):
    "Return a is b."
    return a is b


def is_not(a, b, /):
    "Return a is not b."
    return a is not b


# Arithmetic and bitwise
def abs(a, /):
    "Return abs(a)."
    return _abs(a)


def add(a, b, /):
    "Return a + b."
    return a + b


def and_(a, b, /):
    "Return a & b."
    return a & b


def floordiv(a, b, /):
    "Return a // b."
    return a // b


def index(a, /):
    "Same as a.__index__()"
    if isinstance(a, int):
        return int.__index__(a)
    m = getattr(type(a), "__index__", None)
    if m is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    r = m(a)
    if not isinstance(r, int):
        raise TypeError(f"__index__ returned non-int (type {type(r).__name__})")
    return int.__index__(r)


def inv(a, /):
    "Return ~a."
    return ~a


invert = inv


def lshift(a, b, /):
    "Return a << b."
    return a << b


def mod(a, b, /):
    "Return a % b."
    return a % b


def mul(a, b, /):
    "Return a * b."
    return a * b


def matmul(a, b, /):
    "Return a @ b."
    return a @ b


def neg(a, /):
    "Return -a."
    return -a


def or_(a, b, /):
    "Return a | b."
    return a | b


def pos(a, /):
    "Return +a."
    return +a


def pow(a, b, /):
    "Return a ** b."
    return a ** b


def rshift(a, b, /):
    "Return a >> b."
    return a >> b


def sub(a, b, /):
    "Return a - b."
    return a - b


def truediv(a, b, /):
    "Return a / b."
    return a / b


def xor(a, b, /):
    "Return a ^ b."
    return a ^ b


# Sequences
def _is_sequence(a):
    return hasattr(type(a), "__getitem__") and not isinstance(a, dict)


def concat(a, b, /):
    if not hasattr(type(a), "__getitem__") or isinstance(a, dict):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b, /):
    return b in a


def countOf(a, b, /):
    count = 0
    for i in a:
        if i is b or i == b:
            count += 1
    return count


def delitem(a, b, /):
    "Return del a[b]."
    del a[b]


def getitem(a, b, /):
    "Return a[b]."
    return a[b]


def indexOf(a, b, /):
    for i, j in enumerate(a):
        if j is b or j == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c, /):
    "Return a[b] = c."
    a[b] = c


def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj.

    This is useful for presizing containers when building from an iterable.
    If the object supports len(), the result will be exact. Otherwise, it may over- or
    under-estimate by an arbitrary amount. The result will be an integer >= 0.
    """
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    try:
        val = hint(obj)
    except TypeError:
        return default
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError(f"__length_hint__ must be an integer, not {type(val).__name__}")
    if val < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return val


# Other
def call(*args, **kwargs):
    if not args:
        raise TypeError("call expected at least 1 argument, got 0")
    return args[0](*args[1:], **kwargs)


class attrgetter:
    __slots__ = ("_attrs", "_paths")

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for a in attrs:
            if not isinstance(a, str):
                raise TypeError("attribute name must be a string")
        self._attrs = attrs
        self._paths = tuple(tuple(a.split(".")) for a in attrs)

    def __call__(self, obj, /):
        if len(self._paths) == 1:
            return _resolve(obj, self._paths[0])
        return tuple(_resolve(obj, p) for p in self._paths)

    def __repr__(self):
        return f"{self.__class__.__module__}.{self.__class__.__qualname__}({', '.join(map(repr, self._attrs))})"

    def __reduce__(self):
        return self.__class__, self._attrs


def _resolve(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    __slots__ = ("_items",)

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items

    def __call__(self, obj, /):
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple(obj[i] for i in items)

    def __repr__(self):
        return f"{self.__class__.__module__}.{self.__class__.__name__}({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    __slots__ = ("_name", "_args", "_kwargs")

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError("methodcaller needs at least one argument, the method name")
        self, name, args = args[0], args[1], args[2:]
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend(f"{k}={v!r}" for k, v in self._kwargs.items())
        return f"{self.__class__.__module__}.{self.__class__.__name__}({', '.join(args)})"

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        from functools import partial
        return partial(self.__class__, self._name, **self._kwargs), self._args


# In-place operations
def iadd(a, b, /):
    "Return a += b."
    a += b
    return a


def iand(a, b, /):
    "Return a &= b."
    a &= b
    return a


def iconcat(a, b, /):
    if not hasattr(type(a), "__getitem__") or isinstance(a, dict):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


def ifloordiv(a, b, /):
    "Return a //= b."
    a //= b
    return a


def ilshift(a, b, /):
    "Return a <<= b."
    a <<= b
    return a


def imod(a, b, /):
    "Return a %= b."
    a %= b
    return a


def imul(a, b, /):
    "Return a *= b."
    a *= b
    return a


def imatmul(a, b, /):
    "Return a @= b."
    a @= b
    return a


def ior(a, b, /):
    "Return a |= b."
    a |= b
    return a


def ipow(a, b, /):
    "Return a **= b."
    a **= b
    return a


def irshift(a, b, /):
    "Return a >>= b."
    a >>= b
    return a


def isub(a, b, /):
    "Return a -= b."
    a -= b
    return a


def itruediv(a, b, /):
    "Return a /= b."
    a /= b
    return a


def ixor(a, b, /):
    "Return a ^= b."
    a ^= b
    return a


# Dunder aliases
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
