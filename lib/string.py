"""A collection of string constants, Template and Formatter (string), pure Python for tspy.

Template substitution is a hand-written scanner for the default pattern (delimiter followed
by $$, an identifier, or {identifier}); a subclass that overrides `pattern`, `idpattern`,
`braceidpattern` or `flags` uses the `re` module instead. Formatter parses format strings
with its own scanner (CPython uses the C helpers of module _string).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each word using capitalize,
    and join the capitalized words using join.  If the optional second argument sep is
    absent or None, runs of whitespace characters are replaced by a single space and
    leading and trailing whitespace are removed, otherwise sep is used to split and
    join the words.
    """
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}

_DEFAULT_IDPATTERN = r"(?a:[_a-z][_a-z0-9]*)"
try:
    from re import IGNORECASE as _DEFAULT_FLAGS
except ImportError:
    _DEFAULT_FLAGS = 2  # the value of re.IGNORECASE
_ID_START = frozenset("_" + ascii_letters)
_ID_CONT = frozenset("_" + ascii_letters + digits)


class _Match:
    """One delimiter occurrence: kind is 'escaped', 'named', 'braced' or 'invalid'."""
    __slots__ = ("kind", "name", "start", "end", "text")

    def __init__(self, kind, name, start, end, text):
        self.kind, self.name, self.start, self.end, self.text = kind, name, start, end, text


class Template:

    delimiter = "$"
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _DEFAULT_FLAGS

    def __init_subclass__(cls):
        super().__init_subclass__()
        if "pattern" in cls.__dict__:
            # the class's own pattern (a str) is compiled with its flags, verbose, as CPython does
            # (so a pattern that is already compiled is refused with re's ValueError)
            import re
            cls._custom = True
            cls.pattern = re.compile(cls.__dict__["pattern"], cls.flags | re.VERBOSE)
        elif (cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None
              or cls.flags != _DEFAULT_FLAGS):
            cls._custom = True
            cls.pattern = _compile_pattern(cls)
        else:
            cls._custom = False

    _custom = False

    def __init__(self, template):
        self.template = template

    # -- matching
    def _matches(self):
        if self._custom:
            return self._re_matches()
        return self._scan()

    def _scan(self):
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(s)
        i = 0
        out = []
        while True:
            j = s.find(delim, i) if dl else -1
            if j < 0:
                return out
            k = j + dl
            if s.startswith(delim, k):
                out.append(_Match("escaped", None, j, k + dl, s[j:k + dl]))
                i = k + dl
                continue
            if k < n and s[k] in _ID_START:
                e = k + 1
                while e < n and s[e] in _ID_CONT:
                    e += 1
                out.append(_Match("named", s[k:e], j, e, s[j:e]))
                i = e
                continue
            if k < n and s[k] == "{" and k + 1 < n and s[k + 1] in _ID_START:
                e = k + 2
                while e < n and s[e] in _ID_CONT:
                    e += 1
                if e < n and s[e] == "}":
                    out.append(_Match("braced", s[k + 1:e], j, e + 1, s[j:e + 1]))
                    i = e + 1
                    continue
            out.append(_Match("invalid", k, j, k, s[j:k]))  # name: error position
            i = k

    def _re_matches(self):
        # group() by name, as CPython's substitute does: a pattern without one of the four
        # groups raises IndexError('no such group') at its first match
        out = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group("named")
            kind = "named"
            if not name:
                braced = mo.group("braced")
                if braced is not None or name is None:
                    name, kind = braced, "braced"
            if name is not None:
                out.append(_Match(kind, name, mo.start(), mo.end(), mo.group()))
            elif mo.group("escaped") is not None:
                out.append(_Match("escaped", None, mo.start(), mo.end(), mo.group()))
            elif mo.group("invalid") is not None:
                out.append(_Match("invalid", mo.start("invalid"), mo.start(), mo.end(), mo.group()))
            else:
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return out

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _render(self, mapping, safe):
        parts = []
        last = 0
        s = self.template
        for m in self._matches():
            parts.append(s[last:m.start])
            last = m.end
            if m.kind == "named" or m.kind == "braced":
                if safe:
                    try:
                        parts.append(str(mapping[m.name]))
                    except KeyError:
                        parts.append(m.text)
                else:
                    parts.append(str(mapping[m.name]))
            elif m.kind == "escaped":
                parts.append(self.delimiter)
            elif safe:
                parts.append(m.text)
            else:
                self._invalid(m.name)
        parts.append(s[last:])
        return "".join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._render(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._render(mapping, True)

    def is_valid(self):
        for m in self._matches():
            if m.kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for m in self._matches():
            if m.kind in ("named", "braced") and m.name not in ids:
                ids.append(m.name)
        return ids


def _compile_pattern(cls):
    import re
    delim = re.escape(cls.delimiter)
    id = cls.idpattern
    bid = cls.braceidpattern or cls.idpattern
    flags = cls.flags
    return re.compile(
        fr"{delim}(?:(?P<escaped>{delim})|(?P<named>{id})|{{(?P<braced>{bid})}}|(?P<invalid>))",
        flags | re.VERBOSE)


try:
    Template.pattern = _compile_pattern(Template)
except ImportError:  # no `re` module: the scanner does not need it
    pass


# ---------------------------------------------------------------------------- Formatter

def _parse_format(s):
    """Split a format string into (literal, field_name, format_spec, conversion) tuples,
    like str.format's own parser (field_name is None for a pure literal)."""
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ""
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = i >= n
        length = i - start
        if c == "}" and (at_end or s[i] != c):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{":
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[i] == c:
                i += 1  # doubled brace: literal text ends with one brace, no field
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        name, spec, conv, i = _parse_field(s, i)
        yield (literal, name, spec, conv)


def _parse_field(s, i):
    """Parse a replacement field starting after its '{'; returns (name, spec, conv, end)."""
    n = len(s)
    c = ""
    name_start = i
    while i < n:
        c = s[i]
        i += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while i < n and s[i] != "]":
                i += 1
            continue
        if c == "}" or c == ":" or c == "!":
            break
    name = s[name_start:i - 1]
    conv = None
    if c == "!" or c == ":":
        if c == "!":
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conv = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == "}":
                    return name, "", conv, i
                if c != ":":
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                count += 1
            elif c == "}":
                count -= 1
                if count == 0:
                    return name, s[spec_start:i - 1], conv, i
        raise ValueError("unmatched '{' in format spec")
    if c != "}":
        raise ValueError("expected '}' before end of string")
    return name, "", conv, i


def _split_field_name(name):
    """Split 'a.b[0]' into ('a', iterator of (True, 'b'), (False, 0)); integers are converted."""
    n = len(name)
    i = 0
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    return first, _split_rest(name, i)


def _split_rest(name, i):
    # Lazy, like CPython's: errors in the rest show up only once the caller iterates.
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == ".":
            j = i
            while j < n and name[j] not in ".[":
                j += 1
            attr = name[i:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            yield (True, attr)
            i = j
        elif c == "[":
            j = i
            while j < n and name[j] != "]":
                j += 1
            if j >= n:
                raise ValueError("Missing ']' in format string")
            key = name[i:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            if key.isdigit() and key.isascii():
                key = int(key)
            yield (False, key)
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification to "
                                         "automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        # (CPython reports this case with the same message as the one above)
                        raise ValueError("cannot switch from manual field specification to "
                                         "automatic field numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec, conversion)."""
        if not isinstance(format_string, str):
            raise TypeError(f"expected str, got {type(format_string).__name__}")
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
