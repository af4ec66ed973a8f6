"""Container datatypes for tspy: deque, defaultdict, OrderedDict, Counter, namedtuple,
ChainMap and the User* wrappers, all in Python.

Layouts chosen here (none is visible from Python code):
- deque keeps its items in one list `_a` from index `_lo` on; slots before `_lo` are free
  room for appendleft/popleft, so both ends are amortised O(1).
- OrderedDict keeps its entries in the dict storage itself, in their logical order:
  moving a key to the end is pop + reinsert, moving it to the front rebuilds the dict.
  `_state` counts structural changes so that iterators can detect them.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from keyword import iskeyword as _iskeyword
from collections.abc import (Mapping as _Mapping, MutableMapping as _MutableMapping,
                             MutableSequence as _MutableSequence, Sequence as _Sequence,
                             KeysView as _KeysView, ItemsView as _ItemsView,
                             ValuesView as _ValuesView)
from abc import update_abstractmethods as _update_abstractmethods
import collections.abc as abc  # noqa: F401  (collections.abc is an attribute of the package)

_GenericAlias = type(list[int])
_unset = object()


# Recursion guard for reprs of containers that may contain themselves.
_repr_active = set()


def _guarded_repr(obj, render, fallback):
    token = id(obj)
    if token in _repr_active:
        return fallback
    _repr_active.add(token)
    try:
        return render()
    finally:
        _repr_active.discard(token)


def _as_index(value, message):
    """value.__index__() for integer-like values; TypeError(message) otherwise."""
    if isinstance(value, int):
        return int.__index__(value)
    hook = getattr(type(value), '__index__', None)
    if hook is None:
        raise TypeError(message % type(value).__name__)
    return hook(value)


# ======================================================================== deque

class _deque_iterator:
    """Iterator over a deque; stops with RuntimeError once the deque changes shape."""

    __slots__ = ('_dq', '_pos', '_left', '_state')

    def __init__(self, dq, start=0):
        self._dq = dq
        self._pos = start
        self._left = len(dq) - start
        self._state = dq._state

    def __iter__(self):
        return self

    def __next__(self):
        dq = self._dq
        if dq._state != self._state:
            self._left = 0
            raise RuntimeError('deque mutated during iteration')
        if self._left <= 0:
            raise StopIteration
        item = dq._a[dq._lo + self._pos]
        self._pos += 1
        self._left -= 1
        return item

    def __length_hint__(self):
        return max(self._left, 0)


class _deque_reverse_iterator(_deque_iterator):
    __slots__ = ()

    def __init__(self, dq):
        super().__init__(dq)
        self._pos = len(dq) - 1

    def __next__(self):
        dq = self._dq
        if dq._state != self._state:
            self._left = 0
            raise RuntimeError('deque mutated during iteration')
        if self._left <= 0:
            raise StopIteration
        item = dq._a[dq._lo + self._pos]
        self._pos -= 1
        self._left -= 1
        return item


class deque:
    """deque([iterable[, maxlen]]) --> double-ended queue

    Sequence with fast appends and pops at both ends; a deque with a maxlen drops items
    from the opposite end when it is full."""

    __slots__ = ('_a', '_lo', '_max', '_state', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._a = []
        self._lo = 0
        self._max = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
            maxlen = int(maxlen)
        self._max = maxlen
        if len(self):
            self.clear()
        self.extend(iterable)

    # -- storage helpers
    def _compact(self):
        if self._lo:
            del self._a[:self._lo]
            self._lo = 0

    def _live(self):
        return self._a[self._lo:] if self._lo else list(self._a)

    def _position(self, i):
        i = _as_index(i, "sequence index must be integer, not '%s'")
        n = len(self._a) - self._lo
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return self._lo + i

    @property
    def maxlen(self):
        """The bound given at creation (None: unbounded)."""
        return self._max

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    # -- ends
    def append(self, x, /):
        """Put x at the right end."""
        self._state += 1
        self._a.append(x)
        if self._max is not None and len(self._a) - self._lo > self._max:
            self._drop_left()

    def appendleft(self, x, /):
        """Put x at the left end."""
        self._state += 1
        if self._lo == 0:
            room = max(8, len(self._a))
            self._a[0:0] = [None] * room
            self._lo = room
        self._lo -= 1
        self._a[self._lo] = x
        if self._max is not None and len(self._a) - self._lo > self._max:
            self._a.pop()

    def _drop_left(self):
        a = self._a
        item = a[self._lo]
        a[self._lo] = None
        self._lo += 1
        if self._lo == len(a):
            a.clear()
            self._lo = 0
        elif self._lo > 32 and 2 * self._lo > len(a):
            self._compact()
        return item

    def pop(self):
        """Take the item at the right end (IndexError when empty)."""
        if len(self._a) == self._lo:
            raise IndexError('pop from an empty deque')
        self._state += 1
        item = self._a.pop()
        if len(self._a) == self._lo:
            self._a.clear()
            self._lo = 0
        return item

    def popleft(self):
        """Take the item at the left end (IndexError when empty)."""
        if len(self._a) == self._lo:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._drop_left()

    def extend(self, iterable, /):
        """append() every item of iterable."""
        if iterable is self:
            iterable = self._live()
        if self._max is None:
            source = iter(iterable)
            self._state += 1
            self._a.extend(source)
            return
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable, /):
        """appendleft() every item of iterable (so they end up reversed)."""
        if iterable is self:
            iterable = self._live()
        for item in iterable:
            self.appendleft(item)

    def clear(self):
        """Make the deque empty."""
        self._state += 1
        self._a = []
        self._lo = 0

    # -- whole-deque operations
    def rotate(self, n=1, /):
        """Move the last n items to the front (n < 0: the first -n items to the back)."""
        n = _as_index(n, "'%s' object cannot be interpreted as an integer")
        items = self._live()
        size = len(items)
        if size <= 1:
            return
        n %= size
        if n:
            self._state += 1
            self._a = items[size - n:] + items[:size - n]
            self._lo = 0

    def reverse(self):
        """Reverse *IN PLACE*"""
        items = self._live()
        items.reverse()
        self._a = items
        self._lo = 0

    def copy(self):
        """New deque (of the same type and maxlen) with the same items."""
        cls = type(self)
        if cls is deque:
            twin = deque((), self._max)
            twin._a = self._live()
            return twin
        if self._max is None:
            return cls(self)
        return cls(self, self._max)

    __copy__ = copy

    # -- searching
    def _scan(self, value, start, stop):
        """Yield positions (relative) in [start, stop) whose item equals value; raises if
        the deque changes meanwhile."""
        state = self._state
        for i in range(start, stop):
            if i >= len(self._a) - self._lo:
                break
            item = self._a[self._lo + i]
            equal = item is value or item == value
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            if equal:
                yield i

    def count(self, value, /):
        """Return number of occurrences of value"""
        return sum(1 for _ in self._scan(value, 0, len(self)))

    def __contains__(self, value):
        for _ in self._scan(value, 0, len(self)):
            return True
        return False

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        msg = 'slice indices must be integers or have an __index__ method'
        start = _as_index(start, msg)
        stop = _as_index(stop, msg)
        n = len(self)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        for i in self._scan(value, min(start, stop), stop):
            return i
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value, /):
        """Insert value before index."""
        index = _as_index(index, "'%s' object cannot be interpreted as an integer")
        n = len(self)
        if self._max is not None and n >= self._max:
            raise IndexError('deque already at its maximum size')
        if index < 0:
            index = max(index + n, 0)
        elif index > n:
            index = n
        self._state += 1
        if index == 0:
            self._state -= 1
            self.appendleft(value)
        else:
            self._a.insert(self._lo + index, value)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        for i in self._scan(value, 0, len(self)):
            self._state += 1
            del self._a[self._lo + i]
            return
        raise ValueError(f'{value!r} is not in deque')

    # -- item access
    def __getitem__(self, index):
        return self._a[self._position(index)]

    def __setitem__(self, index, value):
        self._a[self._position(index)] = value

    def __delitem__(self, index):
        where = self._position(index)
        self._state += 1
        del self._a[where]

    def __len__(self):
        return len(self._a) - self._lo

    def __bool__(self):
        return len(self._a) > self._lo

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        """Iterator from the right end to the left end."""
        return _deque_reverse_iterator(self)

    __hash__ = None

    # -- arithmetic
    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, times):
        result = self.copy()
        result *= times
        return result

    __rmul__ = __mul__

    def __imul__(self, times):
        times = _as_index(times, "can't multiply sequence by non-int of type '%s'")
        items = self._live()
        if times <= 0 or not items:
            self.clear()
            return self
        if times == 1:
            return self
        if self._max is not None:
            times = min(times, self._max // len(items) + 1)
        items = items * times
        if self._max is not None and len(items) > self._max:
            items = items[len(items) - self._max:]
        self._state += 1
        self._a = items
        self._lo = 0
        return self

    # -- comparisons (deque against deque only)
    def _cmp_pair(self, other):
        if isinstance(other, deque):
            return self._live(), other._live()
        return None

    def __eq__(self, other):
        pair = self._cmp_pair(other)
        return NotImplemented if pair is None else pair[0] == pair[1]

    def __ne__(self, other):
        pair = self._cmp_pair(other)
        return NotImplemented if pair is None else pair[0] != pair[1]

    def __lt__(self, other):
        pair = self._cmp_pair(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._cmp_pair(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._cmp_pair(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._cmp_pair(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    # -- representation and pickling
    def __repr__(self):
        def render():
            body = repr(self._live())
            name = type(self).__name__
            if self._max is None:
                return f'{name}({body})'
            return f'{name}({body}, maxlen={self._max})'
        return _guarded_repr(self, render, '[...]')

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        args = () if self._max is None else ((), self._max)
        return type(self), args, state, iter(self)

    __class_getitem__ = classmethod(_GenericAlias)


deque.__module__ = 'collections'
_MutableSequence.register(deque)


# ================================================================== defaultdict

_factory_repr_active = set()


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with a default factory

    Reading a missing key with d[key] stores and returns default_factory() (a KeyError
    when the factory is None); get() and `in` are unaffected.  The other arguments are
    those of dict().  Equal to a plain dict with the same items.
    """

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = getattr(self, 'default_factory', None)
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = getattr(self, 'default_factory', None)
        if factory is None:
            shown = 'None'
        elif id(factory) in _factory_repr_active:
            shown = '...'
        else:
            _factory_repr_active.add(id(factory))
            try:
                shown = repr(factory)
            finally:
                _factory_repr_active.discard(id(factory))
        return f'{type(self).__name__}({shown}, {dict.__repr__(self)})'

    def copy(self):
        """New defaultdict with the same factory and items."""
        return type(self)(getattr(self, 'default_factory', None), self)

    __copy__ = copy

    def __reduce__(self):
        factory = getattr(self, 'default_factory', None)
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    __class_getitem__ = classmethod(_GenericAlias)


