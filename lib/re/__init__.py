"""Support for regular expressions (re), pure Python for tspy.

The pattern syntax, flags, API and error messages are Python 3.11's. Patterns are parsed
by re._parser into a node tree and matched by re._engine's backtracking matcher. bytes
patterns and subjects are handled as latin-1 text internally (same indices).
"""

import sys as _sys
from re import _parser
from re import _engine
from re._parser import error
import enum as _enum
import functools as _functools

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(_enum.IntFlag, boundary=_enum.KEEP):
    NOFLAG = 0
    ASCII = A = _parser.FLAG_ASCII  # assume ascii "locale"
    IGNORECASE = I = _parser.FLAG_IGNORECASE  # ignore case
    LOCALE = L = _parser.FLAG_LOCALE  # assume current 8-bit locale
    UNICODE = U = _parser.FLAG_UNICODE  # assume unicode "locale"
    MULTILINE = M = _parser.FLAG_MULTILINE  # make anchors look for newline
    DOTALL = S = _parser.FLAG_DOTALL  # make dot match newline
    VERBOSE = X = _parser.FLAG_VERBOSE  # ignore whitespace and comments
    TEMPLATE = T = _parser.FLAG_TEMPLATE  # disable backtracking
    DEBUG = _parser.FLAG_DEBUG  # dump pattern after compilation

    def __repr__(self):
        # like enum.global_flag_repr: names qualified by the module, unknown bits in hex
        module = "re"
        if self._name_ is None:
            return f"{module}.{self.__class__.__name__}({self._value_:#x})"
        value = self._value_
        if value and value & (value - 1) == 0 and self._name_.isidentifier():
            return f"{module}.{self._name_}"
        names = []
        for n in self._name_.split("|"):
            names.append(n if n[:1].isdigit() or n.startswith("0x") else f"{module}.{n}")
        return "|".join(names)

    __str__ = object.__str__
    _numeric_repr_ = hex


RegexFlag.__module__ = "re"
globals().update(RegexFlag._member_map_)


# ---------------------------------------------------------------- Pattern / Match

def _text_of(string, is_bytes):
    """The subject as text (latin-1 for bytes-like), checking its type against the
    pattern's."""
    if isinstance(string, str):
        if is_bytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string
    if isinstance(string, (bytes, bytearray, memoryview)):
        if not is_bytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return str(bytes(string), "latin-1")
    raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")


