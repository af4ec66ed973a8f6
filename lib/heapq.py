"""Heap queue algorithms (heapq module) for tspy.

A heap here is a plain list in which heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]
for every k with those children, so heap[0] is the smallest item.  Only `<` is used to
compare items.

Layouts are the ones CPython produces: removing the top moves the hole down to a leaf
along the smaller children, puts the displaced last item there and lets it rise again
(fewer comparisons than sifting it down from the top); heapify does that for every
parent from the last one back to the root.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(heap, where):
    if not isinstance(heap, list):
        raise TypeError(f'{where} must be list, not {type(heap).__name__}')


# ---------------------------------------------------------------- sifting (min-heap)

def _rise(heap, top, pos):
    """Move heap[pos] up towards index `top` while it is smaller than its parent."""
    moving = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        above = heap[up]
        if not moving < above:
            break
        heap[pos] = above
        pos = up
    heap[pos] = moving


def _sink(heap, pos):
    """Fill the hole at pos from below: walk down along the smaller child to a leaf,
    then let the original item of pos rise from there."""
    size = len(heap)
    top = pos
    moving = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not heap[child] < heap[other]:
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = moving
    _rise(heap, top, pos)


# ---------------------------------------------------------------- sifting (max-heap)

def _rise_max(heap, top, pos):
    moving = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        above = heap[up]
        if not above < moving:
            break
        heap[pos] = above
        pos = up
    heap[pos] = moving


def _sink_max(heap, pos):
    size = len(heap)
    top = pos
    moving = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not heap[other] < heap[child]:
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = moving
    _rise_max(heap, top, pos)


# CPython's private names for the sift helpers (some code uses them)
_siftdown, _siftup = _rise, _sink
_siftdown_max, _siftup_max = _rise_max, _sink_max


# ---------------------------------------------------------------- public API

def heappush(*args):
    """heappush(heap, item): add item to the heap, keeping the heap invariant."""
    if len(args) != 2:
        raise TypeError(f'heappush expected 2 arguments, got {len(args)}')
    heap, item = args
    _need_list(heap, 'heappush() argument 1')
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item of the heap (IndexError when empty)."""
    _need_list(heap, 'heappop() argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(*args):
    """heapreplace(heap, item): pop the smallest item, then push item (in one step;
    the result may be larger than item).  IndexError when the heap is empty."""
    if len(args) != 2:
        raise TypeError(f'heapreplace expected 2 arguments, got {len(args)}')
    heap, item = args
    _need_list(heap, 'heapreplace() argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(*args):
    """heappushpop(heap, item): push item, then pop the smallest item (faster than
    the two calls; item itself comes back when it is not larger than the top)."""
    if len(args) != 2:
        raise TypeError(f'heappushpop expected 2 arguments, got {len(args)}')
    heap, item = args
    _need_list(heap, 'heappushpop() argument 1')
    if not heap or not heap[0] < item:
        return item
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heapify(heap, /):
    """Rearrange the list in place into a heap, in linear time."""
    _need_list(heap, 'heapify() argument')
    for parent in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, parent)


def _heapify_max(heap, /):
    """Max-heap version of heapify."""
    _need_list(heap, '_heapify_max() argument')
    for parent in range(len(heap) // 2 - 1, -1, -1):
        _sink_max(heap, parent)


def _heappop_max(heap, /):
    """Max-heap version of heappop."""
    _need_list(heap, '_heappop_max() argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(*args):
    """Max-heap version of heapreplace."""
    if len(args) != 2:
        raise TypeError(f'_heapreplace_max expected 2 arguments, got {len(args)}')
    heap, item = args
    _need_list(heap, '_heapreplace_max() argument 1')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


# ---------------------------------------------------------------- merge

def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (lazily).

    Like sorted(itertools.chain(*iterables), key=key, reverse=reverse) when every input
    is sorted that way, but reading each input only as far as needed.  Equal items come
    out in the order of their inputs."""
    sink = _sink_max if reverse else _sink
    # Entries are [sort key, tie-break, value, iterator]; the tie-break prefers earlier
    # inputs (negated for the max-heap used when reversing).
    entries = []
    for number, source in enumerate(iterables):
        source = iter(source)
        for first in source:
            tie = -number if reverse else number
            entries.append([first if key is None else key(first), tie, first, source])
            break
    (_heapify_max if reverse else heapify)(entries)
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        for value in top[3]:
            top[0] = value if key is None else key(value)
            top[2] = value
            sink(entries, 0)
            break
        else:
            # that input is exhausted: drop its entry
            last = entries.pop()
            if entries and last is not top:
                entries[0] = last
                sink(entries, 0)
    if entries:
        only = entries[0]
        yield only[2]
        yield from only[3]


# ---------------------------------------------------------------- selection

def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable (by key), smallest first.

    Same result as sorted(iterable, key=key)[:n]."""
    items = iter(iterable)
    if n <= 0:
        return []
    if n == 1:
        lone = min(items, default=_NOTHING, key=key)
        return [] if lone is _NOTHING else [lone]
    return sorted(items, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable (by key), largest first.

    Same result as sorted(iterable, key=key, reverse=True)[:n]."""
    items = iter(iterable)
    if n <= 0:
        return []
    if n == 1:
        lone = max(items, default=_NOTHING, key=key)
        return [] if lone is _NOTHING else [lone]
    return sorted(items, key=key, reverse=True)[:n]


_NOTHING = object()


# the native versions (tspy's _heapq) replace the ones above when importable; merge,
# nsmallest and nlargest then use them too
try:
    from _heapq import *
except ImportError:
    pass
for _name in ('_heapreplace_max', '_heapify_max', '_heappop_max'):
    try:
        globals()[_name] = getattr(__import__('_heapq'), _name)
    except (ImportError, AttributeError):
        pass
del _name
