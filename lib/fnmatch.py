"""Filename matching with shell patterns (fnmatch), pure Python for tspy.

fnmatch(FILENAME, PATTERN) matches according to the local convention; fnmatchcase() is
case-sensitive. Patterns are Unix shell style: * matches everything, ? any single
character, [seq] any character in seq, [!seq] any character not in seq.

Matching runs on a compiled token list (no `re` needed); translate() still returns the
regular expression text CPython produces for the same pattern.
"""

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def _escape(c):
    return "\\" + c if c in _SPECIAL else c


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after os.path.normcase of both)."""
    import os
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    import os
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path.normcase("A") == "A":
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    match = _compile_pattern(pat)
    return match(name) is not None


_cache = {}


def _compile_pattern(pat):
    key = (type(pat), pat)
    m = _cache.get(key)
    if m is None:
        if isinstance(pat, bytes):
            tokens = _tokens(str(pat, "ISO-8859-1"))
            m = _Matcher(tokens, True)
        else:
            m = _Matcher(_tokens(pat), False)
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[key] = m
    return m


# Tokens: ("lit", c) | ("any",) | ("star",) | ("set", negate, items) | ("never",)
# where items is a list of (lo, hi) character ranges.

def _parse_pieces(pat):
    """Yield ('star',) or (regex_text, token) for each pattern element, exactly as the
    regular expression translation splits the pattern."""
    i, n = 0, len(pat)
    out = []
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1][0] != "star":
                out.append(("star", None))
        elif c == "?":
            out.append((".", ("any",)))
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append(("\\[", ("lit", "[")))
            else:
                stuff = pat[i:j]
                if "-" not in stuff:
                    stuff = stuff.replace("\\", r"\\")
                else:
                    chunks = []
                    k = i + 2 if pat[i] == "!" else i + 1
                    while True:
                        k = pat.find("-", k, j)
                        if k < 0:
                            break
                        chunks.append(pat[i:k])
                        i = k + 1
                        k = k + 3
                    chunk = pat[i:j]
                    if chunk:
                        chunks.append(chunk)
                    else:
                        chunks[-1] += "-"
                    # drop empty ranges (invalid in a regex)
                    for k in range(len(chunks) - 1, 0, -1):
                        if chunks[k - 1][-1] > chunks[k][0]:
                            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                            del chunks[k]
                    stuff = "-".join(s.replace("\\", r"\\").replace("-", r"\-") for s in chunks)
                # escape the regex set operations &&, ~~ and ||
                stuff = "".join("\\" + ch if ch in "&~|" else ch for ch in stuff)
                i = j + 1
                if not stuff:
                    out.append(("(?!)", ("never",)))
                elif stuff == "!":
                    out.append((".", ("any",)))
                else:
                    if stuff[0] == "!":
                        stuff = "^" + stuff[1:]
                    elif stuff[0] in ("^", "["):
                        stuff = "\\" + stuff
                    out.append((f"[{stuff}]", _class_token(stuff)))
        else:
            out.append((_escape(c), ("lit", c)))
    return out


def _class_token(body):
    """Interpret a regex character-class body (as built above) as a set token."""
    negate = False
    i = 0
    n = len(body)
    if body[0] == "^":
        negate = True
        i = 1
    items = []
    while i < n:
        if body[i] == "\\" and i + 1 < n:
            lo = body[i + 1]
            i += 2
        else:
            lo = body[i]
            i += 1
        if i + 1 < n and body[i] == "-" and i + 1 < n:
            j = i + 1
            if body[j] == "\\" and j + 1 < n:
                hi = body[j + 1]
                j += 2
            else:
                hi = body[j]
                j += 1
            items.append((lo, hi))
            i = j
        else:
            items.append((lo, lo))
    return ("set", negate, items)


def _tokens(pat):
    return [tok if kind != "star" else ("star",) for kind, tok in
            [(p[0], p[1]) for p in _parse_pieces(pat)]]


class _Matcher:
    """Callable like re.Pattern.match for a whole-string glob: returns True or None."""

    def __init__(self, tokens, is_bytes):
        self.tokens = tokens
        self.is_bytes = is_bytes

    def __call__(self, name):
        if self.is_bytes:
            if isinstance(name, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            name = str(bytes(name), "ISO-8859-1")
        elif not isinstance(name, str):
            if isinstance(name, (bytes, bytearray, memoryview)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError(f"expected string or bytes-like object, got '{type(name).__name__}'")
        return True if _match(self.tokens, 0, name, 0) else None


def _one(tok, c):
    kind = tok[0]
    if kind == "lit":
        return c == tok[1]
    if kind == "any":
        return True
    if kind == "set":
        hit = False
        for lo, hi in tok[2]:
            if lo <= c <= hi:
                hit = True
                break
        return hit != tok[1]
    return False  # never


def _match(tokens, ti, s, si):
    # Backtracking only at stars; the last star absorbs retries (classic glob matching).
    nt, ns = len(tokens), len(s)
    star_ti = -1
    star_si = 0
    while True:
        if ti < nt and tokens[ti][0] == "star":
            star_ti = ti
            star_si = si
            ti += 1
            continue
        if ti < nt and si < ns and _one(tokens[ti], s[si]):
            ti += 1
            si += 1
            continue
        if ti == nt and si == ns:
            return True
        if star_ti < 0 or star_si >= ns:
            return False
        star_si += 1
        si = star_si
        ti = star_ti + 1


def translate(pat):
    pieces = _parse_pieces(pat)
    res = []
    i, n = 0, len(pieces)
    while i < n and pieces[i][0] != "star":
        res.append(pieces[i][0])
        i += 1
    while i < n:
        i += 1
        if i == n:
            res.append(".*")
            break
        fixed = []
        while i < n and pieces[i][0] != "star":
            fixed.append(pieces[i][0])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            res.append(".*")
            res.append(fixed)
        else:
            res.append(f"(?>.*?{fixed})")
    return fr"(?s:{''.join(res)})\Z"