def _bounds(n, pos, endpos):
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < pos:
        endpos = pos
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_prog", "_is_bytes",
                 "__weakref__")

    def __init__(self, pattern, flags):
        node, state = _parser.parse(pattern, flags)
        self.pattern = pattern
        self.flags = state.flags
        self.groups = state.groups - 1
        self._groupindex = dict(state.groupdict)
        self._is_bytes = not isinstance(pattern, str)
        self._prog = _engine.Program(node, state.groups)

    @property
    def groupindex(self):
        """A dictionary mapping group names to group numbers."""
        if not self._groupindex:
            return {}
        import types
        return types.MappingProxyType(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if not self._is_bytes:
            flags &= ~_parser.FLAG_UNICODE
        text = repr(self.pattern)[:200]
        if not flags:
            return f"re.compile({text})"
        names = []
        for name, value in (("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
                            ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
                            ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256)):
            if flags & value:
                names.append(name)
                flags &= ~value
        if flags:
            names.append(hex(flags))
        return f"re.compile({text}, {'|'.join(names)})"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    __class_getitem__ = classmethod(type(list[int]))

    # -- matching

    def _run(self, string, pos, endpos, mode):
        text = _text_of(string, self._is_bytes)
        pos, endpos = _bounds(len(text), pos, endpos)
        s = text[:endpos]
        prog = self._prog
        if mode == "search":
            r, start = prog.search(s, pos)
        else:
            r = prog.match_at(s, pos)
            start = pos
            if r is not None and mode == "full" and r[0] != endpos:
                r = _fullmatch_retry(prog, s, pos, endpos)
        if r is None:
            return None
        return Match(self, string, pos, endpos, start, r[0], r[1])

    def match(self, string, pos=0, endpos=_sys.maxsize):
        """Matches zero or more characters at the beginning of the string."""
        return self._run(string, pos, endpos, "match")

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        """Matches against all of the string."""
        return self._run(string, pos, endpos, "full")

    def search(self, string, pos=0, endpos=_sys.maxsize):
        """Scan through string looking for a match, and return a corresponding match
        object instance. Return None if no position in the string matches."""
        return self._run(string, pos, endpos, "search")

    def _iter(self, string, pos=0, endpos=_sys.maxsize):
        text = _text_of(string, self._is_bytes)
        pos, endpos = _bounds(len(text), pos, endpos)
        s = text[:endpos]
        prog = self._prog
        must_advance = False
        while pos <= endpos:
            r, start = prog.search(s, pos, must_advance)
            if r is None:
                return
            end = r[0]
            yield Match(self, string, pos, endpos, start, end, r[1])
            must_advance = end == start
            pos = end

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        """Return an iterator over all non-overlapping matches for the RE pattern in
        string. For each match, the iterator returns a match object."""
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        """Return a list of all non-overlapping matches of pattern in string."""
        out = []
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) if m.start(1) >= 0 else m._empty())
            else:
                out.append(tuple(m.group(g) if m.start(g) >= 0 else m._empty()
                                 for g in range(1, self.groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        out = []
        last = 0
        count = 0
        for m in self._iter(string):
            if maxsplit and count >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            count += 1
        out.append(string[last:])
        return out

    def _subx(self, repl, string, count):
        if callable(repl):
            filter = repl
            literal = None
        else:
            literal, groups = _compile_template(self, repl)
            if not groups:
                filter = None
            else:
                def filter(m):
                    return _expand(m, literal, groups)
        pieces = []
        last = 0
        n = 0
        for m in self._iter(string):
            if count and n >= count:
                break
            if m.start() > last:
                pieces.append(string[last:m.start()])
            if filter is None:
                pieces.append(literal[0] if literal else string[:0])
            else:
                r = filter(m)
                if r is not None:
                    pieces.append(r)
            last = m.end()
            n += 1
        if last < len(string) or not pieces:
            pieces.append(string[last:])
        empty = string[:0]
        return empty.join(pieces) if not isinstance(string, (bytearray, memoryview)) else bytes(empty).join(bytes(p) for p in pieces), n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping
        occurrences of pattern in string by the replacement repl."""
        _text_of(string, self._is_bytes)
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the
        leftmost non-overlapping occurrences of pattern with the replacement repl."""
        _text_of(string, self._is_bytes)
        return self._subx(repl, string, count)


def _fullmatch_retry(prog, s, pos, endpos):
    ctx_final = prog.m
    ctx = _engine._Ctx()
    ctx.s = s
    ctx.n = len(s)
    with _engine._Deep():
        return ctx_final(ctx, pos, prog.empty_caps,
                         lambda j, caps: (j, caps) if j == endpos else None)


class Match:
    """The result of re.match() and re.search()."""

    __slots__ = ("re", "string", "pos", "endpos", "_spans", "lastindex")

    def __init__(self, pattern, string, pos, endpos, start, end, caps):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        spans = [(start, end)]
        for g in range(1, pattern.groups + 1):
            spans.append((caps[2 * g], caps[2 * g + 1]))
        self._spans = spans
        li = caps[-1]
        self.lastindex = li if li >= 0 else None

    @property
    def lastgroup(self):
        """The name of the last matched capturing group."""
        if self.lastindex is None:
            return None
        for name, idx in self.re._groupindex.items():
            if idx == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        return tuple(self._spans)

    def _empty(self):
        return self.string[:0] if not isinstance(self.string, (bytearray, memoryview)) else b""

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(type(g), "__index__") and not isinstance(g, (str, bytes)):
            try:
                g = g.__index__()
            except Exception:
                raise IndexError("no such group") from None
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError("no such group")
        if isinstance(g, str):
            idx = self.re._groupindex.get(g)
            if idx is not None:
                return idx
        raise IndexError("no such group")

    def _get(self, g, default=None):
        a, b = self._spans[self._index(g)]
        if a < 0:
            return default
        s = self.string
        if isinstance(s, (bytearray, memoryview)):
            return bytes(s[a:b])
        return s[a:b]

    def group(self, *groups):
        """Return subgroup(s) of the match by indices or names. For 0 returns the entire
        match."""
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1."""
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match, keyed by
        the subgroup name."""
        return {name: self._get(idx, default) for name, idx in self.re._groupindex.items()}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._spans[self._index(group)][1]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        return self._spans[self._index(group)]

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string
        template, as done by the sub() method."""
        literal, groups = _compile_template(self.re, template)
        return _expand(self, literal, groups)

    def __repr__(self):
        text = repr(self.group(0))[:50]
        return f"<re.Match object; span={self._spans[0]!r}, match={text}>"

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __bool__(self):
        return True

    __class_getitem__ = classmethod(type(list[int]))


# ---------------------------------------------------------------- templates

def _compile_template(pattern, repl):
    """Parse a replacement template: (literal pieces with None holes, [(hole, group)])."""
    is_bytes = pattern._is_bytes
    if isinstance(repl, str):
        text = repl
    else:
        text = str(repl, "latin1")  # (the error for a non-bytes repl is str()'s own)
    literals = []
    groups = []
    literal = []
    i = 0
    n = len(text)

    def err(msg, pos):
        return error(msg, repl, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            raise err(f"invalid group reference {index}", pos)
        if literal:
            literals.append("".join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err("bad escape (end of pattern)", start)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                raise err("missing <", i)
            i += 1
            name_start = i
            j = text.find(">", i)
            if j < 0:
                if i >= n:
                    raise err("missing group name", name_start)
                raise err("missing >, unterminated name", name_start)
            name = text[i:j]
            if not name:
                raise err("missing group name", name_start)
            i = j + 1
            if name.isidentifier():
                try:
                    index = pattern._groupindex[name]
                except KeyError:
                    raise IndexError(f"unknown group name {name!r}") from None
            else:
                try:
                    index = int(name)
                    if index < 0 or not (name.isdecimal() and name.isascii()):
                        raise ValueError
                except ValueError:
                    raise err(f"bad character in group name {name!r}", name_start) from None
                if index >= _parser.MAXGROUPS:
                    raise err(f"invalid group reference {index}", name_start)
            addgroup(index, name_start)
        elif c == "0":
            digits = "0"
            while len(digits) < 3 and i < n and text[i] in "01234567":
                digits += text[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xFF))
        elif c in "123456789":
            digits = c
            isoctal = False
            if i < n and text[i] in "0123456789":
                digits += text[i]
                i += 1
                if (c in "01234567" and digits[1] in "01234567" and
                        i < n and text[i] in "01234567"):
                    digits += text[i]
                    i += 1
                    isoctal = True
                    value = int(digits, 8)
                    if value > 0o377:
                        raise err(f"octal escape value \\{digits} outside of range 0-0o377", start)
                    literal.append(chr(value))
            if not isoctal:
                addgroup(int(digits), start + 1)
        else:
            esc = _parser._ESCAPES.get(c)
            if esc is not None:
                literal.append(esc)
            elif c in _parser._ASCIILETTERS:
                raise err(f"bad escape \\{c}", start)
            else:
                literal.append("\\" + c)
    if literal:
        literals.append("".join(literal))
    if is_bytes:
        literals = [None if x is None else x.encode("latin-1") for x in literals]
    return literals, groups


def _expand(match, literals, groups):
    parts = list(literals)
    empty = match._empty()
    for hole, index in groups:
        g = match._get(index)
        parts[hole] = empty if g is None else g
    if not parts:
        return empty
    return empty.join(parts) if not isinstance(empty, bytes) else b"".join(bytes(p) for p in parts)


# ---------------------------------------------------------------- module functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if not (flags & _parser.FLAG_DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object,
    or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None
    if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object,
    or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences
    of the pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list
    containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | _parser.FLAG_TEMPLATE)


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars_map).encode("latin1")


Pattern.__module__ = Match.__module__ = "re"
Pattern.__qualname__ = Pattern.__name__ = "Pattern"
Match.__qualname__ = Match.__name__ = "Match"
