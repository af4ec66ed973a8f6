"""Regular expression parser for tspy's re: pattern text -> node tree.

Nodes are tuples; flags in force are resolved here, so nodes carry what they need:
  ("lit", c, icase)            one character (bytes patterns work on latin-1 text)
  ("any", dotall)
  ("set", negate, items, icase, ascii)   items: ("char", c) | ("range", lo, hi) | ("cat", name)
  ("cat", name, ascii)         name in digit/nondigit/word/nonword/space/nonspace
  ("at", kind, ascii)          kind in bol/mbol/eol/meol/start/end/boundary/nonboundary
  ("seq", [nodes]) | ("alt", [nodes])
  ("group", index, node)       index None for a non-capturing group
  ("repeat", node, min, max, mode)   mode: "greedy" | "lazy" | "possessive"
  ("backref", index, icase)
  ("look", behind, negate, node, width)
  ("atomic", node)
  ("cond", index, yes, no)
Error messages and positions follow CPython's re (re.error).
"""

FLAG_TEMPLATE = 1
FLAG_IGNORECASE = 2
FLAG_LOCALE = 4
FLAG_MULTILINE = 8
FLAG_DOTALL = 16
FLAG_UNICODE = 32
FLAG_VERBOSE = 64
FLAG_DEBUG = 128
FLAG_ASCII = 256

MAXREPEAT = 4294967295
MAXGROUPS = 2147483647

_FLAG_LETTERS = {"i": FLAG_IGNORECASE, "L": FLAG_LOCALE, "m": FLAG_MULTILINE,
                 "s": FLAG_DOTALL, "x": FLAG_VERBOSE, "a": FLAG_ASCII, "u": FLAG_UNICODE}
_TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE

_DIGITS = frozenset("0123456789")
_OCTDIGITS = frozenset("01234567")
_HEXDIGITS = frozenset("0123456789abcdefABCDEF")
_ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WHITESPACE = frozenset(" \t\n\r\v\f")
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            "\\": "\\"}
_CATEGORIES = {"d": "digit", "D": "nondigit", "s": "space", "S": "nonspace",
               "w": "word", "W": "nonword"}
_AT = {"A": "start", "Z": "end", "b": "boundary", "B": "nonboundary"}


class error(Exception):

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = f"{msg} at position {pos}"
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = f"{msg} (line {self.lineno}, column {self.colno})"
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class _State:
    def __init__(self, flags, is_bytes):
        self.flags = flags
        self.is_bytes = is_bytes
        self.groups = 1  # group 0 is the whole match
        self.groupdict = {}
        self.open_groups = set()
        self.grouprefpos = {}
        self.lookbehind_groups = None


class _Source:
    def __init__(self, text, original):
        self.s = text
        self.orig = original
        self.i = 0
        self.n = len(text)

    def peek(self):
        return self.s[self.i] if self.i < self.n else None

    def get(self):
        if self.i >= self.n:
            return None
        c = self.s[self.i]
        self.i += 1
        return c

    def match(self, c):
        if self.i < self.n and self.s[self.i] == c:
            self.i += 1
            return True
        return False

    def error(self, msg, pos):
        return error(msg, self.orig, pos)

    def getuntil(self, terminator, name):
        start = self.i
        while True:
            c = self.get()
            if c is None:
                if self.i == start:
                    raise self.error(f"missing {name}", start)
                raise self.error(f"missing {terminator}, unterminated name", start)
            if c == terminator:
                if self.i - 1 == start:
                    raise self.error(f"missing {name}", start)
                return self.s[start:self.i - 1]


def parse(pattern, flags):
    """Parse pattern (str or bytes) with the given flags: (node, state)."""
    is_bytes = not isinstance(pattern, str)
    text = str(pattern, "latin-1") if is_bytes else pattern
    src = _Source(text, pattern)
    state = _State(flags, is_bytes)
    node = _parse_sub(src, state, flags, 0)
    if src.i < src.n:
        # only an unbalanced ')' stops the top level early
        raise src.error("unbalanced parenthesis", src.i)
    for g, pos in state.grouprefpos.items():
        if g >= state.groups:
            raise src.error(f"invalid group reference {g}", pos)
    state.flags = _fix_flags(pattern, state.flags)
    return node, state


