"""_functools for tspy: the parts of functools that CPython implements in C (partial,
reduce, cmp_to_key and the lru_cache wrapper type).

tspy's functools writes them in Python with the C module's observable behaviour (reprs,
argument errors, read-only attributes, pickling); this module gives code that imports
_functools those same objects.  functools itself picks them up from here last, so a
functools imported while _functools is blocked keeps its own copies.

reduce and cmp_to_key are builtin functions in CPython: they do not bind as methods when
stored on a class.  Here they are wrapped in _Builtin, a callable without __get__ that has
the builtin's repr, names and pickling (by name).
"""
from functools import partial, _lru_cache_wrapper
from functools import reduce as _py_reduce, cmp_to_key as _py_cmp_to_key

__all__ = ['partial', 'reduce', 'cmp_to_key', '_lru_cache_wrapper']


class _Builtin:
    __slots__ = ('_func', '__name__', '__qualname__', '__doc__')

    def __init__(self, func):
        self._func = func
        self.__name__ = self.__qualname__ = func.__name__
        self.__doc__ = func.__doc__

    def __call__(self, /, *args, **kwargs):
        return self._func(*args, **kwargs)

    def __repr__(self):
        return f'<built-in function {self.__name__}>'

    def __reduce__(self):
        return self.__name__

    @property
    def __module__(self):
        return '_functools'


reduce = _Builtin(_py_reduce)
cmp_to_key = _Builtin(_py_cmp_to_key)

# When _functools is imported first, functools ran to its end before the names above
# existed (its own import of _functools saw this module half-initialised): hand them over.
import functools as _functools_module
if _functools_module.reduce is _py_reduce:
    _functools_module.reduce = reduce
    _functools_module.cmp_to_key = cmp_to_key
del _functools_module
