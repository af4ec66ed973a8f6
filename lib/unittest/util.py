"""Small helpers shared by the unittest modules: bounded reprs for failure messages, class
names, and the element-count comparison behind assertCountEqual."""

__unittest = True

# Failure messages show both operands; when their reprs are long, the part they share at the
# start is cut down to a few characters around a "[N chars]" marker.
REPR_LIMIT = 80
MARK_WIDTH = 12        # what a "[N chars]" marker costs, roughly
KEEP_HEAD = 5          # characters kept before a marker
KEEP_TAIL = 5          # characters kept after a marker
KEEP_SHARED = 5        # characters of the shared prefix kept at its end
KEEP_DIFF = REPR_LIMIT - (KEEP_HEAD + MARK_WIDTH + KEEP_SHARED + MARK_WIDTH + KEEP_TAIL)


def safe_repr(obj, short=False):
    """repr(obj), or object's default repr when that fails; `short` cuts it at REPR_LIMIT."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= REPR_LIMIT:
        text = text[:REPR_LIMIT] + " [truncated]..."
    return text


def strclass(cls):
    return f"{cls.__module__}.{cls.__qualname__}"


def _elide(text, head, tail):
    """text with its middle replaced by "[N chars]" when that saves enough."""
    hidden = len(text) - head - tail
    if hidden <= MARK_WIDTH:
        return text
    return f"{text[:head]}[{hidden} chars]{text[len(text) - tail:]}"


def _shared_start(texts):
    first = min(texts)
    last = max(texts)
    n = 0
    limit = min(len(first), len(last))
    while n < limit and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*objs):
    """The reprs of objs, shortened together so that where they differ stays visible."""
    texts = [safe_repr(o) for o in objs]
    longest = max(len(t) for t in texts)
    if longest <= REPR_LIMIT:
        return tuple(texts)
    shared = _shared_start(texts)
    n = len(shared)
    room = REPR_LIMIT - (longest - n + KEEP_HEAD + MARK_WIDTH)
    if room > KEEP_SHARED:
        head = _elide(shared, KEEP_HEAD, room)
        return tuple(head + t[n:] for t in texts)
    head = _elide(shared, KEEP_HEAD, KEEP_SHARED)
    return tuple(head + _elide(t[n:], KEEP_DIFF, KEEP_TAIL) for t in texts)


def three_way_cmp(x, y):
    return (x > y) - (x < y)


def _count_diff_hashable(actual, expected):
    """(count in actual, count in expected, element) where they differ; hashable elements.
    Elements of `actual` come first, in first-seen order, then those only in `expected`."""
    seen_a = {}
    for x in actual:
        seen_a[x] = seen_a.get(x, 0) + 1
    seen_e = {}
    for x in expected:
        seen_e[x] = seen_e.get(x, 0) + 1
    out = []
    for x, n in seen_a.items():
        m = seen_e.get(x, 0)
        if n != m:
            out.append((n, m, x))
    for x, m in seen_e.items():
        if x not in seen_a:
            out.append((0, m, x))
    return out


def _count_diff_all_purpose(actual, expected):
    """As _count_diff_hashable, for elements compared with == only."""
    left = list(actual)
    right = list(expected)
    gone = object()
    out = []
    for i, x in enumerate(left):
        if x is gone:
            continue
        n = 0
        for j in range(i, len(left)):
            if left[j] == x:
                n += 1
                left[j] = gone
        m = 0
        for j, y in enumerate(right):
            if y is not gone and y == x:
                m += 1
                right[j] = gone
        if n != m:
            out.append((n, m, x))
    for i, y in enumerate(right):
        if y is gone:
            continue
        m = 0
        for j in range(i, len(right)):
            if right[j] == y:
                m += 1
                right[j] = gone
        out.append((0, m, y))
    return out
