"""Backtracking matcher for tspy's re: compiles a node tree (see _parser) into closures.

A compiled node is m(ctx, i, caps, k): try to match at index i of ctx.s and call the
continuation k(j, caps2) with the end index; return k's result or None. caps is an
immutable tuple: (start, end) per group (-1 when unset), then lastindex (-1 when none).
Single-character nodes become predicates, so their repeats run as loops.
"""

_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_ASCII_DIGIT = frozenset("0123456789")
_ASCII_SPACE = frozenset(" \t\n\r\f\v")


def _cat_pred(name, ascii_):
    if ascii_:
        if name == "digit":
            return _ASCII_DIGIT.__contains__
        if name == "nondigit":
            return lambda c: c not in _ASCII_DIGIT
        if name == "word":
            return _ASCII_WORD.__contains__
        if name == "nonword":
            return lambda c: c not in _ASCII_WORD
        if name == "space":
            return _ASCII_SPACE.__contains__
        return lambda c: c not in _ASCII_SPACE
    if name == "digit":
        return str.isdecimal
    if name == "nondigit":
        return lambda c: not c.isdecimal()
    if name == "word":
        return lambda c: c.isalnum() or c == "_"
    if name == "nonword":
        return lambda c: not (c.isalnum() or c == "_")
    if name == "space":
        return str.isspace
    return lambda c: not c.isspace()


def _case_variants(c, ascii_):
    if ascii_:
        if "a" <= c <= "z" or "A" <= c <= "Z":
            return (c, c.swapcase())
        return (c,)
    out = [c]
    for v in (c.lower(), c.upper()):
        if len(v) == 1 and v not in out:
            out.append(v)
    if len(out) > 1:
        for v in list(out):
            for w in (v.lower(), v.upper()):
                if len(w) == 1 and w not in out:
                    out.append(w)
    return tuple(out)


def _single_pred(node):
    """A predicate for a node matching exactly one character, or None."""
    kind = node[0]
    if kind == "lit":
        c, icase = node[1], node[2]
        if icase:
            variants = frozenset(_case_variants(c, icase == 2))
            return variants.__contains__
        return c.__eq__
    if kind == "any":
        if node[1]:
            return lambda c: True
        return lambda c: c != "\n"
    if kind == "cat":
        return _cat_pred(node[1], node[2])
    if kind == "set":
        return _set_pred(node)
    if kind == "alt" or (kind == "group" and node[1] is None):
        # an alternation of single characters is a character set
        branches = node[1] if kind == "alt" else [node[2]]
        preds = [_single_pred(b) for b in branches]
        if all(p is not None for p in preds):
            if len(preds) == 1:
                return preds[0]
            return lambda c: any(p(c) for p in preds)
    return None


def _set_pred(node):
    _, negate, items, icase, ascii_ = node
    chars = set()
    ranges = []
    cats = []
    for it in items:
        if it[0] == "char":
            chars.add(it[1])
        elif it[0] == "range":
            ranges.append((it[1], it[2]))
        else:
            cats.append(_cat_pred(it[1], ascii_))
    chars = frozenset(chars)

    def base(c):
        if c in chars:
            return True
        for lo, hi in ranges:
            if lo <= c <= hi:
                return True
        for p in cats:
            if p(c):
                return True
        return False

    if icase:
        def test(c):
            for v in _case_variants(c, ascii_):
                if base(v):
                    return True
            return False
    else:
        test = base
    if negate:
        return lambda c: not test(c)
    return test


class _Ctx:
    __slots__ = ("s", "n", "word")


def _is_word(ctx, j, ascii_):
    if j < 0 or j >= ctx.n:
        return False
    c = ctx.s[j]
    if ascii_:
        return c in _ASCII_WORD
    return c.isalnum() or c == "_"


def _compile_at(kind, ascii_):
    if kind == "bol" or kind == "start":
        def m(ctx, i, caps, k):
            return k(i, caps) if i == 0 else None
    elif kind == "mbol":
        def m(ctx, i, caps, k):
            return k(i, caps) if i == 0 or ctx.s[i - 1] == "\n" else None
    elif kind == "eol":
        def m(ctx, i, caps, k):
            n = ctx.n
            return k(i, caps) if i == n or (i == n - 1 and ctx.s[i] == "\n") else None
    elif kind == "meol":
        def m(ctx, i, caps, k):
            return k(i, caps) if i == ctx.n or ctx.s[i] == "\n" else None
    elif kind == "end":
        def m(ctx, i, caps, k):
            return k(i, caps) if i == ctx.n else None
    elif kind == "boundary":
        def m(ctx, i, caps, k):
            if ctx.n == 0:
                return None
            if _is_word(ctx, i - 1, ascii_) != _is_word(ctx, i, ascii_):
                return k(i, caps)
            return None
    else:  # nonboundary
        def m(ctx, i, caps, k):
            if ctx.n == 0:
                return None
            if _is_word(ctx, i - 1, ascii_) == _is_word(ctx, i, ascii_):
                return k(i, caps)
            return None
    return m


