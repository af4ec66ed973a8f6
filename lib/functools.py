"""Higher-order functions and operations on callable objects (functools), pure Python for tspy.

CPython implements partial, reduce, cmp_to_key and the lru_cache wrapper in C; here they are
classes/functions with the same names, reprs and error messages.
"""

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
           "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
           "partial", "partialmethod", "singledispatch", "singledispatchmethod",
           "cached_property"]

from abc import get_cache_token
from collections import namedtuple
from reprlib import recursive_repr

GenericAlias = type(list[int])

# ---------------------------------------------------------------- update_wrapper / wraps

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied from wrapped.__dict__ is overridden.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- total_ordering

def _derive(root, opname):
    """Build comparison `opname` from the class's `root` comparison plus ==/!=."""
    if root == "__lt__":
        if opname == "__gt__":
            def f(self, other):
                r = type(self).__lt__(self, other)
                return r if r is NotImplemented else (not r and self != other)
        elif opname == "__le__":
            def f(self, other):
                r = type(self).__lt__(self, other)
                return r if r is NotImplemented else (r or self == other)
        else:
            def f(self, other):
                r = type(self).__lt__(self, other)
                return r if r is NotImplemented else not r
    elif root == "__le__":
        if opname == "__ge__":
            def f(self, other):
                r = type(self).__le__(self, other)
                return r if r is NotImplemented else (not r or self == other)
        elif opname == "__lt__":
            def f(self, other):
                r = type(self).__le__(self, other)
                return r if r is NotImplemented else (r and self != other)
        else:
            def f(self, other):
                r = type(self).__le__(self, other)
                return r if r is NotImplemented else not r
    elif root == "__gt__":
        if opname == "__lt__":
            def f(self, other):
                r = type(self).__gt__(self, other)
                return r if r is NotImplemented else (not r and self != other)
        elif opname == "__ge__":
            def f(self, other):
                r = type(self).__gt__(self, other)
                return r if r is NotImplemented else (r or self == other)
        else:
            def f(self, other):
                r = type(self).__gt__(self, other)
                return r if r is NotImplemented else not r
    else:  # __ge__
        if opname == "__le__":
            def f(self, other):
                r = type(self).__ge__(self, other)
                return r if r is NotImplemented else (not r or self == other)
        elif opname == "__gt__":
            def f(self, other):
                r = type(self).__ge__(self, other)
                return r if r is NotImplemented else (r and self != other)
        else:
            def f(self, other):
                r = type(self).__ge__(self, other)
                return r if r is NotImplemented else not r
    f.__name__ = opname
    f.__qualname__ = f"total_ordering.{opname}"
    return f


_ORDER_OPS = ("__lt__", "__le__", "__gt__", "__ge__")


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    roots = {op for op in _ORDER_OPS if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname in _ORDER_OPS:
        if opname != root and opname not in roots:
            setattr(cls, opname, _derive(root, opname))
    return cls


# ---------------------------------------------------------------- cmp_to_key

class KeyWrapper:
    __slots__ = ("cmp", "obj")
    __hash__ = None

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, *args, **kwargs):
        if kwargs and len(kwargs) + len(args) == 1 and "obj" in kwargs:
            args = (kwargs.pop("obj"),)
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError(f"K() got an unexpected keyword argument '{name}'")
        if len(args) != 1:
            if not args:
                raise TypeError("K() missing required argument 'obj' (pos 1)")
            raise TypeError(f"K() takes at most 1 argument ({len(args)} given)")
        return KeyWrapper(self.cmp, args[0])

    def _other(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._other(other) < 0

    def __gt__(self, other):
        return self._other(other) > 0

    def __eq__(self, other):
        return self._other(other) == 0

    def __ne__(self, other):
        return self._other(other) != 0

    def __le__(self, other):
        return self._other(other) <= 0

    def __ge__(self, other):
        return self._other(other) >= 0


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


# ---------------------------------------------------------------- reduce

_initial_missing = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence or iterable,
    from left to right, so as to reduce the iterable to a single value."""
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function, sequence = args[0], args[1]
    try:
        it = iter(sequence)
    except TypeError as e:
        if e.args and "is not iterable" in str(e.args[0]):
            raise TypeError("reduce() arg 2 must support iteration") from None
        raise
    if len(args) == 3:
        value = args[2]
    else:
        value = _initial_missing
        for value in it:
            break
        if value is _initial_missing:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------- partial

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    __slots__ = ("_func", "_args", "_keywords", "__dict__", "__weakref__")

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial) and not object.__getattribute__(func, "__dict__"):
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = super().__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    func = property(lambda self: self._func, doc="function object to use in future partial calls")
    args = property(lambda self: self._args, doc="tuple of arguments to future partial calls")
    keywords = property(lambda self: self._keywords, doc="dictionary of keyword arguments to future partial calls")

    def __call__(self, /, *args, **keywords):
        keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    @recursive_repr()
    def __repr__(self):
        cls = type(self)
        name = "functools.partial" if cls is partial else cls.__name__
        parts = [repr(self._func)]
        parts.extend(repr(x) for x in self._args)
        parts.extend(f"{k!s}={v!r}" for k, v in self._keywords.items())
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        return type(self), (self._func,), (self._func, self._args, self._keywords or None,
                                           self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        args = tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        if namespace is None:
            namespace = {}
        self.__dict__ = namespace
        self._func = func
        self._args = args
        self._keywords = kwds

    __class_getitem__ = classmethod(GenericAlias)


def _readonly(name):
    def fset(self, value):
        raise AttributeError("readonly attribute")
    return fset


partial.func = property(partial.func.fget, _readonly("func"), None, partial.func.__doc__)
partial.args = property(partial.args.fget, _readonly("args"), None, partial.args.__doc__)
partial.keywords = property(partial.keywords.fget, _readonly("keywords"), None, partial.keywords.__doc__)


class partialmethod:
    """Method descriptor with partial application of the given arguments and keywords.

    Supports wrapping existing descriptors and handles non-descriptor callables as instance
    methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(parts)})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# ---------------------------------------------------------------- lru_cache

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

