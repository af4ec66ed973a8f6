"""_json: the accelerator interface json uses when it is importable (tspy's version of
CPython's C module; json falls back to its pure-Python parts when _json is blocked).

Provides what json.decoder / json.scanner / json.encoder look for:

- scanstring(s, end, strict=True) -> (str, index after the closing quote)
- make_scanner (the type Scanner)(context): callable scanner(s, idx) -> (value, end), StopIteration(idx)
  when no value starts at idx; reads strict (converted with truth testing once),
  object_hook, object_pairs_hook, parse_float, parse_int, parse_constant.
- make_encoder (the type Encoder)(markers, default, encoder, indent, key_separator, item_separator,
  sort_keys, skipkeys, allow_nan): callable encoder(obj, level) -> [the JSON text].
  As in CPython 3.11 it writes compact output only (json never passes an indent).
- encode_basestring(s), encode_basestring_ascii(s).

Errors are json.decoder.JSONDecodeError, looked up at raise time in the json.decoder
module currently imported (as the C module does), so a freshly re-imported json package
shares the class of the one in sys.modules.
"""
import sys
from operator import index as _operator_index

_WS = ' \t\n\r'
_DIGIT = '0123456789'
_HEXDIGIT = '0123456789abcdefABCDEF'
_UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
             't': '\t'}
_SSIZE_MAX = sys.maxsize


def _decode_error(msg, doc, pos):
    if 'json.decoder' not in sys.modules:
        __import__('json.decoder')
    return sys.modules['json.decoder'].JSONDecodeError(msg, doc, pos)


def _need_str(value):
    if not isinstance(value, str):
        raise TypeError(f'first argument must be a string, not {type(value).__name__}')


def _index(value):
    """An index argument as a C Py_ssize_t (OverflowError beyond its range)."""
    value = _operator_index(value)
    if not -_SSIZE_MAX - 1 <= value <= _SSIZE_MAX:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return value


def _hex4(s, at):
    """The value of the four hex digits at s[at:at+4], or -1."""
    text = s[at:at + 4]
    if len(text) != 4:
        return -1
    for ch in text:
        if ch not in _HEXDIGIT:
            return -1
    return int(text, 16)


def _control_at(s, start, stop):
    """Index of the first character below U+0020 in s[start:stop], or -1."""
    if s[start:stop].isprintable():
        return -1
    for i in range(start, stop):
        if s[i] < ' ':
            return i
    return -1