def _set_group(caps, idx, start, end):
    lst = list(caps)
    lst[2 * idx] = start
    lst[2 * idx + 1] = end
    lst[-1] = idx
    return tuple(lst)


def _simple(node):
    """A deterministic matcher f(s, i, n) -> end or -1 for nodes that never need
    backtracking (characters and sequences of them), or None."""
    pred = _single_pred(node)
    if pred is not None:
        def f(s, i, n):
            return i + 1 if i < n and pred(s[i]) else -1
        return f
    kind = node[0]
    if kind == "str":
        text = node[1]
        ln = len(text)

        def f(s, i, n):
            return i + ln if s.startswith(text, i) else -1
        return f
    if kind == "seq":
        parts = [_simple(x) for x in _merge_literals(node[1])]
        if all(p is not None for p in parts):
            def f(s, i, n):
                for p in parts:
                    i = p(s, i, n)
                    if i < 0:
                        return -1
                return i
            return f
    if kind == "group" and node[1] is None:
        return _simple(node[2])
    return None


def _merge_literals(nodes):
    out = []
    buf = []
    for nd in nodes:
        if nd[0] == "lit" and not nd[2]:
            buf.append(nd[1])
            continue
        if buf:
            out.append(("str", "".join(buf)) if len(buf) > 1 else ("lit", buf[0], False))
            buf = []
        out.append(nd)
    if buf:
        out.append(("str", "".join(buf)) if len(buf) > 1 else ("lit", buf[0], False))
    return out


def compile_node(node):
    kind = node[0]
    pred = _single_pred(node)
    if pred is not None:
        def m(ctx, i, caps, k):
            if i < ctx.n and pred(ctx.s[i]):
                return k(i + 1, caps)
            return None
        return m
    if kind == "str":
        text = node[1]
        ln = len(text)

        def m(ctx, i, caps, k):
            if ctx.s.startswith(text, i):
                return k(i + ln, caps)
            return None
        return m
    if kind == "at":
        return _compile_at(node[1], node[2])
    if kind == "seq":
        parts = [compile_node(x) for x in _merge_literals(node[1])]
        return _compile_seq(parts)
    if kind == "alt":
        branches = [compile_node(x) for x in node[1]]

        def m(ctx, i, caps, k):
            for b in branches:
                r = b(ctx, i, caps, k)
                if r is not None:
                    return r
            return None
        return m
    if kind == "group":
        inner = compile_node(node[2])
        idx = node[1]
        if idx is None:
            return inner

        def m(ctx, i, caps, k):
            return inner(ctx, i, caps, lambda j, c2: k(j, _set_group(c2, idx, i, j)))
        return m
    if kind == "repeat":
        return _compile_repeat(node)
    if kind == "backref":
        idx, icase = node[1], node[2]

        def m(ctx, i, caps, k):
            a, b = caps[2 * idx], caps[2 * idx + 1]
            if a < 0:
                return None
            s = ctx.s
            ln = b - a
            if i + ln > ctx.n:
                return None
            if icase:
                for t in range(ln):
                    x, y = s[a + t], s[i + t]
                    if x != y and y not in _case_variants(x, icase == 2):
                        return None
            elif s[i:i + ln] != s[a:b]:
                return None
            return k(i + ln, caps)
        return m
    if kind == "look":
        _, behind, negate, inner_node, width = node
        inner = compile_node(inner_node)
        if behind:
            def m(ctx, i, caps, k):
                start = i - width
                if start < 0:
                    found = None
                else:
                    found = inner(ctx, start, caps, lambda j, c2: (j, c2) if j == i else None)
                if negate:
                    return k(i, caps) if found is None else None
                if found is None:
                    return None
                return k(i, found[1])
        else:
            def m(ctx, i, caps, k):
                found = inner(ctx, i, caps, lambda j, c2: (j, c2))
                if negate:
                    return k(i, caps) if found is None else None
                if found is None:
                    return None
                return k(i, found[1])
        return m
    if kind == "atomic":
        inner = compile_node(node[1])

        def m(ctx, i, caps, k):
            found = inner(ctx, i, caps, lambda j, c2: (j, c2))
            if found is None:
                return None
            return k(found[0], found[1])
        return m
    if kind == "cond":
        idx = node[1]
        yes = compile_node(node[2])
        no = compile_node(node[3]) if node[3] is not None else None

        def m(ctx, i, caps, k):
            if caps[2 * idx + 1] >= 0 if 2 * idx + 1 < len(caps) - 1 else False:
                return yes(ctx, i, caps, k)
            if no is None:
                return k(i, caps)
            return no(ctx, i, caps, k)
        return m
    raise AssertionError(f"unknown node {kind}")


def _compile_seq(parts):
    if not parts:
        return lambda ctx, i, caps, k: k(i, caps)
    if len(parts) == 1:
        return parts[0]
    first = parts[0]
    rest = _compile_seq(parts[1:])

    def m(ctx, i, caps, k):
        return first(ctx, i, caps, lambda j, c2: rest(ctx, j, c2, k))
    return m