def _fix_flags(src, flags):
    if isinstance(src, str):
        if flags & FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & FLAG_ASCII:
            flags |= FLAG_UNICODE
        elif flags & FLAG_UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & FLAG_UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & FLAG_LOCALE and flags & FLAG_ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def _parse_sub(src, state, flags, nested):
    items = [_parse_seq(src, state, flags, nested, True)]
    while src.match("|"):
        items.append(_parse_seq(src, state, flags, nested, False))
    if len(items) == 1:
        return items[0]
    return ("alt", items)


def _ascii_mode(state, flags):
    return state.is_bytes or bool(flags & (FLAG_ASCII | FLAG_LOCALE))


def _icase(state, flags):
    """Case-insensitivity of literals: 0 none, 1 Unicode, 2 ASCII only."""
    if not flags & FLAG_IGNORECASE:
        return 0
    return 2 if _ascii_mode(state, flags) else 1


def _parse_seq(src, state, flags, nested, first_branch):
    seq = []
    start_of_pattern = nested == 0 and first_branch
    while True:
        if flags & FLAG_VERBOSE:
            _skip_verbose(src)
        here = src.i
        c = src.peek()
        if c is None or c == "|" or c == ")":
            break
        src.i += 1
        ascii_ = _ascii_mode(state, flags)
        icase = _icase(state, flags)
        if c == "[":
            seq.append(_parse_class(src, state, flags, here))
        elif c == ".":
            seq.append(("any", bool(flags & FLAG_DOTALL)))
        elif c == "^":
            seq.append(("at", "mbol" if flags & FLAG_MULTILINE else "bol", ascii_))
        elif c == "$":
            seq.append(("at", "meol" if flags & FLAG_MULTILINE else "eol", ascii_))
        elif c == "(":
            node = _parse_group(src, state, flags, here, nested, start_of_pattern and not seq)
            if node is None:
                continue  # a comment
            if isinstance(node, tuple) and node[0] == "globalflags":
                flags = node[1]
                state.flags = flags
                continue
            seq.append(node)
        elif c in "*+?{":
            if c == "{":
                rep = _parse_brace(src, here)
                if rep is None:
                    seq.append(("lit", "{", icase))
                    continue
                lo, hi = rep
            elif c == "*":
                lo, hi = 0, MAXREPEAT
            elif c == "+":
                lo, hi = 1, MAXREPEAT
            else:
                lo, hi = 0, 1
            if not seq or seq[-1][0] == "at":
                raise src.error("nothing to repeat", here)
            item = seq[-1]
            if item[0] == "repeat":
                raise src.error("multiple repeat", here)
            if item[0] == "group" and item[1] is None:
                item = item[2]
            mode = "greedy"
            if src.match("?"):
                mode = "lazy"
            elif src.match("+"):
                mode = "possessive"
            seq[-1] = ("repeat", item, lo, hi, mode)
        elif c == "\\":
            seq.append(_parse_escape(src, state, flags, here))
        else:
            seq.append(("lit", c, icase))
    if len(seq) == 1:
        return seq[0]
    return ("seq", seq)


def _skip_verbose(src):
    while True:
        c = src.peek()
        if c is None:
            return
        if c in _WHITESPACE:
            src.i += 1
        elif c == "#":
            while src.i < src.n and src.s[src.i] != "\n":
                src.i += 1
        else:
            return


def _parse_brace(src, here):
    """After '{': parse {m}, {m,}, {,n}, {m,n}; None (and no input consumed) when it is
    a literal '{'."""
    save = src.i
    if src.peek() == "}":
        return None
    lo = hi = ""
    while src.peek() is not None and src.peek() in _DIGITS:
        lo += src.get()
    if src.match(","):
        while src.peek() is not None and src.peek() in _DIGITS:
            hi += src.get()
    else:
        hi = lo
    if not src.match("}"):
        src.i = save
        return None
    mn, mx = 0, MAXREPEAT
    if lo:
        mn = int(lo)
        if mn >= MAXREPEAT:
            raise OverflowError("the repetition number is too large")
    if hi:
        mx = int(hi)
        if mx >= MAXREPEAT:
            raise OverflowError("the repetition number is too large")
        if mx < mn:
            raise src.error("min repeat greater than max repeat", here + 1)
    return mn, mx