defaultdict.__module__ = 'collections'


# ================================================================== OrderedDict

class _odict_iterator:
    """Iterator over an OrderedDict's keys, values or items, in either direction."""

    __slots__ = ('_od', '_src', '_state', '_size')

    def __init__(self, od, view, backwards):
        self._od = od
        self._src = reversed(view) if backwards else iter(view)
        self._state = od._state
        self._size = len(od)

    def __iter__(self):
        return self

    def __next__(self):
        od = self._od
        if od is None:
            raise StopIteration
        if od._state != self._state:
            raise RuntimeError('OrderedDict mutated during iteration')
        if len(od) != self._size:
            raise RuntimeError('OrderedDict changed size during iteration')
        try:
            return next(self._src)
        except StopIteration:
            self._od = None
            raise


_odict_iterator.__name__ = _odict_iterator.__qualname__ = 'odict_iterator'


class _odict_view_base:
    __slots__ = ()

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'

    def __iter__(self):
        return _odict_iterator(self._mapping, self._storage(), False)

    def __reversed__(self):
        return _odict_iterator(self._mapping, self._storage(), True)


class odict_keys(_odict_view_base, _KeysView):
    __slots__ = ()

    def _storage(self):
        return dict.keys(self._mapping)


class odict_values(_odict_view_base, _ValuesView):
    __slots__ = ()

    def _storage(self):
        return dict.values(self._mapping)


