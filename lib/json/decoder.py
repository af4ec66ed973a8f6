"""Implementation of JSONDecoder (json.decoder), pure Python for tspy.

The scanner reproduces CPython's C scanner (_json.c): the same accepted syntax and the same
error messages and positions.
"""

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")


class JSONDecodeError(ValueError):

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    "-Infinity": NegInf,
    "Infinity": PosInf,
    "NaN": NaN,
}

_WS = frozenset(" \t\n\r")
_HEX = {c: int(c, 16) for c in "0123456789abcdefABCDEF"}
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
                   "r": "\r", "t": "\t"}


def _skip_ws(s, idx, n):
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the character in s after
    the quote that started the JSON string. Unescapes all valid JSON string escape
    sequences and raises ValueError on attempt to decode an invalid string. If strict is
    False then literal control characters are allowed in the string.

    Returns a tuple of the decoded string and the index of the character in s after the
    end quote."""
    n = len(s)
    if end < 0 or n < end:
        raise ValueError("end is out of bounds")
    begin = end - 1
    chunks = []
    append = chunks.append
    while True:
        nxt = end
        c = ""
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == "\\":
                break
            if strict and c <= "\x1f":
                raise JSONDecodeError("Invalid control character at", s, nxt)
            nxt += 1
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if nxt != end:
            append(s[end:nxt])
        if c == '"':
            end = nxt + 1
            break
        nxt += 1
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != "u":
            end = nxt + 1
            r = _SIMPLE_ESCAPES.get(c)
            if r is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 2)
            append(r)
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
        uni = 0
        while nxt < end:
            d = _HEX.get(s[nxt])
            if d is None:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
            uni = (uni << 4) | d
            nxt += 1
        if 0xD800 <= uni <= 0xDBFF and end + 6 < n and s[end] == "\\" and s[end + 1] == "u":
            nxt = end + 2
            end += 6
            uni2 = 0
            while nxt < end:
                d = _HEX.get(s[nxt])
                if d is None:
                    raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
                uni2 = (uni2 << 4) | d
                nxt += 1
            if 0xDC00 <= uni2 <= 0xDFFF:
                uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
            else:
                end -= 6
        append(chr(uni))
    return "".join(chunks), end


py_scanstring = scanstring
c_scanstring = None


class _Scanner:
    """One decoder's scanning state (its hooks and the key memo)."""

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = context.memo

    def __call__(self, string, idx):
        if idx < 0:
            raise ValueError("idx cannot be negative")
        try:
            return self.scan(string, idx)
        finally:
            self.memo.clear()

    def scan(self, s, idx):
        n = len(s)
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == "{":
            return self.parse_object(s, idx + 1)
        if c == "[":
            return self.parse_array(s, idx + 1)
        if c == "n" and s.startswith("null", idx):
            return None, idx + 4
        if c == "t" and s.startswith("true", idx):
            return True, idx + 4
        if c == "f" and s.startswith("false", idx):
            return False, idx + 5
        if c == "N" and s.startswith("NaN", idx):
            return self.parse_constant("NaN"), idx + 3
        if c == "I" and s.startswith("Infinity", idx):
            return self.parse_constant("Infinity"), idx + 8
        if c == "-" and s.startswith("-Infinity", idx):
            return self.parse_constant("-Infinity"), idx + 9
        return self.parse_number(s, idx, n)

    def parse_number(self, s, start, n):
        idx = start
        if s[idx] == "-":
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        c = s[idx]
        if "1" <= c <= "9":
            idx += 1
            while idx < n and "0" <= s[idx] <= "9":
                idx += 1
        elif c == "0":
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx < n - 1 and s[idx] == "." and "0" <= s[idx + 1] <= "9":
            is_float = True
            idx += 2
            while idx < n and "0" <= s[idx] <= "9":
                idx += 1
        if idx < n - 1 and (s[idx] == "e" or s[idx] == "E"):
            e_start = idx
            idx += 1
            if idx < n - 1 and (s[idx] == "-" or s[idx] == "+"):
                idx += 1
            while idx < n and "0" <= s[idx] <= "9":
                idx += 1
            if "0" <= s[idx - 1] <= "9":
                is_float = True
            else:
                idx = e_start
        numstr = s[start:idx]
        if is_float:
            return self.parse_float(numstr), idx
        return self.parse_int(numstr), idx

    def parse_object(self, s, idx):
        try:
            return self._parse_object(s, idx)
        except RecursionError as e:
            if str(e).endswith("unicode string"):
                raise
            raise RecursionError("maximum recursion depth exceeded while decoding a JSON "
                                 "object from a unicode string") from None

    def _parse_object(self, s, idx):
        n = len(s)
        memo = self.memo
        pairs_hook = self.object_pairs_hook
        pairs = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != "}":
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes",
                                          s, idx)
                key, idx = scanstring(s, idx + 1, self.strict)
                key = memo.setdefault(key, key)
                idx = _skip_ws(s, idx, n)
                if idx >= n or s[idx] != ":":
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
                value, idx = self.scan(s, idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == "}":
                    break
                if idx >= n or s[idx] != ",":
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        idx += 1
        if pairs_hook is not None:
            return pairs_hook(pairs), idx
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx

    def parse_array(self, s, idx):
        try:
            return self._parse_array(s, idx)
        except RecursionError as e:
            if str(e).endswith("unicode string"):
                raise
            raise RecursionError("maximum recursion depth exceeded while decoding a JSON "
                                 "array from a unicode string") from None

    def _parse_array(self, s, idx):
        n = len(s)
        values = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != "]":
            while True:
                value, idx = self.scan(s, idx)
                values.append(value)
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == "]":
                    break
                if idx >= n or s[idx] != ",":
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        return values, idx + 1


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None,
               _w=None, _ws=None):
    """Parse a JSON object whose '{' ends at s_and_end[1] (kept for API parity)."""
    s, end = s_and_end

    class _Ctx:
        pass
    ctx = _Ctx()
    ctx.strict = strict
    ctx.object_hook = object_hook
    ctx.object_pairs_hook = object_pairs_hook
    ctx.parse_float = float
    ctx.parse_int = int
    ctx.parse_constant = _CONSTANTS.__getitem__
    ctx.memo = {} if memo is None else memo
    return _Scanner(ctx).parse_object(s, end)


def JSONArray(s_and_end, scan_once, _w=None, _ws=None):
    """Parse a JSON array whose '[' ends at s_and_end[1] (kept for API parity)."""
    s, end = s_and_end
    values = []
    n = len(s)
    idx = _skip_ws(s, end, n)
    if idx >= n or s[idx] != "]":
        while True:
            try:
                value, idx = scan_once(s, idx)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            idx = _skip_ws(s, idx, n)
            if idx < n and s[idx] == "]":
                break
            if idx >= n or s[idx] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1, n)
    return values, idx + 1


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as their corresponding
    ``float`` values, which is outside the JSON spec.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = _Scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance containing a JSON
        document)."""
        if not isinstance(s, str):
            raise TypeError(f"cannot use a string pattern on a bytes-like object"
                            if isinstance(s, (bytes, bytearray)) else
                            f"expected string or bytes-like object, got '{type(s).__name__}'")
        n = len(s)
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with a JSON document) and
        return a 2-tuple of the Python representation and the index in ``s`` where the
        document ended.
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
