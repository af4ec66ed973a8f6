"""Weak references: the reference types and the containers built from them.

ref, proxy and the counting helpers are the interpreter's own (_weakref). This file
adds what is written in Python on top of them:

  WeakMethod           a ref to a bound method that lives as long as both its
                       instance and its function
  WeakValueDictionary  a mapping whose values are held weakly
  WeakKeyDictionary    a mapping whose keys are held weakly
  WeakSet              a set whose members are held weakly
  finalize             call a function when an object dies (or at exit)

Containers and iteration: a weakref callback that fires while a container is being
iterated must not change the underlying dict/set, so the containers count the
iterations in progress; while the count is non-zero a dead entry is only queued and
the queue is drained when the last iteration ends (or before the next mutation).
"""

import sys
from _weakref import (
    ref, proxy, getweakrefcount, getweakrefs,
    ReferenceType, ProxyType, CallableProxyType, _remove_dead_weakref,
)
from collections.abc import MutableMapping, MutableSet
from types import GenericAlias

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


# --------------------------------------------------------------------------------------
# WeakMethod

class WeakMethod(ref):
    """A weak reference to a bound method.

    A bound method object is usually temporary, so a plain ref to it dies at once.
    A WeakMethod instead refers weakly to the method's instance and its function and
    calling it rebuilds the bound method while both are alive.
    """

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            target = meth.__self__
            function = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        # One callback serves both referents; it reaches the WeakMethod through a weak
        # reference so that the method object does not keep itself alive.
        def on_death(_dead, callback=callback):
            me = me_ref()
            if me is None or not me._alive:
                return
            me._alive = False
            if callback is not None:
                callback(me)

        self = ref.__new__(cls, target, on_death)
        self._func_ref = ref(function, on_death)
        self._meth_type = type(meth)
        self._alive = True
        me_ref = ref(self)
        return self

    def __call__(self):
        target = super().__call__()
        function = self._func_ref()
        if target is None or function is None:
            return None
        return self._meth_type(function, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return self is not other

    __hash__ = ref.__hash__


# --------------------------------------------------------------------------------------
# shared machinery of the containers

class _Guarded:
    """Counts the iterations running over a container and queues removals meanwhile."""

    __slots__ = ()

    def _enter(self):
        self._busy += 1

    def _leave(self):
        self._busy -= 1
        if self._busy == 0 and self._queued:
            self._flush()


class KeyedRef(ref):
    """A ref that remembers the key it is stored under (WeakValueDictionary's values)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


# --------------------------------------------------------------------------------------
# WeakValueDictionary

class WeakValueDictionary(MutableMapping):
    """Mapping class that references values weakly.

    An entry disappears when its value has no strong references left.
    """

    def __init__(self, other=(), /, **kw):
        self_ref = ref(self)

        def on_value_death(wr, self_ref=self_ref, remove=_remove_dead_weakref):
            container = self_ref()
            if container is None:
                return
            if container._busy:
                container._queued.append(wr.key)
            else:
                # only if the entry still holds this dead ref (it may have been replaced)
                remove(container.data, wr.key)

        self._remove = on_value_death
        self._queued = []
        self._busy = 0
        self.data = {}
        self.update(other, **kw)

    # iteration bookkeeping
    _enter = _Guarded._enter
    _leave = _Guarded._leave

    def _flush(self):
        queued, self._queued = self._queued, []
        data = self.data
        for key in queued:
            _remove_dead_weakref(data, key)

    def _settle(self):
        if self._queued and not self._busy:
            self._flush()

    def __getitem__(self, key):
        self._settle()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __delitem__(self, key):
        self._settle()
        del self.data[key]

    def __len__(self):
        self._settle()
        return len(self.data)

    def __contains__(self, key):
        self._settle()
        try:
            value = self.data[key]()
        except KeyError:
            return False
        return value is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __setitem__(self, key, value):
        self._settle()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        self._settle()
        result = type(self)()
        self._enter()
        try:
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    result[key] = value
        finally:
            self._leave()
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._settle()
        result = type(self)()
        self._enter()
        try:
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    result[deepcopy(key, memo)] = value
        finally:
            self._leave()
        return result

    def get(self, key, default=None):
        self._settle()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        value = wr()
        return default if value is None else value

    def items(self):
        self._settle()
        self._enter()
        try:
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    yield key, value
        finally:
            self._leave()

    def keys(self):
        self._settle()
        self._enter()
        try:
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key
        finally:
            self._leave()

    __iter__ = keys

    def itervaluerefs(self):
        """Iterate over the weak references to the values (which may die meanwhile)."""
        self._settle()
        self._enter()
        try:
            yield from self.data.values()
        finally:
            self._leave()

    def values(self):
        self._settle()
        self._enter()
        try:
            for wr in self.data.values():
                value = wr()
                if value is not None:
                    yield value
        finally:
            self._leave()

    def popitem(self):
        self._settle()
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def pop(self, key, *default):
        self._settle()
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is not None:
            return value
        self._settle()
        self.data[key] = KeyedRef(default, self._remove, key)
        return default

    def update(self, other=None, /, **kwargs):
        self._settle()
        data = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                data[key] = KeyedRef(value, self._remove, key)
        for key, value in kwargs.items():
            data[key] = KeyedRef(value, self._remove, key)

    def valuerefs(self):
        """The weak references to the values, as a list."""
        self._settle()
        return list(self.data.values())

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, MutableMapping) or hasattr(other, "keys"):
            result = self.copy()
            result.update(other)
            return result
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, MutableMapping) or hasattr(other, "keys"):
            result = type(self)()
            result.update(other)
            result.update(self)
            return result
        return NotImplemented


# --------------------------------------------------------------------------------------
# WeakKeyDictionary

class WeakKeyDictionary(MutableMapping):
    """Mapping class that references keys weakly.

    An entry disappears when its key has no strong references left. Keys must be
    hashable and weakly referenceable.
    """

    def __init__(self, dict=None):
        self.data = {}
        self_ref = ref(self)

        def on_key_death(wr, self_ref=self_ref):
            container = self_ref()
            if container is None:
                return
            if container._busy:
                container._queued.append(wr)
            else:
                try:
                    del container.data[wr]
                except KeyError:
                    pass

        self._remove = on_key_death
        self._queued = []
        self._busy = 0
        if dict is not None:
            self.update(dict)

    _enter = _Guarded._enter
    _leave = _Guarded._leave

    def _flush(self):
        # a dead key's ref only compares equal to itself: each is deleted by identity
        queued, self._queued = self._queued, []
        data = self.data
        for wr in queued:
            try:
                del data[wr]
            except KeyError:
                pass

    def _settle(self):
        if self._queued and not self._busy:
            self._flush()

    def __delitem__(self, key):
        self._settle()
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._queued and not self._busy:
            self._flush()
        return len(self.data) - len(self._queued)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __setitem__(self, key, value):
        self._settle()
        self.data[ref(key, self._remove)] = value

    def copy(self):
        result = type(self)()
        self._enter()
        try:
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    result[key] = value
        finally:
            self._leave()
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = type(self)()
        self._enter()
        try:
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    result[key] = deepcopy(value, memo)
        finally:
            self._leave()
        return result

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        self._enter()
        try:
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value
        finally:
            self._leave()

    def keys(self):
        self._enter()
        try:
            for wr in self.data:
                key = wr()
                if key is not None:
                    yield key
        finally:
            self._leave()

    __iter__ = keys

    def values(self):
        self._enter()
        try:
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value
        finally:
            self._leave()

    def keyrefs(self):
        """The weak references to the keys, as a list."""
        return list(self.data)

    def popitem(self):
        self._settle()
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *default):
        self._settle()
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        self._settle()
        data = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                data[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, MutableMapping) or hasattr(other, "keys"):
            result = self.copy()
            result.update(other)
            return result
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, MutableMapping) or hasattr(other, "keys"):
            result = type(self)()
            result.update(other)
            result.update(self)
            return result
        return NotImplemented


# --------------------------------------------------------------------------------------
# WeakSet

class WeakSet(MutableSet):
    """A set whose members are referenced weakly: a member leaves when it dies."""

    def __init__(self, data=None):
        self.data = set()
        self_ref = ref(self)

        def on_member_death(wr, self_ref=self_ref):
            container = self_ref()
            if container is None:
                return
            if container._busy:
                container._queued.append(wr)
            else:
                container.data.discard(wr)

        self._remove = on_member_death
        self._queued = []
        self._busy = 0
        if data is not None:
            self.update(data)

    _enter = _Guarded._enter
    _leave = _Guarded._leave

    def _flush(self):
        queued, self._queued = self._queued, []
        for wr in queued:
            self.data.discard(wr)

    def _settle(self):
        if self._queued and not self._busy:
            self._flush()

    def __iter__(self):
        self._enter()
        try:
            for wr in self.data:
                member = wr()
                if member is not None:
                    yield member
        finally:
            self._leave()

    def __len__(self):
        return len(self.data) - len(self._queued)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return type(self), (list(self),), self.__getstate__()

    def add(self, item):
        self._settle()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self._settle()
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        self._settle()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            member = wr()
            if member is not None:
                return member

    def remove(self, item):
        self._settle()
        self.data.remove(ref(item))

    def discard(self, item):
        self._settle()
        self.data.discard(ref(item))

    def update(self, other):
        self._settle()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        self._settle()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._settle()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        self._settle()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return type(self)(member for part in (self, other) for member in part)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(GenericAlias)




# CPython defines WeakSet in _weakrefset (its repr and pickles name that module).
WeakSet.__module__ = '_weakrefset'
# --------------------------------------------------------------------------------------
# finalize

class finalize:
    """Register func(*args, **kwargs) to be called when obj is garbage collected.

    A finalize object is alive until it is called (explicitly or at obj's death) or
    detached. Finalizers still alive at interpreter exit are called then, newest
    first, unless their `atexit` attribute was set to false.
    """

    __slots__ = ()

    # finalize -> [weakref to obj, func, args, kwargs, atexit flag, creation number]
    _registry = {}
    _shutdown = False
    _counter = 0
    _changed = False
    _atexit_hooked = False

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._atexit_hooked:
            import atexit
            atexit.register(cls._exitfunc)
            cls._atexit_hooked = True
        cls._counter += 1
        self._registry[self] = [ref(obj, self), func, args, kwargs or None, True, cls._counter]
        cls._changed = True

    def __call__(self, _=None):
        """Call the function now (at most once); returns its result, or None if dead."""
        entry = self._registry.pop(self, None)
        if entry is not None and not finalize._shutdown:
            return entry[1](*entry[2], **(entry[3] or {}))

    def detach(self):
        """Unregister; returns (obj, func, args, kwargs), or None if dead."""
        entry = self._registry.get(self)
        if entry is None:
            return None
        obj = entry[0]()
        if obj is not None and self._registry.pop(self, None) is not None:
            return (obj, entry[1], entry[2], entry[3] or {})
        return None

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        entry = self._registry.get(self)
        if entry is None:
            return None
        obj = entry[0]()
        if obj is None:
            return None
        return (obj, entry[1], entry[2], entry[3] or {})

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive."""
        entry = self._registry.get(self)
        return bool(entry) and entry[4]

    @atexit.setter
    def atexit(self, value):
        entry = self._registry.get(self)
        if entry is not None:
            entry[4] = bool(value)

    def __repr__(self):
        entry = self._registry.get(self)
        obj = None if entry is None else entry[0]()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        chosen = [(entry[5], f) for f, entry in cls._registry.items() if entry[4]]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # Finalizers may create or kill other finalizers: the candidates are recomputed
        # whenever the registry changed. The collector stays off meanwhile so that no
        # finalizer runs from a collection in the middle of this loop.
        gc_was_on = False
        try:
            if cls._registry:
                import gc
                gc_was_on = gc.isenabled()
                if gc_was_on:
                    gc.disable()
                todo = None
                while True:
                    if todo is None or finalize._changed:
                        todo = cls._select_for_exit()
                        finalize._changed = False
                    if not todo:
                        break
                    f = todo.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._shutdown = True
            if gc_was_on:
                import gc
                gc.enable()