def _parse_flags(src, state, start):
    """Inline flags after '(?': returns (add, remove, scoped)."""
    add = 0
    remove = 0
    c = src.peek()
    while c is not None and c in _FLAG_LETTERS:
        src.i += 1
        flag = _FLAG_LETTERS[c]
        if state.is_bytes:
            if c == "u":
                raise src.error("bad inline flags: cannot use 'u' flag with a bytes pattern", src.i)
        elif c == "L":
            raise src.error("bad inline flags: cannot use 'L' flag with a str pattern", src.i)
        add |= flag
        if (flag & _TYPE_FLAGS) and (add & _TYPE_FLAGS) != flag:
            raise src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", src.i)
        c = src.peek()
    if c == ")":
        src.i += 1
        return add, 0, False
    if c == "-":
        src.i += 1
        c = src.peek()
        if c is None:
            raise src.error("missing flag", src.i)
        if c not in _FLAG_LETTERS:
            msg = "unknown flag" if c.isalpha() else "missing flag"
            raise src.error(msg, src.i)
        while c is not None and c in _FLAG_LETTERS:
            src.i += 1
            flag = _FLAG_LETTERS[c]
            if flag & _TYPE_FLAGS:
                raise src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", src.i)
            remove |= flag
            c = src.peek()
        if c != ":":
            if c is None:
                raise src.error("missing :", src.i)
            msg = "unknown flag" if c.isalpha() else "missing :"
            raise src.error(msg, src.i)
        src.i += 1
        if add & remove:
            raise src.error("bad inline flags: flag turned on and off", src.i - 1)
        return add, remove, True
    if c == ":":
        src.i += 1
        return add, 0, True
    if c is None:
        raise src.error("missing -, : or )", src.i)
    msg = "unknown flag" if c.isalpha() else "missing -, : or )"
    raise src.error(msg, src.i)


def _check_name(src, name, pos):
    if not name.isidentifier():
        raise src.error(f"bad character in group name {name!r}", pos)


