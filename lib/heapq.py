"""Heap queue algorithm (heapq), pure Python for tspy.

Heaps are lists with heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]; heap[0] is the
smallest. Only `<` is used on items. Sifting follows CPython's algorithm step for step
(bottom-up siftup, then siftdown), so heaps built here have the same layout as CPython's.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check_list(name, heap, argument="argument"):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() {argument} must be list, not {type(heap).__name__}")


def heappush(*args):
    if len(args) != 2:
        raise TypeError(f"heappush expected 2 arguments, got {len(args)}")
    heap, item = args
    _check_list("heappush", heap, "argument 1")
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    _check_list("heappop", heap)
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(*args):
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap."""
    if len(args) != 2:
        raise TypeError(f"heapreplace expected 2 arguments, got {len(args)}")
    heap, item = args
    _check_list("heapreplace", heap, "argument 1")
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(*args):
    """Push item on the heap, then pop and return the smallest item from the heap.

    The combined action runs more efficiently than heappush() followed by
    a separate call to heappop()."""
    if len(args) != 2:
        raise TypeError(f"heappushpop expected 2 arguments, got {len(args)}")
    heap, item = args
    _check_list("heappushpop", heap, "argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list("heapify", x)
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _heappop_max(heap, /):
    _check_list("_heappop_max", heap)
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item, /):
    _check_list("_heapreplace_max", heap, "argument 1")
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(x, /):
    """Maxheap version of heapify."""
    _check_list("_heapify_max", x)
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _siftdown(heap, startpos, pos):
    # Move heap[pos] up towards startpos while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Bubble the smaller child up until reaching a leaf, then sift the saved item down
    # from there into place (fewer comparisons than the textbook version).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator, does not pull
    the data into memory all at once, and assumes that each of the input streams is
    already sorted (smallest to largest). Equal items come from earlier inputs first.
    """
    # entries: [sortkey, input order, value, next-function]; the best entry is found by a
    # linear scan (ties go to the earlier input).
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            value = nxt()
        except StopIteration:
            continue
        entries.append([value if key is None else key(value), order, value, nxt])
    while entries:
        best = 0
        bk = entries[0][0]
        for i in range(1, len(entries)):
            k = entries[i][0]
            if (bk < k) if reverse else (k < bk):
                best, bk = i, k
        entry = entries[best]
        yield entry[2]
        try:
            value = entry[3]()
        except StopIteration:
            del entries[best]
            continue
        entry[2] = value
        entry[0] = value if key is None else key(value)


def nsmallest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    if n <= 0:
        return []
    return sorted(it, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    if n <= 0:
        return []
    return sorted(it, key=key, reverse=True)[:n]
