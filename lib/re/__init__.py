"""Regular expressions for tspy.

Same interface as Python 3.11's re module (flags, Pattern and Match objects, the module
functions, re.error with its position details, Scanner).  Parsing, compiling and matching
are done by tspy's native engine, the builtin module _sre; this file shapes its results
into Pattern and Match objects.
"""

import _sre
import enum as _enum

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_BIG = 0x7FFFFFFFFFFFFFFF     # default endpos (sys.maxsize)


# -------------------------------------------------------------------------------- re.error

class error(Exception):
    """Raised for an invalid regular expression or replacement template.

    msg: the bare message; pattern: the text in which it was found; pos: the index of
    the problem in it; lineno / colno: pos as a line and column (None without pos).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is None or pos is None:
            self.lineno = None
            self.colno = None
        else:
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            msg = f"{msg} at position {pos}"
            if nl in pattern:
                msg = f"{msg} (line {self.lineno}, column {self.colno})"
        Exception.__init__(self, msg)


error.__module__ = "re"
_sre.set_error(error)


# -------------------------------------------------------------------------------- flags

class RegexFlag(_enum.IntFlag, boundary=_enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = self._value_
        name = self._name_
        if name is None:
            return f"re.{type(self).__name__}({value})"
        if value and not value & (value - 1):
            return "re." + name
        out = []
        for part in name.split("|"):
            if part[:1].isdigit() or part.startswith("0x"):
                out.append(part)
            else:
                out.append("re." + part)
        return "|".join(out)

    __str__ = object.__str__
    _numeric_repr_ = hex


RegexFlag.__module__ = "re"
globals().update(RegexFlag.__members__)

# names in Pattern.__repr__, in CPython's order
_FLAG_NAMES = (
    (1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"),
    (16, "re.DOTALL"), (32, "re.UNICODE"), (64, "re.VERBOSE"), (128, "re.DEBUG"),
    (256, "re.ASCII"),
)


# -------------------------------------------------------------------------------- Match

def _no_new(cls, *args, **kwargs):
    raise TypeError(f"cannot create 're.{cls.__name__}' instances")


class Match:
    """The result of a successful match or search.

    _t is the native result: (lastindex, pos, endpos, start0, end0, start1, end1, ...),
    -1 standing for None / an unmatched group.
    """

    __slots__ = ("re", "string", "_t")

    __new__ = _no_new

    @property
    def pos(self):
        return self._t[1]

    @property
    def endpos(self):
        return self._t[2]

    @property
    def lastindex(self):
        li = self._t[0]
        return None if li < 0 else li

    @property
    def lastgroup(self):
        li = self._t[0]
        if li < 0:
            return None
        return self.re._names.get(li)

    @property
    def regs(self):
        t = self._t
        return tuple((t[i], t[i + 1]) for i in range(3, len(t), 2))

    def _num(self, g):
        """Group number of g (an int-like or a group name); IndexError otherwise."""
        if type(g) is int:
            n = g
        elif isinstance(g, str) or not hasattr(type(g), "__index__"):
            n = self.re._groupindex.get(g)
            if n is None:
                raise IndexError("no such group")
        else:
            n = g.__index__()
        if n < 0 or n > self.re.groups:
            raise IndexError("no such group")
        return n

    def _piece(self, n, default=None):
        t = self._t
        a = t[3 + 2 * n]
        if a < 0:
            return default
        s = self.string
        b = t[4 + 2 * n]
        if isinstance(s, (str, bytes, bytearray, memoryview)):
            r = s[a:b]
            if type(r) is not str and type(r) is not bytes:
                r = str(r) if isinstance(s, str) else bytes(r)
            return r
        # another bytes-like object (array.array): positions count its bytes, not its items
        return s.tobytes()[a:b]

    def group(self, *groups):
        """The text of one group (by number or name), or a tuple for several; group 0 (the
        default) is the whole match."""
        if not groups:
            return self._piece(0)
        if len(groups) == 1:
            return self._piece(self._num(groups[0]))
        return tuple([self._piece(self._num(g)) for g in groups])

    def __getitem__(self, g):
        return self._piece(self._num(g))

    def groups(self, default=None):
        """All subgroups from 1 as a tuple; `default` for those that did not take part."""
        return tuple([self._piece(n, default) for n in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        """The named subgroups as a dict name -> text (`default` when unmatched)."""
        return {name: self._piece(n, default) for name, n in self.re._groupindex.items()}

    def start(self, group=0):
        """Start index of the group's match, or -1."""
        return self._t[3 + 2 * self._num(group)]

    def end(self, group=0):
        """End index of the group's match, or -1."""
        return self._t[4 + 2 * self._num(group)]

    def span(self, group=0):
        """(start, end) of the group, (-1, -1) when it did not take part."""
        n = 3 + 2 * self._num(group)
        return (self._t[n], self._t[n + 1])

    def expand(self, template):
        """The template with its group references (\\1, \\g<name>) replaced from this match."""
        pattern = self.re
        if _template_mismatch(pattern, template):
            if isinstance(pattern.pattern, str):
                raise TypeError("sequence item 0: expected str instance, bytes found")
            raise TypeError("sequence item 0: expected a bytes-like object, str found")
        return pattern._prog.expand(_template(pattern, template, 3), self.string, self._t)

    def __repr__(self):
        t = self._t
        text = repr(self._piece(0))[:50]
        return f"<re.Match object; span=({t[3]}, {t[4]}), match={text}>"

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        raise TypeError("cannot pickle 're.Match' object")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _new_match(pattern, string, t):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    m._t = t
    return m