class odict_items(_odict_view_base, _ItemsView):
    __slots__ = ()

    def _storage(self):
        return dict.items(self._mapping)


def _pairs_into(target, source):
    """Store the pairs of an iterable of 2-sequences, with dict()'s messages."""
    for number, pair in enumerate(source):
        try:
            pair = tuple(pair)
        except TypeError:
            raise TypeError(f'cannot convert dictionary update sequence element #{number} '
                            f'to a sequence') from None
        if len(pair) != 2:
            raise ValueError(f'dictionary update sequence element #{number} has length '
                             f'{len(pair)}; 2 is required')
        target[pair[0]] = pair[1]


class OrderedDict(dict):
    """dict that keeps its keys in insertion order, with order-aware equality,
    move_to_end() and popitem(last=...)."""

    __slots__ = ('_state', '__dict__', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = dict.__new__(cls)
        self._state = 0
        return self

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        self.update(*args, **kwds)

    # -- structural changes
    def __setitem__(self, key, value):
        if not dict.__contains__(self, key):
            self._state += 1
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self._state += 1

    def clear(self):
        """Remove all items from ordered dict."""
        dict.clear(self)
        self._state += 1

    def popitem(self, last=True):
        """Take the last (key, value) pair, or the first one when last is false."""
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        self._state += 1
        if last:
            return dict.popitem(self)
        first = next(iter(dict.keys(self)))
        return first, dict.pop(self, first)

    def move_to_end(self, key, last=True):
        """Reposition key at the end of the order (at the start when last is false);
        KeyError if it is absent."""
        if not dict.__contains__(self, key):
            raise KeyError(key)
        keys = dict.keys(self)
        if last:
            if next(reversed(keys)) == key:
                return
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
        else:
            if next(iter(keys)) == key:
                return
            value = dict.pop(self, key)
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)
        self._state += 1

    def pop(self, key, default=_unset):
        """Remove key and return its value; a missing key gives default, or KeyError
        when no default was passed."""
        if dict.__contains__(self, key):
            self._state += 1
            return dict.pop(self, key)
        if default is _unset:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        """Value of key; a missing key is first added (at the end) with value default."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if isinstance(other, dict) and type(other).__iter__ is dict.__iter__ \
                and not isinstance(other, OrderedDict):
            for key, value in dict.items(other):
                self[key] = value
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            _pairs_into(self, other)
        for key, value in kwds.items():
            self[key] = value

    # -- iteration and views
    def __iter__(self):
        return _odict_iterator(self, dict.keys(self), False)

    def __reversed__(self):
        """Keys from last to first."""
        return _odict_iterator(self, dict.keys(self), True)

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    # -- comparison, copying, representation
    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            return all(a == b for a, b in zip(dict.keys(self), dict.keys(other)))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def copy(self):
        """New instance of the same class with the same items in the same order."""
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """New instance whose keys come from iterable, in order, all mapped to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __repr__(self):
        name = type(self).__name__
        if not dict.__len__(self):
            return f'{name}()'

        def render():
            if type(self) is OrderedDict:
                pairs = list(dict.items(self))
            else:
                pairs = list(self.items())
            return f'{name}({pairs!r})'
        return _guarded_repr(self, render, '...')

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(dict.items(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_GenericAlias)


OrderedDict.__module__ = 'collections'


# ====================================================================== Counter

def _count_elements(mapping, iterable):
    # mapping[element] += 1 for every element, starting from 0
    lookup = mapping.get
    for element in iterable:
        mapping[element] = lookup(element, 0) + 1


class Counter(dict):
    """Dict subclass counting hashable items: elements are keys, their counts the values
    (zero and negative counts are allowed).  Missing elements count 0."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        # absent elements count zero (and are not added)
        return 0

    def total(self):
        """Total of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most common to the
        least (all of them when n is None); equal counts keep first-seen order."""
        ranked = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        """Iterator over the elements, each repeated as many times as its count (elements
        with a count below one are skipped)."""
        for element, times in self.items():
            for _ in range(times):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of counts."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    current = self.get
                    for element, extra in iterable.items():
                        self[element] = extra + current(element, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (of an iterable of elements or a mapping of counts); counts may
        become zero or negative."""
        if iterable is not None:
            current = self.get
            if isinstance(iterable, _Mapping):
                for element, less in iterable.items():
                    self[element] = current(element, 0) - less
            else:
                for element in iterable:
                    self[element] = current(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """New counter of the same class with the same counts."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, element):
        # deleting an absent element is not an error
        if element in self:
            super().__delitem__(element)

    # -- multiset comparisons (missing elements count as zero): installed below
    __hash__ = None

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f'{self.__class__.__name__}({shown!r})'

    # -- multiset arithmetic: results keep positive counts only
    def _combine(self, other, pick):
        """New Counter with pick(mine, theirs) for every element of either side (left
        side's elements first), keeping results above zero."""
        result = Counter()
        for element, mine in self.items():
            value = pick(mine, other[element])
            if value > 0:
                result[element] = value
        for element, theirs in other.items():
            if element not in self:
                value = pick(0, theirs)
                if value > 0:
                    result[element] = value
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, mine in self.items():
            value = mine - other[element]
            if value > 0:
                result[element] = value
        for element, theirs in other.items():
            if element not in self and theirs < 0:
                result[element] = 0 - theirs
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, mine in self.items():
            theirs = other[element]
            value = mine if mine < theirs else theirs
            if value > 0:
                result[element] = value
        return result

    def __pos__(self):
        # +counter: only the positive counts
        result = Counter()
        for element, count in self.items():
            if count > 0:
                result[element] = count
        return result

    def __neg__(self):
        # -counter: the negative counts, made positive
        result = Counter()
        for element, count in self.items():
            if count < 0:
                result[element] = 0 - count
        return result

    def _drop_nonpositive(self):
        for element in [e for e, count in self.items() if not count > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._drop_nonpositive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._drop_nonpositive()

    def __ior__(self, other):
        for element, theirs in other.items():
            if theirs > self[element]:
                self[element] = theirs
        return self._drop_nonpositive()

    def __iand__(self, other):
        for element, mine in self.items():
            theirs = other[element]
            if theirs < mine:
                self[element] = theirs
        return self._drop_nonpositive()


def _second(pair):
    return pair[1]


def _counter_relation(name, test, strict):
    """Counter comparison: test holds for the counts of every element of either side;
    strict relations also need some count to differ."""
    def relation(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        keys = (*self, *other)
        if not all(test(self[k], other[k]) for k in keys):
            return False
        return not all(self[k] == other[k] for k in keys) if strict else True
    relation.__name__ = name
    relation.__qualname__ = 'Counter.' + name
    return relation


def _install_counter_relations():
    from operator import eq, le, ge
    for name, test, strict in (('__eq__', eq, False), ('__le__', le, False),
                               ('__lt__', le, True), ('__ge__', ge, False),
                               ('__gt__', ge, True)):
        setattr(Counter, name, _counter_relation(name, test, strict))

    def __ne__(self, other):
        verdict = self.__eq__(other)
        return verdict if verdict is NotImplemented else not verdict
    __ne__.__qualname__ = 'Counter.__ne__'
    Counter.__ne__ = __ne__


_install_counter_relations()


# =================================================================== namedtuple

class _tuplegetter:
    """Read-only field accessor of a namedtuple class: item `index` of the tuple."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)


def _checked_names(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    if rename:
        taken = set()
        for pos, name in enumerate(names):
            bad = (not name.isidentifier() or _iskeyword(name)
                   or name.startswith('_') or name in taken)
            if bad:
                names[pos] = f'_{pos}'
            taken.add(name)
    for name in (typename, *names):
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    taken = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in taken:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        taken.add(name)
    return names


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Return a new tuple subclass named typename whose items can also be read as the
    attributes field_names (a sequence, or one string of names separated by spaces
    and/or commas).  `defaults` supplies values for the rightmost fields, `rename`
    replaces invalid field names by _index, `module` sets __module__."""
    typename = _sys.intern(str(typename))
    fields = tuple(_sys.intern(n) for n in _checked_names(typename, field_names, rename))
    count = len(fields)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[count - len(defaults):], defaults))

    signature = ', '.join(fields) + (',' if count == 1 else '')
    source = (f'def __new__(_cls, {signature}):\n'
              f'    return _build(_cls, ({signature}))\n')
    scope = {'_build': tuple.__new__, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    exec(source, scope)
    ctor = scope['__new__']
    ctor.__doc__ = f'Create new instance of {typename}({signature})'
    if defaults:
        ctor.__defaults__ = defaults

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made

    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    _replace.__doc__ = (f'Return a new {typename} object replacing specified fields '
                        f'with new values')

    def __repr__(self):
        # ClassName(field=value, ...)
        inner = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{self.__class__.__name__}({inner})'

    def _asdict(self):
        """dict of field name -> value."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """The values as a tuple (for copy and pickle)."""
        return tuple(self)

    for method in (ctor, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    namespace = {
        '__doc__': f'{typename}({signature})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': ctor,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f'Alias for field number {index}')
    cls = type(typename, (tuple,), namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


# ===================================================================== ChainMap

class ChainMap(_MutableMapping):
    """A view of several mappings as one: lookups search maps[0], maps[1], ... in turn;
    writes, updates and deletions only touch maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                # layer[key] rather than a membership test: layers may define __missing__
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # deepest layer first, so keys appear in the order they were first introduced
        seen = {}
        for layer in self.maps[::-1]:
            seen.update(dict.fromkeys(layer))
        return iter(seen)

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        def render():
            return '%s(%s)' % (type(self).__name__, ', '.join(repr(m) for m in self.maps))
        return _guarded_repr(self, render, '...')

    @classmethod
    def fromkeys(cls, iterable, *args):
        """ChainMap over one new dict made by dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """Same maps, except that the first one is a (shallow) copy."""
        head, *tail = self.maps
        return self.__class__(head.copy(), *tail)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap whose first map is m (default: a new dict, updated with kwargs)
        followed by the maps of this one."""
        if m is None:
            front = kwargs
        else:
            front = m
            if kwargs:
                front.update(kwargs)
        return self.__class__(front, *self.maps)

    @property
    def parents(self):
        """The ChainMap of every map but the first."""
        return self.__class__(*self.maps[1:])

    # -- mutations: first map only
    def __setitem__(self, key, value):
        front = self.maps[0]
        front[key] = value

    def __delitem__(self, key):
        front = self.maps[0]
        if key not in front:
            raise KeyError(f'Key not found in the first mapping: {key!r}')
        del front[key]

    def popitem(self):
        """Remove and return a (key, value) pair of the first map (KeyError if empty)."""
        front = self.maps[0]
        if not front:
            raise KeyError('No keys found in the first mapping.')
        return front.popitem()

    def pop(self, key, *args):
        """Remove key from the first map and return its value (or the default given)."""
        front = self.maps[0]
        if key in front or args:
            return front.pop(key, *args)
        raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty the first map; the others are untouched."""
        front = self.maps[0]
        front.clear()

    def __ior__(self, other):
        front = self.maps[0]
        front.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _Mapping):
            result = self.copy()
            result.maps[0].update(other)
            return result
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _Mapping):
            merged = dict(other)
            for layer in self.maps[::-1]:
                merged.update(layer)
            return self.__class__(merged)
        return NotImplemented


# ============================================================= User* wrappers
#
# The wrappers keep their contents in `self.data` (a dict, list or str).  Most methods just
# forward to `data`; they are generated from the tables below.  `unwrap` methods accept
# instances of the wrapper class for their arguments, `wrap` methods return an instance
# of the caller's class built from the plain result.

def _forward(name, owner, wrap=False, unwrap=False):
    def method(self, /, *args, **kwargs):
        if unwrap:
            args = [a.data if isinstance(a, owner) else a for a in args]
        result = getattr(self.data, name)(*args, **kwargs)
        return self.__class__(result) if wrap else result
    method.__name__ = name
    method.__qualname__ = f'{owner.__name__}.{name}'
    return method


def _forward_operator(name, owner, func, unwrap=True):
    def method(self, other):
        return func(self.data, other.data if unwrap and isinstance(other, owner) else other)
    method.__name__ = name
    method.__qualname__ = f'{owner.__name__}.{name}'
    return method


def _install(owner, names, **how):
    for name in names:
        setattr(owner, name, _forward(name, owner, **how))


def _install_comparisons(owner):
    from operator import lt, le, eq, gt, ge
    for name, func in (('__lt__', lt), ('__le__', le), ('__eq__', eq),
                       ('__gt__', gt), ('__ge__', ge)):
        setattr(owner, name, _forward_operator(name, owner, func))


def _install_data_protocol(owner, **builtin_funcs):
    """__len__ = len(self.data) and the like."""
    for name, func in builtin_funcs.items():
        def method(self, /, _f=func):
            return _f(self.data)
        method.__name__ = name
        method.__qualname__ = f'{owner.__name__}.{name}'
        setattr(owner, name, method)


def _clone_with(self, fresh_data):
    """__copy__ of the wrappers: same class and attributes, own copy of `data`."""
    twin = self.__class__.__new__(self.__class__)
    vars(twin).update(vars(self))
    vars(twin)['data'] = fresh_data
    return twin


class UserDict(_MutableMapping):
    """Dictionary-like class keeping its contents in the plain dict `data`; meant to be
    subclassed."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs or None):
            if source is not None:
                self.update(source)

    def __getitem__(self, key):
        try:
            return self.data[key]
        except KeyError:
            pass
        hook = getattr(type(self), '__missing__', None)
        if hook is None:
            raise KeyError(key)
        return hook(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def _plain(self, other):
        if isinstance(other, UserDict):
            return other.data
        return other if isinstance(other, dict) else None

    def __or__(self, other):
        plain = self._plain(other)
        return NotImplemented if plain is None else self.__class__(self.data | plain)

    def __ror__(self, other):
        plain = self._plain(other)
        return NotImplemented if plain is None else self.__class__(plain | self.data)

    def __ior__(self, other):
        plain = self._plain(other)
        self.data |= other if plain is None else plain
        return self

    def __copy__(self):
        return _clone_with(self, self.data.copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # a subclass: copy its attributes but refill the data through its own methods
        import copy
        kept, self.data = self.data, {}
        try:
            twin = copy.copy(self)
        finally:
            self.data = kept
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


_install_data_protocol(UserDict, __len__=len, __iter__=iter, __repr__=repr)


class UserList(_MutableSequence):
    """List-like class keeping its contents in the plain list `data`; meant to be
    subclassed."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = list(initlist.data)
        else:
            self.data = list(initlist)

    def __getitem__(self, i):
        picked = self.data[i]
        return self.__class__(picked) if isinstance(i, slice) else picked

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _clone_with(self, list(self.data))

    def copy(self):
        return self.__class__(self)


_install(UserList, ('__contains__', '__setitem__', '__delitem__', 'append', 'insert',
                    'pop', 'remove', 'clear', 'count', 'index', 'reverse', 'sort'))
_install(UserList, ('extend',), unwrap=True)
_install(UserList, ('__mul__', '__rmul__'), wrap=True)
_install_comparisons(UserList)
_install_data_protocol(UserList, __len__=len, __repr__=repr)


class UserString(_Sequence):
    """String-like class keeping its contents in the plain str `data`; meant to be
    subclassed.  String results come back as instances of the class."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data
        self.data = seq if isinstance(seq, str) else str(seq)

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return (char.data if isinstance(char, UserString) else char) in self.data

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            other = other.data
        return self.__class__(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    maketrans = str.maketrans


_install_data_protocol(UserString, __str__=str, __repr__=repr, __int__=int,
                       __float__=float, __complex__=complex, __hash__=hash, __len__=len)
_install_comparisons(UserString)
# plain results
_install(UserString, ('endswith', 'startswith', 'index', 'rindex', 'format', 'format_map',
                      'join', 'partition', 'rpartition', 'split', 'rsplit', 'splitlines',
                      'isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
                      'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper'))
_install(UserString, ('count', 'find', 'rfind'), unwrap=True)
# results wrapped in the caller's class
_install(UserString, ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'rjust',
                      'lower', 'upper', 'swapcase', 'title', 'strip', 'lstrip', 'rstrip',
                      'translate', 'zfill', '__mul__', '__rmul__', '__mod__'), wrap=True)
_install(UserString, ('replace', 'removeprefix', 'removesuffix'), wrap=True, unwrap=True)

for _cls in (UserDict, UserList, UserString):
    _update_abstractmethods(_cls)
del _cls
