"""functools for tspy: higher-order helpers written in plain Python.

The C accelerator of CPython (_functools) does not exist here: partial, reduce, cmp_to_key
and the lru cache wrapper are Python classes/functions that reproduce its observable
behaviour (reprs, argument errors, attribute rules).
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from abc import get_cache_token

try:
    from _thread import RLock
except ImportError:
    class RLock:
        """Reentrant lock for a single-threaded interpreter: counts its holders."""

        def __init__(self):
            self._depth = 0

        def acquire(self, blocking=True, timeout=-1):
            self._depth += 1
            return True

        def release(self):
            if self._depth == 0:
                raise RuntimeError('cannot release un-acquired lock')
            self._depth -= 1

        __enter__ = acquire

        def __exit__(self, *exc):
            self.release()

_GenericAlias = type(list[int])
_MappingProxy = type(type.__dict__)
_absent = object()


# ---------------------------------------------------------------- wrappers

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the `assigned` attributes (those that
    exist), merge the `updated` dict attributes, and point __wrapped__ at the original."""
    for name in assigned:
        value = getattr(wrapped, name, _absent)
        if value is not _absent:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a __wrapped__ copied out of wrapped.__dict__ is overridden.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper()."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- total_ordering

# How each missing comparison is derived from the one the class defines.  For a root `r`
# and derived operator `d`, the entry is (negate, tie) where the answer is
#   (not res if negate else res), then combined with equality:
#   tie == 'or_eq'  -> value or self == other
#   tie == 'and_ne' -> value and self != other
#   tie == None     -> value alone
_DERIVATIONS = {
    '__lt__': {'__gt__': (True, 'and_ne'), '__le__': (False, 'or_eq'), '__ge__': (True, None)},
    '__le__': {'__ge__': (True, 'or_eq'), '__lt__': (False, 'and_ne'), '__gt__': (True, None)},
    '__gt__': {'__lt__': (True, 'and_ne'), '__ge__': (False, 'or_eq'), '__le__': (True, None)},
    '__ge__': {'__le__': (True, 'or_eq'), '__gt__': (False, 'and_ne'), '__lt__': (True, None)},
}
# When several comparisons are defined, the root is chosen in this order.
_ROOT_PREFERENCE = ('__lt__', '__le__', '__gt__', '__ge__')


def _derive(root, name, negate, tie):
    def method(self, other):
        res = getattr(type(self), root)(self, other)
        if res is NotImplemented:
            return res
        if negate:
            res = not res
        if tie == 'or_eq':
            return res or self == other
        if tie == 'and_ne':
            return res and self != other
        return res
    method.__name__ = name
    return method


# One shared function per (root, derived operator), named like _gt_from_lt at module level,
# so that a filled-in method pickles by reference (functools._gt_from_lt), as in CPython.
_DERIVED = {}
for _root, _table in _DERIVATIONS.items():
    for _name, (_negate, _tie) in _table.items():
        _func = _derive(_root, _name, _negate, _tie)
        _func.__qualname__ = f'_{_name[2:-2]}_from_{_root[2:-2]}'
        globals()[_func.__qualname__] = _DERIVED[_root, _name] = _func
del _root, _table, _name, _negate, _tie, _func


