"""A pure-Python ABCMeta (the counterpart of the native one in abc, as CPython's _py_abc).

Kept for code that wants ABCs without the `_abc` module (CPython's test_abc checks both).

Each class made by ABCMeta carries one `_abc_impl` object holding its registry of virtual
subclasses and its positive/negative subclass caches. The negative cache is valid only while
its version equals the global invalidation counter, which register() bumps.
Instantiation of a class whose __abstractmethods__ is non-empty is refused by the VM's
object.__new__ (as in CPython, setting __abstractmethods__ on a type flags it abstract).
"""

try:
    from _tspy import abc_set_collection_flag as _set_collection_flag
except ImportError:  # running somewhere without the VM hook
    def _set_collection_flag(cls, flag):
        return None

from _weakref import ref as _weakref_ref
from sys import getrefcount as _getrefcount

# tspy's builtin classes have pinned reference counts: they are never freed
_IMMORTAL = 1 << 29

_invalidation_counter = 0


def get_cache_token():
    """Return the current ABC cache token (changes whenever an ABC gains a virtual subclass)."""
    return _invalidation_counter


class _ClassRefs:
    """A set of classes that does not keep them alive (an ABC's registry and caches). Builtin
    classes never die: they are held directly in `static` (the fast path of isinstance checks on
    builtin values). Other classes: `refs` maps a plain weakref to the class (the one
    weakref.ref(cls) returns again, so a lookup of a present class allocates nothing) to a second
    weakref whose callback removes the entry when the class dies."""

    __slots__ = ("static", "refs", "drop", "__weakref__")

    def __init__(self):
        self.static = set()
        self.refs = {}
        owner = _weakref_ref(self)

        def drop(dead, owner=owner):
            me = owner()
            if me is not None:
                for key in [k for k, v in me.refs.items() if v is dead]:
                    del me.refs[key]

        self.drop = drop

    def add(self, cls):
        if _getrefcount(cls) >= _IMMORTAL:
            self.static.add(cls)
            return
        key = _weakref_ref(cls)
        if key not in self.refs:
            self.refs[key] = _weakref_ref(cls, self.drop)

    def __contains__(self, cls):
        if cls in self.static:
            return True
        if not self.refs:
            return False
        try:
            probe = _weakref_ref(cls)
        except TypeError:
            return False
        return probe in self.refs

    def __iter__(self):
        yield from list(self.static)
        for r in list(self.refs):
            cls = r()
            if cls is not None:
                yield cls

    def clear(self):
        self.static.clear()
        self.refs.clear()

    def __repr__(self):
        return repr(self.static | set(self.refs.values()))


class _AbcData:
    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version", "flag")

    def __init__(self):
        self.registry = _ClassRefs()  # virtual subclasses
        self.cache = _ClassRefs()
        self.negative_cache = _ClassRefs()
        self.negative_cache_version = _invalidation_counter
        self.flag = None  # 'sequence' / 'mapping' from __abc_tpflags__, for match patterns


def _abstracts_of(cls, namespace_items, bases):
    abstracts = {name for name, value in namespace_items if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, namespace.items(), bases)
        impl = cls._abc_impl = _AbcData()
        flags = namespace.get("__abc_tpflags__")
        if isinstance(flags, int):
            if flags & (1 << 5):
                impl.flag = "sequence"
            elif flags & (1 << 6):
                impl.flag = "mapping"
            if impl.flag is not None:
                _set_collection_flag(cls, impl.flag)
            try:
                delattr(cls, "__abc_tpflags__")
            except AttributeError:
                pass
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow use as a decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1
        flag = _collection_flag_of(cls)
        if flag is not None:
            _set_collection_flag(subclass, flag)
        return subclass

    def __instancecheck__(cls, instance):
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_cache_version == _invalidation_counter and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _invalidation_counter:
            impl.negative_cache.clear()
            impl.negative_cache_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (impl.cache if ok else impl.negative_cache).add(subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            impl.cache.add(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def _collection_flag_of(cls):
    # collections.abc marks Sequence/Mapping with __abc_tpflags__; the flag is inherited.
    for base in cls.__mro__:
        impl = base.__dict__.get("_abc_impl")
        if impl is not None and impl.flag is not None:
            return impl.flag
    return None
