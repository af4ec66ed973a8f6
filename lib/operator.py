"""Standard operators as functions (operator module) for tspy.

Every operator of the language has a function here (add(a, b) is a + b) plus a
double-underscore alias (__add__); attrgetter, itemgetter and methodcaller build small
callables.  Docstrings of the plain functions are generated from a table below.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index',
           'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not',
           'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift',
           'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_',
           'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

from builtins import abs as _builtin_abs


# --- comparisons and truth
def lt(a, b, /): return a < b
def le(a, b, /): return a <= b
def eq(a, b, /): return a == b
def ne(a, b, /): return a != b
def ge(a, b, /): return a >= b
def gt(a, b, /): return a > b
def not_(a, /): return not a
def truth(a, /): return True if a else False
def is_(a, b, /): return a is b
def is_not(a, b, /): return a is not b


# --- arithmetic and bitwise
def abs(a, /): return _builtin_abs(a)
def add(a, b, /): return a + b
def and_(a, b, /): return a & b
def floordiv(a, b, /): return a // b
def inv(a, /): return ~a
invert = inv
def lshift(a, b, /): return a << b
def mod(a, b, /): return a % b
def mul(a, b, /): return a * b
def matmul(a, b, /): return a @ b
def neg(a, /): return -a
def or_(a, b, /): return a | b
def pos(a, /): return +a
def pow(a, b, /): return a ** b
def rshift(a, b, /): return a >> b
def sub(a, b, /): return a - b
def truediv(a, b, /): return a / b
def xor(a, b, /): return a ^ b


def index(a, /):
    if isinstance(a, int):
        return int.__index__(a)
    hook = getattr(type(a), '__index__', None)
    if hook is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    value = hook(a)
    if not isinstance(value, int):
        raise TypeError(f'__index__ returned non-int (type {type(value).__name__})')
    if type(value) is not int:
        # a strict subclass of int: deprecated, and the result is its plain int value
        import warnings
        warnings.warn(f'__index__ returned non-int (type {type(value).__name__}).  The ability '
                      'to return an instance of a strict subclass of int is deprecated, and may '
                      'be removed in a future version of Python.', DeprecationWarning, stacklevel=2)
        value = int.__index__(value)
    return value


# --- sequences
# (private helpers carry a leading "__": every other module-level name whose __module__ is
# operator belongs to the public API, as in CPython's C module)
def __is_sequence(obj):
    # what the C API calls a sequence: has __getitem__ and is not a dict
    return not isinstance(obj, dict) and hasattr(type(obj), '__getitem__')


def concat(a, b, /):
    if not __is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b, /): return b in a


def countOf(a, b, /):
    return sum(1 for item in a if item is b or item == b)


def indexOf(a, b, /):
    for position, item in enumerate(a):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')


def getitem(a, b, /): return a[b]


def setitem(a, b, c, /):
    a[b] = c


def delitem(a, b, /):
    del a[b]


def __as_ssize(value):
    if isinstance(value, int):
        return value
    hook = getattr(type(value), '__index__', None)
    if hook is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return hook(value)


def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj (its len() when it has one,
    else its __length_hint__(), else default)."""
    default = __as_ssize(default)
    kind = type(obj)
    if hasattr(kind, '__len__'):
        try:
            return len(obj)
        except TypeError:
            pass
    hook = getattr(kind, '__length_hint__', None)
    if hook is None:
        return default
    try:
        hint = hook(obj)
    except TypeError:
        return default
    if hint is NotImplemented:
        return default
    if not isinstance(hint, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(hint).__name__}')
    if hint < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return hint


def call(*args, **kwargs):
    if not args:
        raise TypeError('call expected at least 1 argument, got 0')
    return args[0](*args[1:], **kwargs)


# --- in-place forms (a op= b, returning the new a)
def iadd(a, b, /):
    a += b
    return a


def iand(a, b, /):
    a &= b
    return a


def iconcat(a, b, /):
    if not __is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


def ifloordiv(a, b, /):
    a //= b
    return a


def ilshift(a, b, /):
    a <<= b
    return a


def imod(a, b, /):
    a %= b
    return a


def imul(a, b, /):
    a *= b
    return a


def imatmul(a, b, /):
    a @= b
    return a


def ior(a, b, /):
    a |= b
    return a


def ipow(a, b, /):
    a **= b
    return a


def irshift(a, b, /):
    a >>= b
    return a


def isub(a, b, /):
    a -= b
    return a