def _parse_group(src, state, flags, start, nested, at_pattern_start):
    group_index = None
    if src.match("?"):
        c = src.get()
        if c is None:
            raise src.error("unexpected end of pattern", src.i)
        if c == "#":
            while True:
                ch = src.get()
                if ch is None:
                    raise src.error("missing ), unterminated comment", start)
                if ch == ")":
                    return None
        if c == ":":
            pass
        elif c == "P":
            ch = src.get()
            if ch == "<":
                name_pos = src.i
                name = src.getuntil(">", "group name")
                _check_name(src, name, name_pos)
                if name in state.groupdict:
                    raise src.error(f"redefinition of group name {name!r} as group "
                                    f"{state.groups}; was group {state.groupdict[name]}", name_pos)
                group_index = state.groups
                state.groupdict[name] = group_index
                state.groups += 1
            elif ch == "=":
                name_pos = src.i
                name = src.getuntil(")", "group name")
                _check_name(src, name, name_pos)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise src.error(f"unknown group name {name!r}", name_pos)
                if gid in state.open_groups:
                    raise src.error("cannot refer to an open group", name_pos)
                return ("backref", gid, _icase(state, flags))
            else:
                if ch is None:
                    raise src.error("unexpected end of pattern", src.i)
                raise src.error(f"unknown extension ?P{ch}", start + 1)
        elif c in "=!":
            node = _parse_sub(src, state, flags, nested + 1)
            if not src.match(")"):
                raise src.error("missing ), unterminated subpattern", start)
            return ("look", False, c == "!", node, 0)
        elif c == "<":
            ch = src.get()
            if ch is None:
                raise src.error("unexpected end of pattern", src.i)
            if ch not in "=!":
                raise src.error(f"unknown extension ?<{ch}", start + 1)
            node = _parse_sub(src, state, flags, nested + 1)
            if not src.match(")"):
                raise src.error("missing ), unterminated subpattern", start)
            lo, hi = _width(node)
            if lo != hi:
                raise error("look-behind requires fixed-width pattern")
            return ("look", True, ch == "!", node, lo)
        elif c == ">":
            node = _parse_sub(src, state, flags, nested + 1)
            if not src.match(")"):
                raise src.error("missing ), unterminated subpattern", start)
            return ("atomic", node)
        elif c == "(":
            cond_pos = src.i
            name = src.getuntil(")", "group name")
            if name.isidentifier():
                gid = state.groupdict.get(name)
                if gid is None:
                    raise src.error(f"unknown group name {name!r}", cond_pos)
            else:
                if not (name.isdecimal() and name.isascii()):
                    raise src.error(f"bad character in group name {name!r}", cond_pos)
                gid = int(name)
                if not gid:
                    raise src.error("bad group number", cond_pos)
                if gid >= MAXGROUPS:
                    raise src.error(f"invalid group reference {gid}", cond_pos)
                if gid not in state.grouprefpos:
                    state.grouprefpos[gid] = cond_pos
            yes = _parse_seq(src, state, flags, nested + 1, False)
            no = None
            if src.match("|"):
                no = _parse_seq(src, state, flags, nested + 1, False)
                if src.peek() == "|":
                    raise src.error("conditional backref with more than two branches", src.i)
            if not src.match(")"):
                raise src.error("missing ), unterminated subpattern", start)
            return ("cond", gid, yes, no)
        elif c in _FLAG_LETTERS or c == "-":
            src.i -= 1
            add, remove, scoped = _parse_flags(src, state, start)
            if not scoped:
                if not at_pattern_start:
                    raise src.error("global flags not at the start of the expression", start)
                new = flags | add
                return ("globalflags", new)
            inner_flags = (flags | add) & ~remove
            if add & _TYPE_FLAGS:
                inner_flags = (inner_flags & ~_TYPE_FLAGS) | (add & _TYPE_FLAGS)
            node = _parse_sub(src, state, inner_flags, nested + 1)
            if not src.match(")"):
                raise src.error("missing ), unterminated subpattern", start)
            return ("group", None, node)
        else:
            raise src.error(f"unknown extension ?{c}", start + 1)
    else:
        group_index = state.groups
        state.groups += 1
    if group_index is not None:
        state.open_groups.add(group_index)
    node = _parse_sub(src, state, flags, nested + 1)
    if not src.match(")"):
        raise src.error("missing ), unterminated subpattern", start)
    if group_index is not None:
        state.open_groups.discard(group_index)
    return ("group", group_index, node)


def _parse_escape(src, state, flags, start):
    c = src.get()
    icase = _icase(state, flags)
    ascii_ = _ascii_mode(state, flags)
    if c is None:
        raise src.error("bad escape (end of pattern)", start)
    if c in _AT:
        return ("at", _AT[c], ascii_)
    if c in _CATEGORIES:
        return ("cat", _CATEGORIES[c], ascii_)
    if c in _DIGITS:
        # octal escape or group reference
        if c == "0":
            digits = c
            while len(digits) < 3 and src.peek() is not None and src.peek() in _OCTDIGITS:
                digits += src.get()
            return ("lit", chr(int(digits, 8)), icase)
        digits = c
        if src.peek() is not None and src.peek() in _DIGITS:
            digits += src.get()
            if (c in _OCTDIGITS and digits[1] in _OCTDIGITS and
                    src.peek() is not None and src.peek() in _OCTDIGITS):
                digits += src.get()
                value = int(digits, 8)
                if value > 0o377:
                    raise src.error(f"octal escape value \\{digits} outside of range 0-0o377", start)
                return ("lit", chr(value), icase)
        gid = int(digits)
        if gid < state.groups:
            if gid in state.open_groups:
                raise src.error("cannot refer to an open group", start)
            return ("backref", gid, icase)
        raise src.error(f"invalid group reference {gid}", start + 1)
    ch = _common_escape(src, state, c, start, False)
    return ("lit", ch, icase)


