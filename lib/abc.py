"""Abstract Base Classes (PEP 3119) for tspy.

ABCMeta keeps no state of its own: creating an ABC, register(), isinstance() and issubclass()
are the native `_abc` module's functions (src/modules/_abc.ts). Each ABC carries an `_abc_impl`
object there with its registry of virtual subclasses and its positive/negative subclass caches
(weak: they never keep a class alive); the negative caches are dropped whenever any ABC gains a
virtual subclass (get_cache_token() changes then).
Instantiating a class whose __abstractmethods__ is non-empty is refused by object.__new__.
"""

import _abc as _native


def abstractmethod(funcobj):
    """Mark funcobj abstract: a class with abstract methods cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


get_cache_token = _native.get_cache_token


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod stacked on abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod stacked on abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractproperty(property):
    """Deprecated: use property stacked on abstractmethod."""
    __isabstractmethod__ = True


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        made = super().__new__(mcls, name, bases, namespace, **kwargs)
        _native._abc_init(made)
        return made

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow use as a decorator."""
        return _native._abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        return _native._abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        return _native._abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches (for debugging)."""
        state = _native._get_dump(cls)
        lines = [f"Class: {cls.__module__}.{cls.__qualname__}", f"Inv. counter: {get_cache_token()}"]
        for label, value in zip(("registry", "cache", "negative_cache", "negative_cache_version"), state):
            lines.append(f"_abc_{label}: {value!r}")
        for line in lines:
            print(line, file=file)

    def _abc_registry_clear(cls):
        _native._reset_registry(cls)

    def _abc_caches_clear(cls):
        _native._reset_caches(cls)


def _abstract_names(cls):
    # names abstract in cls's own namespace, or inherited abstract and not overridden
    found = {name for name, value in cls.__dict__.items() if getattr(value, "__isabstractmethod__", False)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                found.add(name)
    return frozenset(found)


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class (e.g. after a class decorator
    added or implemented methods). Classes that are not ABCs are returned unchanged."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: an ABC can be defined by simply deriving from ABC."""
    __slots__ = ()
