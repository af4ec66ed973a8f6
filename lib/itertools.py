"""Functional tools for creating and using iterators (itertools), pure Python for tspy.

CPython's itertools are C types; here each one is a class with __iter__/__next__ whose
constructor validates its arguments with CPython's messages.
"""

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice",
           "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee",
           "zip_longest"]

_MAXSIZE = (1 << 63) - 1


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _arity(name, args, lo, hi):
    n = len(args)
    if lo == hi and n != lo:
        raise TypeError(f"{name} expected {lo} argument{'s' if lo != 1 else ''}, got {n}")
    if n < lo:
        raise TypeError(f"{name} expected at least {lo} argument{'s' if lo != 1 else ''}, got {n}")
    if n > hi:
        raise TypeError(f"{name} expected at most {hi} argument{'s' if hi != 1 else ''}, got {n}")


def _index(x):
    if isinstance(x, int):
        return int(x)
    m = getattr(type(x), "__index__", None)
    if m is None:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return int(m(x))


def _is_iterator(x):
    return hasattr(type(x), '__next__')


def _is_number(x):
    t = type(x)
    return (isinstance(x, complex) or hasattr(t, "__index__") or hasattr(t, "__int__")
            or hasattr(t, "__float__"))


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        if isinstance(start, int):
            start = int.__index__(start)
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        c = self._cnt
        self._cnt = c + self._step
        return c

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"{type(self).__name__}({self._cnt!r})"
        return f"{type(self).__name__}({self._cnt!r}, {step!r})"

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return type(self), (self._cnt,)
        return type(self), (self._cnt, self._step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("cycle", kwargs)
        _arity("cycle", args, 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                if self._firstpass:
                    self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item

    # CPython's state flag is "the input is already saved" (the opposite of _firstpass here)
    def __reduce__(self):
        if self._it is None:
            rest = iter(self._saved)
            if self._index:
                rest.__setstate__(self._index)
            return type(self), (rest,), (self._saved, True)
        return type(self), (self._it,), (self._saved, not self._firstpass)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('state is not a tuple')
        if len(state) != 2:
            raise TypeError(f'function takes exactly 2 arguments ({len(state)} given)')
        saved, done = state
        if not isinstance(saved, list):
            raise TypeError(f'argument 1 must be list, not {type(saved).__name__}')
        if isinstance(done, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        self._saved = saved
        self._firstpass = not _index(done)
        self._index = 0


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    def __init__(self, *args, **kwargs):
        n = len(args) + len(kwargs)
        obj = times = None
        has_times = False
        if args:
            obj = args[0]
        elif "object" in kwargs:
            obj = kwargs["object"]
        else:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 1:
            times, has_times = args[1], True
        elif "times" in kwargs:
            times, has_times = kwargs["times"], True
        if n > 2:
            raise TypeError(f"repeat() takes at most 2 arguments ({n} given)")
        for k in kwargs:
            if k not in ("object", "times"):
                raise TypeError(f"'{k}' is an invalid keyword argument for repeat()")
        self._obj = obj
        self._cnt = max(0, _index(times)) if has_times else -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._obj

    def __length_hint__(self):
        if self._cnt < 0:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt < 0:
            return f"{type(self).__name__}({self._obj!r})"
        return f"{type(self).__name__}({self._obj!r}, {self._cnt})"


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, *args, initial=None, **kwargs):
        if "iterable" in kwargs:
            args = (kwargs.pop("iterable"),) + args
        if "func" in kwargs:
            args = args + (kwargs.pop("func"),)
        if kwargs:
            raise TypeError(f"accumulate() got an unexpected keyword argument '{next(iter(kwargs))}'")
        if not args:
            raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
        if len(args) > 2:
            raise TypeError(f"accumulate() takes at most 3 arguments ({len(args) + 1} given)")
        iterable = args[0]
        func = args[1] if len(args) > 1 else None
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = None
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            self._started = True
            return self._total
        value = next(self._it)
        if not self._started:
            self._started = True
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables, **kwargs):
        _no_kwargs("chain", kwargs)
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        active = self._active
        if active is not None:
            for item in active:
                return item
            self._active = None
        source = self._source
        if source is None:
            raise StopIteration
        # one pass over the remaining iterables: empty ones cost one loop step each
        for iterable in source:
            active = self._active = iter(iterable)
            for item in active:
                return item
        self._active = self._source = None
        raise StopIteration

    def __reduce__(self):
        # (type, (), (source[, active])) while live; (type, ()) once exhausted
        if self._source is None:
            return type(self), ()
        if self._active is None:
            return type(self), (), (self._source,)
        return type(self), (), (self._source, self._active)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('state is not a tuple')
        if not 1 <= len(state) <= 2:
            raise TypeError(f'function takes {"at least" if not state else "at most"} '
                            f'{1 if not state else 2} argument{"" if not state else "s"} '
                            f'({len(state)} given)')
        source = state[0]
        active = state[1] if len(state) == 2 else None
        if not _is_iterator(source) or (len(state) == 2 and not _is_iterator(active)):
            raise TypeError('Arguments must be iterators.')
        self._source = source
        self._active = active

    __class_getitem__ = classmethod(type(list[int]))


class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data, sel = self._data, self._selectors
        while True:
            d = next(data)
            s = next(sel)
            if s:
                return d


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("dropwhile", kwargs)
        _arity("dropwhile", args, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        for x in self._it:
            if self._dropping:
                if self._pred(x):
                    continue
                self._dropping = False
            return x
        raise StopIteration


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("takewhile", kwargs)
        _arity("takewhile", args, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._stopped = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false.

If function is None, return the items that are false."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("filterfalse", kwargs)
        _arity("filterfalse", args, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        for x in self._it:
            if not (x if pred is None else pred(x)):
                return x
        raise StopIteration


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        # the newest group of its parent (also when rebuilt by unpickling)
        parent._currgrouper = self

    def __reduce__(self):
        if self._parent._currgrouper is not self:
            return iter, ((),)
        return type(self), (self._parent, self._tgtkey)

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._currgrouper is not self:
            raise StopIteration
        if p._currvalue is p._MISSING:
            p._step()
        if not (p._currkey == self._tgtkey):
            raise StopIteration
        r = p._currvalue
        p._currvalue = p._MISSING
        return r


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""
    _MISSING = object()

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = self._MISSING
        self._currgrouper = None

    def _step(self):
        v = next(self._it)
        self._currkey = v if self._keyfunc is None else self._keyfunc(v)
        self._currvalue = v

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is self._MISSING:
                pass
            elif self._tgtkey is self._MISSING:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        return self._currkey, _grouper(self, self._tgtkey)

    # pickled as (type, (iterator, key function)[, (currkey, currvalue, tgtkey)]), the
    # state only when all three are set (CPython 3.11)
    def __reduce__(self):
        missing = self._MISSING
        if (self._tgtkey is missing or self._currkey is missing
                or self._currvalue is missing):
            return type(self), (self._it, self._keyfunc)
        return (type(self), (self._it, self._keyfunc),
                (self._currkey, self._currvalue, self._tgtkey))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('state is not a tuple')
        if len(state) != 3:
            raise TypeError(f'function takes exactly 3 arguments ({len(state)} given)')
        self._currkey, self._currvalue, self._tgtkey = state


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, *args, **kwargs):
        _no_kwargs("islice", kwargs)
        _arity("islice", args, 2, 4)
        it = args[0]
        start, step = 0, 1
        if len(args) == 2:
            stop = args[1]
            if stop is not None:
                stop = self._int_or_none(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        else:
            a1, a2 = args[1], args[2]
            stop = a2
            if stop is not None:
                stop = self._int_or_none(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            if a1 is not None:
                start = self._int_or_none(a1, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            if len(args) == 4 and args[3] is not None:
                step = self._int_or_none(args[3], "Step for islice() must be a positive integer or None.", step=True)
            if stop is not None and stop < 0:
                raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        self._it = iter(it)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    @staticmethod
    def _int_or_none(v, msg, step=False):
        try:
            v = _index(v)
        except TypeError:
            raise ValueError(msg) from None
        if (v < 1 if step else v < 0) or v > _MAXSIZE:
            raise ValueError(msg)
        return v

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop is not None and self._next > stop):
            self._next = stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("pairwise", kwargs)
        _arity("pairwise", args, 1, 1)
        self._it = iter(args[0])
        self._old = self._MISSING = object()

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._old is self._MISSING:
                self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = None
            raise
        old, self._old = self._old, new
        return old, new


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, *args, **kwargs):
        _no_kwargs("starmap", kwargs)
        _arity("starmap", args, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class _tee_data:
    """Shared buffer of a tee family: a linked chunk list of values read from the source."""
    __slots__ = ("it", "values", "next")

    def __init__(self, it):
        self.it = it
        self.values = []
        self.next = None


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._data, self._index = it._data, it._index
        else:
            self._data, self._index = _tee_data(it), 0

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        if self._index >= 57:
            if data.next is None:
                data.next = _tee_data(data.it)
            data = self._data = data.next
            self._index = 0
        if self._index < len(data.values):
            v = data.values[self._index]
        else:
            v = next(data.it)
            data.values.append(v)
        self._index += 1
        return v

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._data, new._index = self._data, self._index
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copyable = getattr(it, "__copy__", None)
    first = it if copyable is not None and callable(copyable) else _tee(it)
    result = [first]
    for _ in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument."""

    def __init__(self, *args, **kwargs):
        fillvalue = None
        if kwargs:
            if list(kwargs) != ["fillvalue"]:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs["fillvalue"]
        self._its = [iter(a) for a in args]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                result.append(self._fill)
        return tuple(result)


def _r_arg(name, r):
    if not isinstance(r, int):
        if r is None:
            return None
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *args, **kwargs):
        repeat = 1
        for k, v in kwargs.items():
            if k != "repeat":
                raise TypeError(f"'{k}' is an invalid keyword argument for product()")
            repeat = _index(v)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(a) for a in args] * repeat
        self._pools = pools
        self._indices = None
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            if any(len(p) == 0 for p in pools):
                self._done = True
                raise StopIteration
            self._indices = [0] * len(pools)
            return tuple(p[0] for p in pools)
        idx = self._indices
        i = len(pools) - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        return tuple(pools[k][idx[k]] for k in range(len(pools)))

    def __reduce__(self):
        if self._done:
            return type(self), ((),)
        if self._indices is None:
            return type(self), tuple(self._pools)
        return type(self), tuple(self._pools), tuple(self._indices)

    def __setstate__(self, state):
        pools = self._pools
        if not isinstance(state, tuple) or len(state) != len(pools):
            raise ValueError('invalid arguments')
        indices = []
        for pool, index in zip(pools, state):
            index = _index(index)
            if not pool:
                self._done = True
                return
            indices.append(min(max(index, 0), len(pool) - 1))
        self._indices = indices


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable=None, r=None, **kwargs):
        if "iterable" in kwargs or "r" in kwargs or kwargs:
            pass
        if iterable is None and r is None:
            raise TypeError("combinations() missing required argument 'iterable' (pos 1)")
        if r is None:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        self._pool = tuple(iterable)
        self._r = _r_arg("combinations", r)
        self._indices = None
        self._done = self._r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            self._indices = list(range(r))
            return tuple(pool[i] for i in self._indices)
        idx = self._indices
        for i in reversed(range(r)):
            if idx[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        return tuple(pool[i] for i in idx)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    def __init__(self, iterable=None, r=None):
        if r is None:
            if iterable is None:
                raise TypeError("combinations_with_replacement() missing required argument 'iterable' (pos 1)")
            raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
        self._pool = tuple(iterable)
        self._r = _r_arg("combinations_with_replacement", r)
        self._indices = None
        self._done = not self._pool and self._r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            self._indices = [0] * r
            return tuple(pool[i] for i in self._indices)
        idx = self._indices
        for i in reversed(range(r)):
            if idx[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        idx[i:] = [idx[i] + 1] * (r - i)
        return tuple(pool[i] for i in idx)


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable=None, r=None):
        if iterable is None:
            raise TypeError("permutations() missing required argument 'iterable' (pos 1)")
        pool = tuple(iterable)
        r = _r_arg("permutations", r)
        n = len(pool)
        self._pool = pool
        self._r = n if r is None else r
        self._indices = None
        self._done = self._r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            self._indices = list(range(n))
            self._cycles = list(range(n, n - r, -1))
            return tuple(pool[i] for i in self._indices[:r])
        idx, cycles = self._indices, self._cycles
        if n == 0 or r == 0:
            self._done = True
            raise StopIteration
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                idx[i:] = idx[i + 1:] + idx[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                idx[i], idx[-j] = idx[-j], idx[i]
                return tuple(pool[i] for i in idx[:r])
        self._done = True
        raise StopIteration
