"""Bisection algorithms (bisect module) for tspy: binary search in sorted sequences and
insertion that keeps them sorted."""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']

from operator import index as _as_int


def _bounds(a, lo, hi):
    """Validated [lo, hi) search range; hi None (or -1) means len(a)."""
    if type(lo) is not int:
        lo = _as_int(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    else:
        if type(hi) is not int:
            hi = _as_int(hi)
        if hi == -1:
            hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index at which x would be inserted into the sorted sequence a after any
    items equal to it: every item of a[:i] is <= x and every item of a[i:] is > x.

    lo and hi restrict the search to a[lo:hi]; key, when given, is applied to the items
    of a (not to x) before comparing.
    """
    lo, hi = _bounds(a, lo, hi)
    # invariant: a[:lo] <= x < a[hi:]
    if key is None:
        while lo < hi:
            middle = (lo + hi) // 2
            if x < a[middle]:
                hi = middle
            else:
                lo = middle + 1
    else:
        while lo < hi:
            middle = (lo + hi) // 2
            if x < key(a[middle]):
                hi = middle
            else:
                lo = middle + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index at which x would be inserted into the sorted sequence a before any
    items equal to it: every item of a[:i] is < x and every item of a[i:] is >= x.

    lo and hi restrict the search to a[lo:hi]; key, when given, is applied to the items
    of a (not to x) before comparing.
    """
    lo, hi = _bounds(a, lo, hi)
    # invariant: a[:lo] < x <= a[hi:]
    if key is None:
        while lo < hi:
            middle = (lo + hi) // 2
            if a[middle] < x:
                lo = middle + 1
            else:
                hi = middle
    else:
        while lo < hi:
            middle = (lo + hi) // 2
            if key(a[middle]) < x:
                lo = middle + 1
            else:
                hi = middle
    return lo


def _put(a, position, x):
    # exact lists are filled directly; anything else goes through its insert()
    if type(a) is list:
        list.insert(a, position, x)
    else:
        a.insert(position, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted sequence a, after any items equal to it, so that a
    stays sorted.  lo, hi and key are as for bisect_right (key is also applied to x).
    """
    probe = x if key is None else key(x)
    _put(a, bisect_right(a, probe, lo, hi, key=key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted sequence a, before any items equal to it, so that a
    stays sorted.  lo, hi and key are as for bisect_left (key is also applied to x).
    """
    probe = x if key is None else key(x)
    _put(a, bisect_left(a, probe, lo, hi, key=key), x)


# the native versions (tspy's _bisect) replace the ones above when importable
try:
    from _bisect import *
except ImportError:
    pass

bisect = bisect_right
insort = insort_right