def _common_escape(src, state, c, start, in_class):
    """Escapes that stand for one character (both inside and outside sets)."""
    if c == "x":
        hexd = ""
        while len(hexd) < 2 and src.peek() is not None and src.peek() in _HEXDIGITS:
            hexd += src.get()
        if len(hexd) != 2:
            raise src.error(f"incomplete escape \\x{hexd}", start)
        return chr(int(hexd, 16))
    if c in "uU" and not state.is_bytes:
        size = 4 if c == "u" else 8
        hexd = ""
        while len(hexd) < size and src.peek() is not None and src.peek() in _HEXDIGITS:
            hexd += src.get()
        if len(hexd) != size:
            raise src.error(f"incomplete escape \\{c}{hexd}", start)
        value = int(hexd, 16)
        if value > 0x10FFFF:
            raise src.error(f"bad escape \\{c}{hexd}", start)
        return chr(value)
    if c == "N" and not state.is_bytes:
        if not src.match("{"):
            raise src.error("missing {", src.i)
        name_start = src.i
        name = src.getuntil("}", "character name")
        try:
            import unicodedata
            return unicodedata.lookup(name)
        except (KeyError, ImportError):
            raise src.error(f"undefined character name {name!r}", start) from None
    if c in _ESCAPES and (in_class or c != "b"):
        return _ESCAPES[c]
    if c in _ASCIILETTERS:
        raise src.error(f"bad escape \\{c}", start)
    return c


def _parse_class(src, state, flags, start):
    icase = bool(flags & FLAG_IGNORECASE)
    ascii_ = _ascii_mode(state, flags)
    negate = src.match("^")
    items = []
    first = True
    while True:
        c = src.get()
        if c is None:
            raise src.error("unterminated character set", start)
        if c == "]" and not first:
            break
        first = False
        item_start = src.i - 1
        if c == "\\":
            lo = _class_escape(src, state, item_start)
        else:
            lo = ("char", c)
        if src.peek() == "-" and src.i + 1 < src.n and src.s[src.i + 1] != "]":
            src.i += 1
            c2 = src.get()
            if c2 == "\\":
                hi = _class_escape(src, state, src.i - 1)
            else:
                hi = ("char", c2)
            if lo[0] != "char" or hi[0] != "char":
                text = src.s[item_start:src.i]
                raise src.error(f"bad character range {text}", item_start)
            if lo[1] > hi[1]:
                text = src.s[item_start:src.i]
                raise src.error(f"bad character range {text}", item_start)
            items.append(("range", lo[1], hi[1]))
        else:
            items.append(lo)
    return ("set", negate, items, icase, ascii_)


def _class_escape(src, state, start):
    c = src.get()
    if c is None:
        raise src.error("bad escape (end of pattern)", start)
    if c in _CATEGORIES:
        return ("cat", _CATEGORIES[c])
    if c in _OCTDIGITS:
        digits = c
        while len(digits) < 3 and src.peek() is not None and src.peek() in _OCTDIGITS:
            digits += src.get()
        value = int(digits, 8)
        if value > 0o377:
            raise src.error(f"octal escape value \\{digits} outside of range 0-0o377", start)
        return ("char", chr(value))
    if c in _DIGITS:
        raise src.error(f"bad escape \\{c}", start)
    if c in "AZB":
        raise src.error(f"bad escape \\{c}", start)
    return ("char", _common_escape(src, state, c, start, True))


def _width(node):
    """(min, max) length matched by node; max may be MAXREPEAT (unbounded)."""
    kind = node[0]
    if kind in ("lit", "any", "set", "cat"):
        return 1, 1
    if kind in ("at", "look"):
        return 0, 0
    if kind == "seq":
        lo = hi = 0
        for n in node[1]:
            a, b = _width(n)
            lo += a
            hi = min(MAXREPEAT, hi + b)
        return lo, hi
    if kind == "alt":
        ws = [_width(n) for n in node[1]]
        return min(w[0] for w in ws), max(w[1] for w in ws)
    if kind == "group":
        return _width(node[2])
    if kind == "atomic":
        return _width(node[1])
    if kind == "repeat":
        a, b = _width(node[1])
        return min(MAXREPEAT, a * node[2]), min(MAXREPEAT, b * node[3]) if b else 0
    if kind == "backref":
        return 0, MAXREPEAT
    if kind == "cond":
        a = _width(node[2])
        b = _width(node[3]) if node[3] is not None else (0, 0)
        return min(a[0], b[0]), max(a[1], b[1])
    return 0, MAXREPEAT