def _scan_str(s, end, strict):
    n = len(s)
    if end < 0 or end > n:
        raise ValueError('end is out of bounds')
    opening = end - 1
    parts = []
    while True:
        close = s.find('"', end)
        esc = s.find('\\', end, close if close >= 0 else n)
        stop = esc if esc >= 0 else close
        if strict:
            bad = _control_at(s, end, stop if stop >= 0 else n)
            if bad >= 0:
                raise _decode_error("Invalid control character at", s, bad)
        if stop < 0:
            raise _decode_error("Unterminated string starting at", s, opening)
        if stop > end:
            parts.append(s[end:stop])
        if stop == close:
            return ''.join(parts), stop + 1
        at = stop + 1
        if at == n:
            raise _decode_error("Unterminated string starting at", s, opening)
        kind = s[at]
        if kind != 'u':
            text = _UNESCAPE.get(kind)
            if text is None:
                raise _decode_error("Invalid \\escape", s, stop)
            parts.append(text)
            end = at + 1
            continue
        end = at + 5
        if end >= n:
            raise _decode_error("Invalid \\uXXXX escape", s, at)
        code = _hex4(s, at + 1)
        if code < 0:
            raise _decode_error("Invalid \\uXXXX escape", s, at)
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            low = _hex4(s, end + 2)
            if low < 0:
                raise _decode_error("Invalid \\uXXXX escape", s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                end += 6
        parts.append(chr(code))


def scanstring(string, end, strict=True, /):
    """scanstring(string, end, strict=True) -> (string, end)

    Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string."""
    end = _index(end)
    strict = _index(strict)
    _need_str(string)
    return _scan_str(string, end, strict)


def _skip(s, i, n):
    while i < n and s[i] in _WS:
        i += 1
    return i


def _number(s, i, n):
    """(end, is_float) of the JSON number at i, or None."""
    j = i
    if j < n and s[j] == '-':
        j += 1
        if j >= n:
            return None
    if j < n and '1' <= s[j] <= '9':
        j += 1
        while j < n and s[j] in _DIGIT:
            j += 1
    elif j < n and s[j] == '0':
        j += 1
    else:
        return None
    is_float = False
    if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGIT:
        is_float = True
        j += 2
        while j < n and s[j] in _DIGIT:
            j += 1
    if j + 1 < n and s[j] in 'eE':
        back = j
        j += 1
        if j + 1 < n and s[j] in '-+':
            j += 1
        while j < n and s[j] in _DIGIT:
            j += 1
        if s[j - 1] in _DIGIT:
            is_float = True
        else:
            j = back
    return j, is_float


def _frames_in_use():
    count = 0
    f = sys._getframe(1)
    while f is not None:
        count += 1
        f = f.f_back
    return count


class Scanner:
    """JSON scanner object"""

    def __init__(self, context):
        # read in this order, truth-tested once, as the C scanner does
        self.strict = bool(context.strict)
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self._memo = {}

    def __call__(self, string, idx):
        _need_str(string)
        idx = _index(idx)
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return self._value(string, idx)
        finally:
            self._memo.clear()

    def _make_object(self, pairs):
        hook = self.object_pairs_hook
        if hook is not None:
            return hook(pairs)
        obj = dict(pairs)
        hook = self.object_hook
        return obj if hook is None else hook(obj)

    def _member_name(self, s, i, n):
        if i >= n or s[i] != '"':
            raise _decode_error("Expecting property name enclosed in double quotes", s, i)
        name, i = _scan_str(s, i + 1, self.strict)
        name = self._memo.setdefault(name, name)
        i = _skip(s, i, n)
        if i >= n or s[i] != ':':
            raise _decode_error("Expecting ':' delimiter", s, i)
        return name, _skip(s, i + 1, n)

    def _scalar(self, s, i, n):
        c = s[i]
        if c == '"':
            return _scan_str(s, i + 1, self.strict)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        found = _number(s, i, n)
        if found is None:
            raise StopIteration(i)
        stop, is_float = found
        text = s[i:stop]
        if is_float:
            conv = self.parse_float
            return (float(text) if conv is float else conv(text)), stop
        conv = self.parse_int
        return (int(text) if conv is int else conv(text)), stop

    def _value(self, s, i):
        """Iterative descent: `pending` holds the open containers as
        [list] for arrays and [pairs, key] for objects."""
        n = len(s)
        pending = []
        kinds = []      # True for an array at the same depth of `pending`
        room = None
        while True:
            if i >= n:
                raise StopIteration(i)
            c = s[i]
            if c == '[' or c == '{':
                if room is None:
                    room = sys.getrecursionlimit() - _frames_in_use()
                if len(pending) >= room:
                    raise RecursionError(
                        'maximum recursion depth exceeded while decoding a JSON '
                        + ('array' if c == '[' else 'object') + ' from a unicode string')
                i = _skip(s, i + 1, n)
                if c == '[':
                    if i < n and s[i] == ']':
                        value = []
                        i += 1
                    else:
                        pending.append([[]])
                        kinds.append(True)
                        continue
                elif i < n and s[i] == '}':
                    value = self._make_object([])
                    i += 1
                else:
                    name, i = self._member_name(s, i, n)
                    pending.append([[], name])
                    kinds.append(False)
                    continue
            else:
                value, i = self._scalar(s, i, n)
            while pending:
                top = pending[-1]
                array = kinds[-1]
                if array:
                    top[0].append(value)
                else:
                    top[0].append((top[1], value))
                i = _skip(s, i, n)
                if i < n and s[i] == (']' if array else '}'):
                    pending.pop()
                    kinds.pop()
                    i += 1
                    value = top[0] if array else self._make_object(top[0])
                    continue
                if i >= n or s[i] != ',':
                    raise _decode_error("Expecting ',' delimiter", s, i)
                i = _skip(s, i + 1, n)
                if not array:
                    top[1], i = self._member_name(s, i, n)
                break
            else:
                return value, i


make_scanner = Scanner

# -------------------------------------------------------------------- encoding

_ESCAPED = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
            '\t': '\\t'}
