"""JSON encoding (json.encoder) for tspy.

JSONEncoder.iterencode produces the output as a stream of chunks (the same chunks for
every option, one-shot or not); encode() joins them.
"""

INFINITY = float('inf')

# Escapes for characters below U+0020 and the two JSON specials.
_SHORT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
          '\t': '\\t'}
_TRANSLATION = {code: f'\\u{code:04x}' for code in range(0x20)}
_TRANSLATION.update((ord(ch), text) for ch, text in _SHORT.items())


def py_encode_basestring(s):
    """The JSON string literal for s (non-ASCII characters kept as they are)."""
    return '"' + s.translate(_TRANSLATION) + '"'


def _ascii_escape(ch):
    text = _SHORT.get(ch)
    if text is not None:
        return text
    code = ord(ch)
    if code < 0x10000:
        return f'\\u{code:04x}'
    code -= 0x10000
    return f'\\u{0xd800 | (code >> 10):04x}\\u{0xdc00 | (code & 0x3ff):04x}'


def py_encode_basestring_ascii(s):
    """The JSON string literal for s using only ASCII characters."""
    if s.isascii() and s.isprintable():
        return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
    pieces = []
    for ch in s:
        if ' ' <= ch <= '~' and ch != '"' and ch != '\\':
            pieces.append(ch)
        else:
            pieces.append(_ascii_escape(ch))
    return '"' + ''.join(pieces) + '"'


try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict -> object, list and tuple -> array, str -> string, int and float (and their
    subclasses, int and float enums included) -> number, True/False/None ->
    true/false/null.  Anything else goes through default(), which subclasses
    override to return something encodable (the base version raises TypeError).
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        """Options: skipkeys drops dict keys that are not str, int, float, bool or
        None (instead of raising TypeError); ensure_ascii escapes non-ASCII
        characters; check_circular detects reference cycles (ValueError);
        allow_nan writes NaN and infinities as NaN/Infinity/-Infinity (else
        ValueError); sort_keys sorts dict items; indent (int or str) pretty-prints;
        separators is (item_separator, key_separator); default converts objects
        that are not encodable otherwise."""
        vars(self).update(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                          check_circular=check_circular, allow_nan=allow_nan,
                          sort_keys=sort_keys, indent=indent)
        if separators is None:
            if indent is not None:
                # no trailing spaces at line ends when pretty-printing
                vars(self)['item_separator'] = ','
        else:
            items, keys = separators
            vars(self).update(item_separator=items, key_separator=keys)
        if default is not None:
            vars(self)['default'] = default

    def default(self, o):
        """Called for objects the encoder cannot handle; return an encodable
        replacement or raise TypeError (what this default implementation does)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text for o, as one str."""
        if isinstance(o, str):
            return (encode_basestring_ascii if self.ensure_ascii else encode_basestring)(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text for o as an iterator of str chunks."""
        markers = {} if self.check_circular else None
        string = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        if _one_shot and c_make_encoder is not None and self.indent is None:
            return c_make_encoder(
                markers, self.default, string, self.indent, self.key_separator,
                self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)(o, 0)
        allow_nan = self.allow_nan

        def floatstr(o):
            if o == o and -INFINITY < o < INFINITY:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            if o != o:
                return 'NaN'
            return 'Infinity' if o > 0 else '-Infinity'

        return _make_iterencode(
            markers, self.default, string, self.indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, _one_shot)(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys, _one_shot,
                     **_ignored):
    """The generator function producing the chunks of an encoding with these options.

    Chunks: a scalar inside a container comes with the separator (or bracket) before
    it ('[1', ', 2'); containers and default() results are produced piecewise."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent
    int_text = int.__repr__

    def scalar(value):
        """The text of a str/None/bool/int/float value, or None for others."""
        if isinstance(value, str):
            return _encoder(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, int):
            return int_text(value)
        if isinstance(value, float):
            return _floatstr(value)
        return None

    def enter(container):
        if markers is None:
            return None
        mark = id(container)
        if mark in markers:
            raise ValueError("Circular reference detected")
        markers[mark] = container
        return mark

    def leave(mark):
        if mark is not None:
            del markers[mark]

    def layout(level):
        """(separator between items, text before the first item, closing prefix)."""
        if _indent is None:
            return _item_separator, '', ''
        inner = '\n' + _indent * (level + 1)
        return _item_separator + inner, inner, '\n' + _indent * level

    def nested(value, level):
        if isinstance(value, (list, tuple)):
            return encode_list(value, level)
        if isinstance(value, dict):
            return encode_dict(value, level)
        return encode_other(value, level)

    def encode_list(items, level):
        if not items:
            yield '[]'
            return
        mark = enter(items)
        between, opening, closing = layout(level)
        lead = '[' + opening
        for item in items:
            text = scalar(item)
            if text is not None:
                yield lead + text
            else:
                yield lead
                yield from nested(item, level + 1)
            lead = between
        if closing:
            yield closing
        yield ']'
        leave(mark)

    def key_text(key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int_text(key)
        if _skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def encode_dict(mapping, level):
        if not mapping:
            yield '{}'
            return
        mark = enter(mapping)
        between, opening, closing = layout(level)
        yield '{'
        if opening:
            yield opening
        pairs = sorted(mapping.items()) if _sort_keys else mapping.items()
        first = True
        for key, value in pairs:
            key = key_text(key)
            if key is None:
                continue
            if not first:
                yield between
            first = False
            yield _encoder(key)
            yield _key_separator
            text = scalar(value)
            if text is not None:
                yield text
            else:
                yield from nested(value, level + 1)
        if closing:
            yield closing
        yield '}'
        leave(mark)

    def encode_other(o, level):
        mark = enter(o)
        yield from encode_any(_default(o), level)
        leave(mark)

    def encode_any(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        else:
            yield from nested(o, level)

    return encode_any