# -------------------------------------------------------------------------------- Pattern

class Pattern:
    """A compiled regular expression (re.compile's result)."""

    __slots__ = ("pattern", "_prog", "flags", "groups", "_groupindex", "_names", "__weakref__")

    __new__ = _no_new

    @property
    def groupindex(self):
        """A read-only mapping of group names to group numbers ({} without named groups)."""
        if not self._groupindex:
            return {}
        import types
        return types.MappingProxyType(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & 0x124 == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if not flags:
            return f"re.compile({text})"
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return f"re.compile({text}, {'|'.join(names)})"

    def __eq__(self, other):
        if type(other) is not Pattern:
            return NotImplemented
        if self is other:
            return True
        return (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags)) & 0x7FFFFFFFFFFF

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    # matching

    def match(self, string, pos=0, endpos=_BIG):
        """A Match if the pattern matches at `pos`, else None."""
        t = self._prog.run(string, pos, endpos, 0)
        return None if t is None else _new_match(self, string, t)

    def fullmatch(self, string, pos=0, endpos=_BIG):
        """A Match if the pattern matches all of string[pos:endpos], else None."""
        t = self._prog.run(string, pos, endpos, 1)
        return None if t is None else _new_match(self, string, t)

    def search(self, string, pos=0, endpos=_BIG):
        """The first Match found scanning from `pos`, else None."""
        t = self._prog.run(string, pos, endpos, 2)
        return None if t is None else _new_match(self, string, t)

    def scanner(self, string, pos=0, endpos=_BIG):
        return SRE_Scanner(self, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_BIG):
        """An iterator of Match objects for the non-overlapping matches."""
        return iter(SRE_Scanner(self, string, pos, endpos).search, None)

    def findall(self, string, pos=0, endpos=_BIG):
        """The non-overlapping matches as a list (of strings, or tuples of the groups)."""
        return self._prog.findall(string, pos, endpos)

    def split(self, string, maxsplit=0):
        """string split at the matches (with the groups' text between the pieces)."""
        return self._prog.split(string, maxsplit)

    def _subx(self, repl, string, count):
        # template warnings are attributed 4 frames up, as CPython's are (the user's line
        # for re.sub, one frame further for a direct Pattern.sub call)
        if not callable(repl):
            if _template_mismatch(self, repl):
                return self._mismatched_sub(repl, string)
            return self._prog.subx(_template(self, repl, 4), string, count)
        steps = self._prog.scanner(string, 0, _BIG)
        out = []
        done = 0
        last = 0
        while count <= 0 or done < count:
            if count < 0:
                break
            t = steps.search()
            if t is None:
                break
            if t[3] > last:
                out.append(string[last:t[3]])
            r = repl(_new_match(self, string, t))
            if r is not None:
                out.append(r)
            last = t[4]
            done += 1
        if type(string) is str:
            out.append(string[last:])
            return "".join(out), done
        out.append(bytes(string[last:]))
        return b"".join(out), done

    def _mismatched_sub(self, repl, string):
        # CPython finds the mismatch when it joins the pieces: not at all without a match,
        # else at the first replacement (item 0, or 1 after a leading unchanged piece)
        m = self.search(string)
        if m is None:
            return (string if type(string) in (str, bytes) else bytes(string)), 0
        want = "str instance" if isinstance(self.pattern, str) else "a bytes-like object"
        raise TypeError(f"sequence item {0 if m.start() == 0 else 1}: expected {want}, "
                        f"{type(repl).__name__} found")

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl (a template or a function of the Match)."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """(new string, number of replacements)."""
        return self._subx(repl, string, count)


_templates = {}


def _template_mismatch(pattern, repl):
    """True when repl is text for a bytes pattern or bytes for a text pattern; TypeError
    when it is neither (CPython's message)."""
    if isinstance(repl, str):
        return pattern.pattern is not None and not isinstance(pattern.pattern, str)
    if isinstance(repl, (bytes, bytearray, memoryview)):
        return pattern.pattern is None or isinstance(pattern.pattern, str)
    raise TypeError(f"decoding to str: need a bytes-like object, {type(repl).__name__} found")


def _template(pattern, repl, level):
    """The parsed replacement template, cached per (pattern, repl) like CPython's (so its
    warnings are issued once); level: the stack level the warnings are attributed to, counted
    from the caller of this function."""
    try:
        key = (pattern, type(repl), repl)
        found = _templates.get(key)
    except TypeError:  # unhashable repl: the native type check reports it
        return pattern._prog.template(repl, level + 1)
    if found is None:
        found = pattern._prog.template(repl, level + 1)
        if len(_templates) >= _MAXCACHE:
            try:
                del _templates[next(iter(_templates))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _templates[key] = found
    return found


def _new_pattern(source, prog):
    p = object.__new__(Pattern)
    p.pattern = source
    p._prog = prog
    p.flags = prog.flags
    p.groups = prog.groups
    gi = prog.groupindex
    p._groupindex = gi
    p._names = {n: name for name, n in gi.items()}
    return p


class SRE_Scanner:
    """Successive matches of a pattern over one string (Pattern.scanner)."""

    __slots__ = ("pattern", "_string", "_steps")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._steps = pattern._prog.scanner(string, pos, endpos)

    def match(self):
        t = self._steps.match()
        return None if t is None else _new_match(self.pattern, self._string, t)

    def search(self):
        t = self._steps.search()
        return None if t is None else _new_match(self.pattern, self._string, t)


SRE_Scanner.__module__ = "_sre"


# -------------------------------------------------------------------------------- functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags, level=3):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & 1:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated "
                      "as it is an undocumented flag "
                      "without an obvious purpose. "
                      "Don't use it.",
                      DeprecationWarning)
    p = _new_pattern(pattern, _sre.compile(pattern, flags, level))
    if flags & 128:
        print(p._prog.debug, end="")
        return p
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def match(pattern, string, flags=0):
    """Match the pattern at the start of string: a Match or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match the pattern against all of string: a Match or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first match of the pattern anywhere in string: a Match or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the pattern's matches replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new string, number of replacements) for sub."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split by the pattern's matches."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches in string, as a list."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over the non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """Compile a pattern into a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Empty the caches of compiled patterns and replacement templates."""
    _cache.clear()
    _templates.clear()


def template(pattern, flags=0):
    """Deprecated: compile with the TEMPLATE flag."""
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | 1)


_ESCAPED = {c: "\\" + chr(c) for c in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """pattern with a backslash before each character that is special in a pattern."""
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPED)
    return str(pattern, "latin1").translate(_ESCAPED).encode("latin1")


def _pickle(p):
    return _compile, (p.pattern, p.flags)


class Scanner:
    """A simple lexer: `lexicon` is a list of (pattern, action) pairs; scan() tries them in
    order at each position and collects the actions' results."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        prog = _sre.compile_scanner([phrase for phrase, _ in lexicon], flags, 2)
        self.scanner = _new_pattern(None, prog)

    def scan(self, string):
        found = []
        step = self.scanner.scanner(string).match
        at = 0
        while True:
            m = step()
            if not m:
                break
            j = m.end()
            if j == at:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                found.append(action)
            at = j
        return found, string[at:]


Pattern.__module__ = Match.__module__ = "re"


def __getattr__(name):
    # re._constants / re._compiler load on first use
    if name in ("_constants", "_compiler"):
        import importlib
        return importlib.import_module("re." + name)
    raise AttributeError(f"module 're' has no attribute {name!r}")