_kwd_mark = (object(),)
_fasttypes = (int, str)


class _HashedSeq(list):
    """A list that hashes once: its hash is computed at construction."""
    __slots__ = "hashvalue"

    def __init__(self, tup, hash=hash):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _fasttypes:
        return key[0]
    return _HashedSeq(key)


class _lru_cache_wrapper:
    """Memoizing wrapper; the cache is a dict whose insertion order is the recency order."""

    def __init__(self, user_function, maxsize, typed, cache_info_type):
        if not callable(user_function):
            raise TypeError("the first argument must be callable")
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        self._info_type = cache_info_type

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        try:
            result = cache[key]
        except KeyError:
            pass
        else:
            self._hits += 1
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:  # the call itself filled it (recursion)
            return result
        if maxsize is not None and len(cache) >= maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def cache_info(self):
        return self._info_type(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = self._misses = 0

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_MethodType = type(KeyWrapper(None).__call__)  # bound-method type


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If maxsize is None, the LRU feature is disabled and the cache can grow without bound.
    If typed is True, arguments of different types are cached separately.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------- singledispatch

def _c3_merge(sequences):
    """Merge MROs in *sequences* to a single MRO using the C3 algorithm."""
    result = []
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return result
        for s1 in sequences:
            candidate = s1[0]
            if not any(candidate in s2[1:] for s2 in sequences):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(candidate)
        for seq in sequences:
            if seq[0] is candidate:
                del seq[0]


def _c3_mro(cls, abcs=None):
    """C3 linearisation of cls that also places the given ABCs (virtual bases included)."""
    boundary = 0
    for i, base in enumerate(reversed(cls.__bases__)):
        if hasattr(base, "__abstractmethods__"):
            boundary = len(cls.__bases__) - i
            break
    abcs = list(abcs) if abcs else []
    explicit_bases = list(cls.__bases__[:boundary])
    abstract_bases = []
    other_bases = list(cls.__bases__[boundary:])
    for base in abcs:
        if issubclass(cls, base) and not any(issubclass(b, base) for b in cls.__bases__):
            abstract_bases.append(base)
    for base in abstract_bases:
        abcs.remove(base)
    explicit_c3 = [_c3_mro(base, abcs=abcs) for base in explicit_bases]
    abstract_c3 = [_c3_mro(base, abcs=abcs) for base in abstract_bases]
    other_c3 = [_c3_mro(base, abcs=abcs) for base in other_bases]
    return _c3_merge(
        [[cls]] + explicit_c3 + abstract_c3 + other_c3 +
        [explicit_bases] + [abstract_bases] + [other_bases])


def _compose_mro(cls, types):
    """MRO of cls extended with the ABCs among *types* that cls virtually subclasses."""
    bases = set(cls.__mro__)

    def is_related(typ):
        return (typ not in bases and hasattr(typ, "__mro__")
                and not isinstance(typ, GenericAlias) and issubclass(cls, typ))
    types = [n for n in types if is_related(n)]

    def is_strict_base(typ):
        for other in types:
            if typ != other and typ in other.__mro__:
                return True
        return False
    types = [n for n in types if not is_strict_base(n)]
    type_set = set(types)
    mro = []
    for typ in types:
        found = []
        for sub in typ.__subclasses__():
            if sub not in bases and issubclass(cls, sub):
                found.append([s for s in sub.__mro__ if s in type_set])
        if not found:
            mro.append(typ)
            continue
        found.sort(key=len, reverse=True)
        for sub in found:
            for subcls in sub:
                if subcls not in mro:
                    mro.append(subcls)
    return _c3_mro(cls, abcs=mro)


def _find_impl(cls, registry):
    """Best implementation for cls in registry; an ambiguity between two unrelated ABCs raises."""
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError(f"Ambiguous dispatch: {match} or {t}")
            break
        if t in registry:
            match = t
    return registry.get(match)


_UnionType = type(int | str)


def _is_union_type(cls):
    return isinstance(cls, _UnionType) or getattr(cls, "__origin__", None) is _typing_union()


def _typing_union():
    import sys
    typing = sys.modules.get("typing")
    return getattr(typing, "Union", None) if typing is not None else None


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in cls.__args__)


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different behaviours
    depending upon the type of its first argument.
    """
    from types import MappingProxyType
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>"""
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            try:
                impl = registry[cls]
            except KeyError:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            argname, cls = next(iter(_resolved_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, "__abstractmethods__"):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _resolved_hints(func):
    """The function's annotations, string annotations evaluated in its globals (no 'return')."""
    hints = {}
    glb = getattr(func, "__globals__", {})
    for name, value in func.__annotations__.items():
        if name == "return":
            continue
        if isinstance(value, str):
            value = eval(value, glb)
        hints[name] = value
    return hints


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor callables as instance
    methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# ---------------------------------------------------------------- cached_property

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = cache.get(self.attrname, _NOT_FOUND)
            if val is _NOT_FOUND:
                val = self.func(instance)
                try:
                    cache[self.attrname] = val
                except TypeError:
                    msg = (f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                           f"does not support item assignment for caching {self.attrname!r} property.")
                    raise TypeError(msg) from None
        return val

    __class_getitem__ = classmethod(GenericAlias)