def _compile_repeat(node):
    _, body, lo, hi, mode = node
    simple = _simple(body)
    capture = None
    if simple is None and body[0] == "group" and body[1] is not None:
        simple = _simple(body[2])
        capture = body[1]
    if simple is not None:
        return _compile_simple_repeat(simple, capture, lo, hi, mode)
    inner = compile_node(body)
    if mode == "possessive":
        def m(ctx, i, caps, k):
            count = 0
            while count < hi:
                found = inner(ctx, i, caps, lambda j, c2: (j, c2))
                if found is None:
                    break
                j, caps = found
                count += 1
                if j == i and count >= lo:
                    break  # an empty iteration ends the loop (its captures stay)
                i = j
            if count < lo:
                return None
            return k(i, caps)
        return m

    greedy = mode == "greedy"

    def rep(ctx, i, caps, k, count):
        if greedy:
            if count < hi:
                def after(j, c2):
                    if j == i and count >= lo:
                        return k(j, c2)  # an empty iteration ends the loop
                    return rep(ctx, j, c2, k, count + 1)
                r = inner(ctx, i, caps, after)
                if r is not None:
                    return r
            if count >= lo:
                return k(i, caps)
            return None
        if count >= lo:
            r = k(i, caps)
            if r is not None:
                return r
        if count < hi:
            def after(j, c2):
                if j == i and count >= lo:
                    return k(j, c2)
                return rep(ctx, j, c2, k, count + 1)
            return inner(ctx, i, caps, after)
        return None

    def m(ctx, i, caps, k):
        return rep(ctx, i, caps, k, 0)
    return m


def _compile_simple_repeat(f, capture, lo, hi, mode):
    # The body is deterministic: the ends of 0, 1, 2, ... iterations are computed in a
    # loop and the continuation is tried at each, longest first (greedy) or shortest first.
    def ends(ctx, i, limit):
        out = [i]
        s, n = ctx.s, ctx.n
        while len(out) - 1 < limit:
            j = f(s, i, n)
            if j < 0 or j == i:
                if j == i and len(out) - 1 < lo:
                    out.append(j)
                    continue
                break
            out.append(j)
            i = j
        return out

    def with_capture(caps, pts, count):
        if capture is None or count == 0:
            return caps
        return _set_group(caps, capture, pts[count - 1], pts[count])

    if mode == "lazy":
        def m(ctx, i, caps, k):
            pts = [i]
            s, n = ctx.s, ctx.n
            count = 0
            while True:
                if count >= lo:
                    r = k(pts[count], with_capture(caps, pts, count))
                    if r is not None:
                        return r
                if count >= hi:
                    return None
                j = f(s, pts[count], n)
                if j < 0 or (j == pts[count] and count >= lo):
                    return None
                pts.append(j)
                count += 1
        return m

    def m(ctx, i, caps, k):
        pts = ends(ctx, i, hi)
        count = len(pts) - 1
        if count < lo:
            return None
        if mode == "possessive":
            return k(pts[count], with_capture(caps, pts, count))
        while count >= lo:
            r = k(pts[count], with_capture(caps, pts, count))
            if r is not None:
                return r
            count -= 1
        return None
    return m


def literal_prefix(node):
    """The literal text every match must start with ('' if none is known)."""
    kind = node[0]
    if kind == "lit" and not node[2]:
        return node[1]
    if kind == "seq":
        out = []
        for nd in node[1]:
            if nd[0] == "lit" and not nd[2]:
                out.append(nd[1])
            else:
                break
        return "".join(out)
    if kind == "group":
        return literal_prefix(node[2])
    return ""


import sys as _sys

# The matcher recurses once per matched element of a non-simple repeat; matching long
# subjects needs more depth than the default recursion limit allows.
_DEPTH = 50000


class _Deep:
    __slots__ = ("old",)

    def __enter__(self):
        self.old = _sys.getrecursionlimit()
        if self.old < _DEPTH:
            _sys.setrecursionlimit(_DEPTH)

    def __exit__(self, *exc):
        if self.old < _DEPTH:
            _sys.setrecursionlimit(self.old)


class Program:
    """A compiled pattern: match(s, pos, must_advance) tries one start position."""

    def __init__(self, node, ngroups):
        self.m = compile_node(node)
        self.ngroups = ngroups
        self.empty_caps = (-1,) * (2 * ngroups) + (-1,)
        self.prefix = literal_prefix(node)

    def match_at(self, s, i, must_advance=False):
        with _Deep():
            return self._match_at(s, i, must_advance)

    def _match_at(self, s, i, must_advance=False):
        ctx = _Ctx()
        ctx.s = s
        ctx.n = len(s)
        if must_advance:
            def final(j, caps):
                return None if j == i else (j, caps)
        else:
            def final(j, caps):
                return (j, caps)
        return self.m(ctx, i, self.empty_caps, final)

    def search(self, s, pos, must_advance=False):
        n = len(s)
        prefix = self.prefix
        i = pos
        while i <= n:
            if prefix:
                i = s.find(prefix, i)
                if i < 0:
                    return None, -1
            with _Deep():
                r = self._match_at(s, i, must_advance and i == pos)
            if r is not None:
                return r, i
            i += 1
        return None, -1