_TABLE = {i: '\\u%04x' % i for i in range(32)}
for _ch, _text in _ESCAPED.items():
    _TABLE[ord(_ch)] = _text
del _ch, _text


def encode_basestring(s, /):
    """encode_basestring(string) -> string

    Return a JSON representation of a Python string"""
    _need_str(s)
    return '"' + s.translate(_TABLE) + '"'


def _escape_ascii(ch):
    text = _ESCAPED.get(ch)
    if text is not None:
        return text
    code = ord(ch)
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


def encode_basestring_ascii(s, /):
    """encode_basestring_ascii(string) -> string

    Return an ASCII-only JSON representation of a Python string"""
    _need_str(s)
    if s.isascii() and s.isprintable():
        return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
    out = ['"']
    for ch in s:
        out.append(ch if ' ' <= ch <= '~' and ch != '"' and ch != '\\' else _escape_ascii(ch))
    out.append('"')
    return ''.join(out)


_float_repr = float.__repr__
_int_repr = int.__repr__


class Encoder:
    """Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)"""

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan):
        for pos, sep in ((5, key_separator), (6, item_separator)):
            if not isinstance(sep, str):
                raise TypeError(f'make_encoder() argument {pos} must be str, '
                                f'not {type(sep).__name__}')
        sort_keys = bool(sort_keys)
        skipkeys = bool(skipkeys)
        allow_nan = bool(allow_nan)
        if markers is not None and not isinstance(markers, dict):
            raise TypeError('make_encoder() argument 1 must be dict or None, '
                            f'not {type(markers).__name__}')
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def __call__(self, obj, _current_indent_level):
        chunks = []
        self._encode(obj, chunks)
        # CPython 3.11 accumulates the whole text: a list holding one str
        return [''.join(chunks)]

    def _string(self, s):
        encoder = self.encoder
        if encoder is encode_basestring_ascii or encoder is encode_basestring:
            return encoder(s)
        text = encoder(s)
        if not isinstance(text, str):
            raise TypeError(f'encoder() must return a string, not {type(text).__name__}')
        return text

    def _float(self, value):
        if value != value or value in (float('inf'), float('-inf')):
            if not self.allow_nan:
                raise ValueError('Out of range float values are not JSON compliant')
            if value != value:
                return 'NaN'
            return 'Infinity' if value > 0 else '-Infinity'
        return _float_repr(value)

    def _mark(self, obj):
        markers = self.markers
        if markers is None:
            return None
        key = id(obj)
        if key in markers:
            raise ValueError('Circular reference detected')
        markers[key] = obj
        return key

    def _unmark(self, key):
        if key is not None:
            del self.markers[key]

    def _encode(self, obj, out):
        if obj is None:
            out.append('null')
        elif obj is True:
            out.append('true')
        elif obj is False:
            out.append('false')
        elif isinstance(obj, str):
            out.append(self._string(obj))
        elif isinstance(obj, int):
            out.append(_int_repr(obj))
        elif isinstance(obj, float):
            out.append(self._float(obj))
        elif isinstance(obj, (list, tuple)):
            self._sequence(obj, out)
        elif isinstance(obj, dict):
            self._mapping(obj, out)
        else:
            key = self._mark(obj)
            self._encode(self.default(obj), out)
            self._unmark(key)

    def _sequence(self, seq, out):
        if not seq:
            out.append('[]')
            return
        key = self._mark(seq)
        out.append('[')
        first = True
        for item in seq:
            if not first:
                out.append(self.item_separator)
            first = False
            self._encode(item, out)
        self._unmark(key)
        out.append(']')

    def _mapping(self, mapping, out):
        if not mapping:
            out.append('{}')
            return
        mark = self._mark(mapping)
        out.append('{')
        items = list(mapping.items())
        if self.sort_keys:
            items.sort()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _int_repr(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, '
                                f'not {type(key).__name__}')
            if not first:
                out.append(self.item_separator)
            first = False
            out.append(self._string(key))
            out.append(self.key_separator)
            self._encode(value, out)
        self._unmark(mark)
        out.append('}')


make_encoder = Encoder
