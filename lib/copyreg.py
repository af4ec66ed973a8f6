"""Pickle support registry (copyreg) for tspy: the reduction functions used by pickle
and copy for particular types, the helpers object.__reduce_ex__ builds on
(__newobj__, __newobj_ex__, _reconstructor, _reduce_ex, _slotnames) and the extension
code registry."""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

# type -> reduction function, consulted by pickle and copy before __reduce_ex__
dispatch_table = {}


def _require_callable(value, message):
    if not callable(value):
        raise TypeError(message)


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reduction function of ob_type."""
    _require_callable(pickle_function, "reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # constructor_ob is only checked; it used to matter for very old pickle protocols
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    _require_callable(object, "constructors must be callable")


def pickle_complex(c):
    return (complex, (c.real, c.imag))


def pickle_union(obj):
    # X | Y | Z is rebuilt as functools.reduce(operator.or_, (X, Y, Z))
    from functools import reduce
    from operator import or_
    return (reduce, (or_, obj.__args__))


dispatch_table[complex] = pickle_complex
dispatch_table[type(int | str)] = pickle_union


# ---------------------------------------------------------------- protocols 0 and 1

def _reconstructor(cls, base, state):
    """Rebuild an object of class cls whose nearest builtin base is `base`, from the
    builtin value `state` (None when base is object)."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


_HEAPTYPE = 1 << 9
_BuiltinNew = type(int.__new__)


def _builtin_base(cls):
    """The first class of cls's MRO that is not a heap type (defined in Python) or whose
    __new__ is its own builtin one; object when there is none."""
    for base in cls.__mro__:
        flags = getattr(base, '__flags__', None)
        if flags is not None and not flags & _HEAPTYPE:
            return base
        new = base.__new__
        if isinstance(new, _BuiltinNew) and new.__self__ is base:
            return base
    return object


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    klass = self.__class__
    base = _builtin_base(klass)
    if base is klass:
        raise TypeError(f"cannot pickle {klass.__name__!r} object")
    recipe = (klass, base, None if base is object else base(self))
    getstate = getattr(self, '__getstate__', None)
    if getstate is None:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {klass.__name__!r} object: a class that defines "
                            f"__slots__ without defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        contents = getattr(self, '__dict__', None)
    else:
        if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled")
        contents = getstate()
    return (_reconstructor, recipe, contents) if contents else (_reconstructor, recipe)


# ---------------------------------------------------------------- protocol 2 and later

def __newobj__(cls, *args):
    make = cls.__new__
    return make(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    # __newobj__ with keyword arguments too (pickle protocol 4)
    make = cls.__new__
    return make(cls, *args, **kwargs)


def _mangled(owner, name):
    """A __private slot name as stored: _Owner__name (owner's leading underscores
    stripped); unchanged when the owner's name is only underscores."""
    stem = owner.__name__.lstrip('_')
    return f'_{stem}{name}' if stem else name


def _slotnames(cls):
    """The names of the slots of cls and its bases (mangled, without __dict__ and
    __weakref__), cached in cls.__slotnames__ when possible."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__", ())
            if "__slots__" not in klass.__dict__:
                continue
            if isinstance(declared, str):
                declared = (declared,)
            for name in declared:
                if name in ("__dict__", "__weakref__"):
                    continue
                private = name.startswith('__') and not name.endswith('__')
                found.append(_mangled(klass, name) if private else name)
    try:
        cls.__slotnames__ = found
    except Exception:
        pass  # classes that do not take attributes keep no cache
    return found


# ---------------------------------------------------------------- extension codes
# Registered (module, name) <-> code pairs let pickles refer to objects by small
# integers.  Codes 1..127 are for the standard library, 128..191 for third parties,
# 192..239 reserved, 240..255 private, the rest free.

_extension_registry = {}                # (module, name) -> code
_inverted_registry = {}                 # code -> (module, name)
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Give the global (module, name) the extension code `code`."""
    number = int(code)
    if number < 1 or number > 0x7fffffff:
        raise ValueError("code out of range")
    pair = (module, name)
    known_code = _extension_registry.get(pair)
    known_pair = _inverted_registry.get(number)
    if known_code == number and known_pair == pair:
        return  # already registered exactly so
    if known_code is not None:
        raise ValueError(f"key {pair} is already registered with code {known_code}")
    if known_pair is not None:
        raise ValueError(f"code {number} is already in use for key {known_pair}")
    _inverted_registry[number] = pair
    _extension_registry[pair] = number


def remove_extension(module, name, code):
    """Forget the (module, name) <-> code registration (tests use this)."""
    pair = (module, name)
    if _extension_registry.get(pair) != code or _inverted_registry.get(code) != pair:
        raise ValueError(f"key {pair} is not registered with code {code}")
    _inverted_registry.pop(code)
    _extension_registry.pop(pair)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
