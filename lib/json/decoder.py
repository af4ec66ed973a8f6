"""JSON decoding (json.decoder) for tspy.

The scanner reproduces CPython's C scanner (_json): the same accepted syntax, the same
error messages and positions, and a RecursionError for documents nested deeper than
the interpreter's recursion limit allows.  It is iterative: containers being filled
are kept on an explicit stack, so deep documents never exhaust the Python stack.
"""

import sys

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN, PosInf, NegInf = (float(text) for text in ('nan', 'inf', '-inf'))

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

_SPACES = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
                   'r': '\r', 't': '\t'}


class JSONDecodeError(ValueError):
    """ValueError for a document that is not valid JSON, with where it went wrong:
    msg (the bare message), doc, pos (character index), lineno and colno (1-based)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        vars(self).update(msg=msg, doc=doc, pos=pos, lineno=lineno, colno=colno)

    def __reduce__(self):
        # rebuilt from the three constructor arguments
        return (type(self), (self.msg, self.doc, self.pos))


def _skip_spaces(s, idx, n):
    while idx < n and s[idx] in _SPACES:
        idx += 1
    return idx


def _four_hex(s, start):
    """Value of the 4 hex digits at s[start:start+4], or None."""
    digits = s[start:start + 4]
    if len(digits) != 4 or not all(d in _HEX for d in digits):
        return None
    return int(digits, 16)


def _first_control(s, start, stop):
    """Index of the first character below U+0020 in s[start:stop], or -1."""
    if s[start:stop].isprintable():
        return -1
    for i in range(start, stop):
        if s[i] < ' ':
            return i
    return -1


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is just before s[end]: returns
    (the str, index after the closing quote).  strict=False allows control
    characters inside the string."""
    if not -sys.maxsize - 1 <= end <= sys.maxsize:
        # a C index, as the regular expression matching of CPython's version needs
        raise OverflowError('Python int too large to convert to C ssize_t')
    n = len(s)
    if end < 0 or end > n:
        raise ValueError('end is out of bounds')
    begin = end - 1
    pieces = []
    while True:
        quote = s.find('"', end)
        slash = s.find('\\', end, quote if quote >= 0 else n)
        stop = slash if slash >= 0 else quote
        if strict:
            bad = _first_control(s, end, stop if stop >= 0 else n)
            if bad >= 0:
                raise JSONDecodeError("Invalid control character at", s, bad)
        if stop < 0:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        pieces.append(s[end:stop])
        if stop == quote:
            return ''.join(pieces), stop + 1
        # an escape sequence at `stop`
        pos = stop + 1
        if pos == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        kind = s[pos]
        if kind != 'u':
            replacement = _SIMPLE_ESCAPES.get(kind)
            if replacement is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            pieces.append(replacement)
            end = pos + 1
            continue
        digits_at = pos + 1
        end = digits_at + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, digits_at - 1)
        code = _four_hex(s, digits_at)
        if code is None:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            low = _four_hex(s, end + 2)
            if low is None:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                end += 6
        pieces.append(chr(code))


py_scanstring = scanstring
try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None
scanstring = c_scanstring or py_scanstring


def _number_end(s, idx, n):
    """(end index, is_float) of the JSON number at idx, or None when there is none
    (the rules of the C scanner: no leading zeros, '1.' and '1e' stop before the
    dot or the e)."""
    pos = idx
    if pos < n and s[pos] == '-':
        pos += 1
        if pos >= n:
            return None
    if pos < n and s[pos] in '123456789':
        pos += 1
        while pos < n and s[pos] in _DIGITS:
            pos += 1
    elif pos < n and s[pos] == '0':
        pos += 1
    else:
        return None
    is_float = False
    if pos + 1 < n and s[pos] == '.' and s[pos + 1] in _DIGITS:
        is_float = True
        pos += 2
        while pos < n and s[pos] in _DIGITS:
            pos += 1
    if pos + 1 < n and s[pos] in 'eE':
        mark = pos
        pos += 1
        if pos + 1 < n and s[pos] in '-+':
            pos += 1
        while pos < n and s[pos] in _DIGITS:
            pos += 1
        if s[pos - 1] in _DIGITS:
            is_float = True
        else:
            pos = mark
    return pos, is_float


def _stack_depth():
    depth = 0
    frame = sys._getframe(1)
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