def itruediv(a, b, /):
    a /= b
    return a


def ixor(a, b, /):
    a ^= b
    return a


# Docstrings of the functions above, as the expression each one stands for.
_EXPRESSIONS = {
    'lt': 'a < b', 'le': 'a <= b', 'eq': 'a == b', 'ne': 'a != b', 'ge': 'a >= b',
    'gt': 'a > b', 'not_': 'not a', 'is_': 'a is b', 'is_not': 'a is not b',
    'abs': 'abs(a)', 'add': 'a + b', 'and_': 'a & b', 'floordiv': 'a // b',
    'inv': '~a', 'lshift': 'a << b', 'mod': 'a % b', 'mul': 'a * b', 'matmul': 'a @ b',
    'neg': '-a', 'or_': 'a | b', 'pos': '+a', 'pow': 'a ** b', 'rshift': 'a >> b',
    'sub': 'a - b', 'truediv': 'a / b', 'xor': 'a ^ b', 'index': 'a.__index__()',
    'concat': 'a + b, for a and b sequences', 'contains': 'b in a (note reversed operands)',
    'getitem': 'a[b]', 'setitem': 'a[b] = c', 'delitem': 'del a[b]',
    'iadd': 'a += b', 'iand': 'a &= b', 'iconcat': 'a += b, for a and b sequences',
    'ifloordiv': 'a //= b', 'ilshift': 'a <<= b', 'imod': 'a %= b', 'imul': 'a *= b',
    'imatmul': 'a @= b', 'ior': 'a |= b', 'ipow': 'a **= b', 'irshift': 'a >>= b',
    'isub': 'a -= b', 'itruediv': 'a /= b', 'ixor': 'a ^= b',
}
for _name, _expr in _EXPRESSIONS.items():
    globals()[_name].__doc__ = f'Equivalent to {_expr}.'
truth.__doc__ = 'bool(a): whether a is true.'
countOf.__doc__ = 'How many items of a are b or equal to b.'
indexOf.__doc__ = 'Position of the first item of a that is b or equals b (ValueError if none).'
call.__doc__ = 'Equivalent to obj(*args, **kwargs).'
del _EXPRESSIONS


# --- callable builders

class attrgetter:
    """attrgetter(attr, ...) --> callable fetching attributes

    A callable fetching the named attribute(s) of its operand; dotted names follow a
    chain of attributes.  With several names the result is a tuple."""

    __slots__ = ('_names', '_paths')

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in attrs:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._names = attrs
        self._paths = tuple(tuple(name.split('.')) for name in attrs)

    @staticmethod
    def _follow(obj, path):
        for part in path:
            obj = getattr(obj, part)
        return obj

    def __call__(self, obj, /):
        paths = self._paths
        if len(paths) == 1:
            return self._follow(obj, paths[0])
        return tuple(self._follow(obj, p) for p in paths)

    def __repr__(self):
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(map(repr, self._names))})"

    def __reduce__(self):
        return type(self), self._names


class itemgetter:
    """itemgetter(item, ...) --> callable fetching items

    A callable fetching the given item(s) of its operand (operand[item]); with several
    items the result is a tuple."""

    __slots__ = ('_items',)

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, obj, /):
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple(obj[i] for i in items)

    def __repr__(self):
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    """methodcaller(name, /, *args, **kwargs) --> callable calling a method

    A callable calling the named method of its operand with the given arguments."""

    __slots__ = ('_method', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name, rest = args[0], args[1], args[2:]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._method = name
        self._args = rest
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._method)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._method)]
        shown.extend(repr(a) for a in self._args)
        shown.extend(f'{k}={v!r}' for k, v in self._kwargs.items())
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(shown)})"

    def __reduce__(self):
        if self._kwargs:
            from functools import partial
            return partial(type(self), self._method, **self._kwargs), self._args
        return type(self), (self._method,) + self._args


# --- double-underscore aliases (__add__ is add, __not__ is not_, ...)
for _name in ('abs', 'add', 'and_', 'call', 'concat', 'contains', 'delitem', 'eq',
              'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv',
              'ilshift', 'imatmul', 'imod', 'imul', 'index', 'inv', 'invert', 'ior', 'ipow',
              'irshift', 'isub', 'itruediv', 'ixor', 'le', 'lshift', 'lt', 'matmul', 'mod',
              'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub',
              'truediv', 'xor'):
    globals()['__' + _name.rstrip('_') + '__'] = globals()[_name]
del _name, _expr