def total_ordering(cls):
    """Class decorator filling in the rich comparisons the class lacks from one it has."""
    defined = [op for op in _ROOT_PREFERENCE
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    for name in _DERIVATIONS[root]:
        if name not in defined:
            method = _DERIVED[root, name]
            method.__name__ = name
            setattr(cls, name, method)
    return cls


# ---------------------------------------------------------------- cmp_to_key

class KeyWrapper:
    """Sort key built from an old-style comparison function.  The object returned by
    cmp_to_key() has no `obj`; calling it wraps one value."""

    __slots__ = ('cmp', 'obj')

    def __call__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError(f'K() takes at most 1 argument ({len(args) + len(kwargs)} given)')
        if kwargs:
            key = next(iter(kwargs))
            if key != 'obj':
                raise TypeError(f"'{key}' is an invalid keyword argument for K()")
            value = kwargs[key]
        elif args:
            value = args[0]
        else:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        wrapped = KeyWrapper.__new__(KeyWrapper)
        wrapped.cmp = self.cmp
        wrapped.obj = value
        return wrapped

    def _compare(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    __hash__ = None


KeyWrapper.__module__ = 'functools'


def cmp_to_key(mycmp):
    """Turn a cmp(a, b) -> negative/zero/positive function into a key= function."""
    factory = KeyWrapper.__new__(KeyWrapper)
    factory.cmp = mycmp
    return factory


# ---------------------------------------------------------------- reduce

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Fold the items of the iterable from the left with a two-argument function: the first
    call combines the initial value (or the first item) with the next item, and so on.
    With an empty iterable the initial value is the result; without one it is an error."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    n = len(args)
    if n < 2:
        raise TypeError(f'reduce expected at least 2 arguments, got {n}')
    if n > 3:
        raise TypeError(f'reduce expected at most 3 arguments, got {n}')
    function, seq = args[0], args[1]
    try:
        items = iter(seq)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if n == 3:
        acc = args[2]
    else:
        acc = next(items, _absent)
        if acc is _absent:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        acc = function(acc, item)
    return acc


# ---------------------------------------------------------------- partial

class _ReadOnly:
    """Data descriptor exposing a hidden slot as a read-only attribute."""

    def __init__(self, slot):
        self.slot = slot

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.slot.__get__(obj, owner)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


_repr_busy = set()


class partial:
    """Callable that calls `func` with some arguments already supplied:
    partial(func, *args, **keywords)(*more, **kw) == func(*args, *more, **keywords, **kw)."""

    __slots__ = ('_fn', '_args', '_kw', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A plain partial (no instance attributes) is flattened into the new one.
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ \
                and not func.__dict__:
            args = func._args + args
            keywords = {**func._kw, **keywords}
            func = func._fn
        self = object.__new__(cls)
        self._fn = func
        self._args = args
        self._kw = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self._kw:
            keywords = {**self._kw, **keywords}
        return self._fn(*self._args, *args, **keywords)

    def __repr__(self):
        key = id(self)
        if key in _repr_busy:
            return '...'
        _repr_busy.add(key)
        try:
            parts = [repr(self._fn)]
            parts.extend(repr(a) for a in self._args)
            parts.extend(f'{k}={v!r}' for k, v in self._kw.items())
        finally:
            _repr_busy.discard(key)
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        return (type(self), (self._fn,),
                (self._fn, self._args, self._kw or None, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        fn, args, kw, ns = state
        if (not callable(fn) or not isinstance(args, tuple)
                or (kw is not None and not isinstance(kw, dict))
                or (ns is not None and not isinstance(ns, dict))):
            raise TypeError('invalid partial state')
        self._fn = fn
        self._args = tuple(args)
        self._kw = {} if kw is None else (kw if type(kw) is dict else dict(kw))
        self.__dict__.clear()
        if ns:
            self.__dict__.update(ns)

    __class_getitem__ = classmethod(_GenericAlias)


partial.func = _ReadOnly(partial._fn)
partial.args = _ReadOnly(partial._args)
partial.keywords = _ReadOnly(partial._kw)
partial.func.__doc__ = 'function object to use in future partial calls'
partial.args.__doc__ = 'tuple of arguments to future partial calls'
partial.keywords.__doc__ = 'dictionary of keyword arguments to future partial calls'


class partialmethod:
    """Descriptor version of partial: binds like the function (or descriptor) it wraps,
    then applies the stored arguments after the bound instance or class."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        earlier_args, earlier_kw = (), {}
        if isinstance(func, partialmethod):
            # flatten: partialmethod(partialmethod(f, a), b) is partialmethod(f, a, b)
            func, earlier_args, earlier_kw = func.func, func.args, func.keywords
        self.func = func
        self.args = earlier_args + args
        self.keywords = {**earlier_kw, **keywords} if earlier_kw else keywords

    def __repr__(self):
        shown_args = ', '.join(repr(a) for a in self.args)
        shown_kw = ', '.join(f'{k}={v!r}' for k, v in self.keywords.items())
        cls = type(self)
        return f'{cls.__module__}.{cls.__qualname__}({self.func}, {shown_args}, {shown_kw})'

    def _unbound(self):
        spec = self

        def _method(cls_or_self, /, *args, **keywords):
            return spec.func(cls_or_self, *spec.args, *args, **{**spec.keywords, **keywords})

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _absent)
                if owner is not _absent:
                    result.__self__ = owner
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------- lru_cache

from collections import namedtuple as _namedtuple

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])

_KW_SEPARATOR = object()

# bound once: the cache must keep working when builtins.len itself is replaced by a cached len
_len = len


class _Key(list):
    """A cache key: the call's values with their combined hash computed once, so the several
    dict operations of one call do not hash every argument again."""
    __slots__ = ('_hash',)

    def __init__(self, values):
        self[:] = values
        self._hash = hash(values)

    def __hash__(self):
        return self._hash


def _make_key(args, kwds, typed):
    """Hashable key for one call: positional args, then a separator and the keyword
    items, then (typed) the types of all the values."""
    key = args
    if kwds:
        key = key + (_KW_SEPARATOR,)
        for pair in kwds.items():
            key = key + pair
    if typed:
        key = key + tuple(type(a) for a in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    elif _len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return _Key(key)


class _lru_cache_wrapper:
    """The callable returned by lru_cache(): memoises calls of user_function.  The cache
    is a dict kept in recency order (least recently used first)."""

    def __init__(self, user_function, maxsize, typed, cache_info_type):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        if maxsize is not None:
            maxsize = max(maxsize, 0)
        self.__wrapped__ = user_function
        self._user = user_function
        self._limit = maxsize
        self._typed = typed
        self._info_type = cache_info_type
        self._store = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, /, *args, **kwds):
        limit = self._limit
        if limit == 0:
            self._misses += 1
            return self._user(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        store = self._store
        found = store.get(key, _absent)
        if found is not _absent:
            self._hits += 1
            if limit is not None:
                # refresh recency: move the entry to the end
                del store[key]
                store[key] = found
            return found
        self._misses += 1
        result = self._user(*args, **kwds)
        if key in store:
            # a reentrant call already stored it
            return result
        store[key] = result
        if limit is not None and _len(store) > limit:
            del store[next(iter(store))]
        return result

    def cache_info(self):
        """Hits, misses, maximum size and current size of the cache, as a CacheInfo."""
        return self._info_type(self._hits, self._misses, self._limit, _len(self._store))

    def cache_clear(self):
        """Empty the cache and reset its hit/miss counters."""
        self._store.clear()
        self._hits = self._misses = 0

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        from types import MethodType
        return MethodType(self, obj)

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_lru_cache_wrapper.__module__ = 'functools'


def lru_cache(maxsize=128, typed=False):
    """Decorator memoising a function's results for the `maxsize` most recent distinct
    argument lists (unbounded with maxsize=None).  `typed` caches arguments of different
    types separately.  The wrapper has cache_info(), cache_clear(), cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # used as a bare @lru_cache
        return _decorate(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _decorate(user_function, maxsize, typed)


def _decorate(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """Unbounded memoising decorator: lru_cache(maxsize=None) applied to user_function."""
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------- singledispatch

def _merge_mros(sequences):
    """C3 merge of linearizations (lists are consumed from the front)."""
    pending = [list(s) for s in sequences if s]
    merged = []
    while pending:
        for seq in pending:
            head = seq[0]
            if not any(head in other[1:] for other in pending):
                break
        else:
            raise RuntimeError('Inconsistent hierarchy')
        merged.append(head)
        pending = [other[1:] if other[0] is head else other for other in pending]
        pending = [other for other in pending if other]
    return merged


def _mro_with_abcs(cls, abcs):
    """C3 linearization of cls where the ABCs of `abcs` that cls is a virtual subclass of
    (and its bases are not) are inserted as extra bases, right after the last base that
    is itself abstract-aware."""
    bases = cls.__bases__
    cut = 0
    for i in range(len(bases), 0, -1):
        if hasattr(bases[i - 1], '__abstractmethods__'):
            cut = i
            break
    remaining = list(abcs)
    implied = [a for a in remaining
               if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    for a in implied:
        remaining.remove(a)
    groups = (list(bases[:cut]), implied, list(bases[cut:]))
    seqs = [[cls]]
    for group in groups:
        seqs.extend(_mro_with_abcs(b, remaining) for b in group)
    seqs.extend(groups)
    return _merge_mros(seqs)


def _dispatch_mro(cls, types):
    """The MRO singledispatch uses for cls: its own MRO plus the registered ABCs (and
    other non-bases) it is a subclass of, placed consistently."""
    own = set(cls.__mro__)
    related = [t for t in types
               if t not in own and hasattr(t, '__mro__')
               and not isinstance(t, _GenericAlias) and issubclass(cls, t)]
    # keep only the most derived of the related types
    related = [t for t in related
               if not any(t != o and t in o.__mro__ for o in related)]
    keep = set(related)
    ordered = []
    for t in related:
        chains = [[s for s in sub.__mro__ if s in keep]
                  for sub in t.__subclasses__()
                  if sub not in own and issubclass(cls, sub)]
        if not chains:
            ordered.append(t)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for s in chain:
                if s not in ordered:
                    ordered.append(s)
    return _mro_with_abcs(cls, ordered)


def _c3_mro(cls, abcs=None):
    """cls's C3 linearization with the ABCs of `abcs` it implements merged in."""
    return _mro_with_abcs(cls, list(abcs) if abcs else [])


# the name CPython's singledispatch helpers go by
_compose_mro = _dispatch_mro


def _find_impl(cls, registry):
    mro = _dispatch_mro(cls, registry.keys())
    for pos, best in enumerate(mro):
        if best in registry:
            break
    else:
        return None
    if pos + 1 < len(mro):
        rival = mro[pos + 1]
        if (rival in registry and rival not in cls.__mro__
                and best not in cls.__mro__ and not issubclass(best, rival)):
            raise RuntimeError(f'Ambiguous dispatch: {best} or {rival}')
    return registry[best]


def _union_members(cls):
    """The member types of a union (X | Y or typing.Union[...]), else None."""
    if isinstance(cls, type(int | str)):
        return cls.__args__
    origin = getattr(cls, '__origin__', None)
    if origin is not None and not isinstance(cls, type):
        try:
            import typing
        except ImportError:
            return None
        if origin is typing.Union:
            return typing.get_args(cls)
    return None


def _valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    members = _union_members(cls)
    return members is not None and all(isinstance(m, type) for m in members)


def singledispatch(func):
    """Turn func into a generic function dispatching on the type of its first argument.
    Implementations are added with the .register() decorator."""
    try:
        from weakref import WeakKeyDictionary as _cache_type
    except ImportError:
        _cache_type = dict
    registry = {object: func}
    cache = _cache_type()
    token = [None]   # abc cache token, once an ABC is registered

    def dispatch(cls):
        """Return the implementation chosen for type cls."""
        if token[0] is not None:
            now = get_cache_token()
            if now != token[0]:
                cache.clear()
                token[0] = now
        try:
            return cache[cls]
        except KeyError:
            pass
        impl = registry[cls] if cls in registry else _find_impl(cls, registry)
        cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls (or, with a bare decorator, for
        the type annotation of func's first parameter)."""
        if _valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            if not getattr(cls, '__annotations__', {}):
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                f'Use either `@register(some_class)` or plain `@register` '
                                f'on an annotated function.')
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _valid_dispatch_type(cls):
                if _union_members(cls) is not None:
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        members = _union_members(cls)
        for t in (members if members is not None else (cls,)):
            registry[t] = func
        if token[0] is None and hasattr(cls, '__abstractmethods__'):
            token[0] = get_cache_token()
        cache.clear()
        return func

    label = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if args:
            return dispatch(args[0].__class__)(*args, **kw)
        raise TypeError(f'{label} requires at least 1 positional argument')

    update_wrapper(wrapper, func)
    vars(wrapper).update(register=register, dispatch=dispatch,
                         registry=_MappingProxy(registry), _clear_cache=cache.clear)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register a method implementation for cls (see singledispatch)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def bound_dispatch(*args, **kwargs):
            impl = dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        update_wrapper(bound_dispatch, self.func)
        bound_dispatch.__isabstractmethod__ = self.__isabstractmethod__
        bound_dispatch.register = self.register
        return bound_dispatch

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------- cached_property

class cached_property:
    """Property computed once per instance and then stored in the instance __dict__
    under the same name (so later reads never reach the descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different '
                            f'names ({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f'instance to cache {name!r} property.') from None
        value = store.get(name, _absent)
        if value is _absent:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                                f'instance does not support item assignment for caching '
                                f'{name!r} property.') from None
        return value

    __class_getitem__ = classmethod(_GenericAlias)


# The accelerator module exposes the objects defined above (see _functools); when it is
# importable its versions are the ones used, as in CPython.
try:
    from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper
except ImportError:
    pass