class _Scanner:
    """The scan_once callable of a JSONDecoder: scanner(s, idx) -> (value, end);
    StopIteration(idx) when no value starts at idx."""

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}

    def __call__(self, string, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return self._scan(string, idx)
        finally:
            self.memo.clear()

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        made = dict(pairs)
        if self.object_hook is not None:
            made = self.object_hook(made)
        return made

    def _key(self, s, idx, n):
        """Read `"key" :` at idx; returns (key, index of the value)."""
        if idx >= n or s[idx] != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
        key, idx = scanstring(s, idx + 1, self.strict)
        key = self.memo.setdefault(key, key)
        idx = _skip_spaces(s, idx, n)
        if idx >= n or s[idx] != ':':
            raise JSONDecodeError("Expecting ':' delimiter", s, idx)
        return key, _skip_spaces(s, idx + 1, n)

    def _atom(self, s, idx, n):
        """(value, end) of a string, constant or number at idx."""
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        found = _number_end(s, idx, n)
        if found is None:
            raise StopIteration(idx)
        end, is_float = found
        text = s[idx:end]
        if is_float:
            convert = self.parse_float
            return (float(text) if convert is float else convert(text)), end
        convert = self.parse_int
        return (int(text) if convert is int else convert(text)), end

    def _scan(self, s, idx):
        n = len(s)
        # Open containers: [True, items] for arrays, [False, pairs, pending key]
        # for objects.
        open_stack = []
        limit = None
        while True:
            if idx >= n:
                raise StopIteration(idx)
            c = s[idx]
            if c == '[' or c == '{':
                if limit is None:
                    limit = sys.getrecursionlimit() - _stack_depth()
                if len(open_stack) + 1 > limit:
                    what = 'array' if c == '[' else 'object'
                    raise RecursionError('maximum recursion depth exceeded while decoding '
                                         f'a JSON {what} from a unicode string')
                idx = _skip_spaces(s, idx + 1, n)
                if c == '[':
                    if idx < n and s[idx] == ']':
                        value, idx = [], idx + 1
                    else:
                        open_stack.append([True, []])
                        continue
                elif idx < n and s[idx] == '}':
                    value, idx = self._finish_object([]), idx + 1
                else:
                    key, idx = self._key(s, idx, n)
                    open_stack.append([False, [], key])
                    continue
            else:
                value, idx = self._atom(s, idx, n)
            # a value is complete: store it, closing containers as they end
            while True:
                if not open_stack:
                    return value, idx
                frame = open_stack[-1]
                is_array = frame[0]
                if is_array:
                    frame[1].append(value)
                else:
                    frame[1].append((frame[2], value))
                idx = _skip_spaces(s, idx, n)
                closer = ']' if is_array else '}'
                if idx < n and s[idx] == closer:
                    open_stack.pop()
                    idx += 1
                    value = frame[1] if is_array else self._finish_object(frame[1])
                    continue
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_spaces(s, idx + 1, n)
                if not is_array:
                    frame[2], idx = self._key(s, idx, n)
                break


class _HookContext:
    """The attributes a _Scanner reads, for JSONObject/JSONArray."""

    def __init__(self, strict, object_hook, object_pairs_hook):
        vars(self).update(strict=strict, object_hook=object_hook,
                          object_pairs_hook=object_pairs_hook, parse_float=float,
                          parse_int=int, parse_constant=_CONSTANTS.__getitem__)


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None,
               _w=None, _ws=None):
    """Decode the object whose '{' is just before s[end]; returns (object, end)."""
    s, end = s_and_end
    scanner = _Scanner(_HookContext(strict, object_hook, object_pairs_hook))
    return scanner(s, end - 1)


def JSONArray(s_and_end, scan_once, _w=None, _ws=None):
    """Decode the array whose '[' is just before s[end]; returns (list, end)."""
    s, end = s_and_end
    scanner = _Scanner(_HookContext(True, None, None))
    return scanner(s, end - 1)


def _leading_space_end(s, idx):
    """End of the JSON whitespace at idx (the type errors of a regex match)."""
    if not isinstance(s, str):
        if isinstance(s, (bytes, bytearray, memoryview)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError(f"expected string or bytes-like object, got '{type(s).__name__}'")
    return _skip_spaces(s, idx, len(s))


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Converts JSON text to Python: objects become dicts, arrays lists, strings str,
    integers int, reals float, true/false/null True/False/None; NaN, Infinity and
    -Infinity are accepted as floats.

    object_hook is called with every decoded dict and its result used instead;
    object_pairs_hook (taking precedence) is called with the list of (key, value)
    pairs.  parse_float, parse_int and parse_constant are called with the text of
    reals, integers and the three constants.  strict=False allows control characters
    inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        vars(self).update(
            object_hook=object_hook, object_pairs_hook=object_pairs_hook, strict=strict,
            parse_float=float if parse_float is None else parse_float,
            parse_int=int if parse_int is None else parse_int,
            parse_constant=(_CONSTANTS.__getitem__ if parse_constant is None
                            else parse_constant),
            parse_object=JSONObject, parse_array=JSONArray, parse_string=scanstring,
            memo={})
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """The Python value of the JSON document s (a str); surrounding whitespace
        is allowed, anything else after the value is an error."""
        # the common case (a str starting with its value, nothing after it) skips the
        # whitespace helper
        if type(s) is str and s and s[0] not in _SPACES:
            obj, end = self.raw_decode(s, idx=0)
        else:
            obj, end = self.raw_decode(s, idx=_leading_space_end(s, 0))
        if end != len(s):
            end = _leading_space_end(s, end)
            if end != len(s):
                raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]: returns (value, index after it).
        Text after the value is allowed."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None


# imported last: json.scanner builds on _Scanner above
from json import scanner
