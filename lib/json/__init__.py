"""JSON (RFC 8259) encoding and decoding for tspy.

dumps()/dump() turn Python values into JSON text (see json.encoder.JSONEncoder for
the options), loads()/load() turn JSON text (str, or bytes in UTF-8/16/32) back into
Python values (see json.decoder.JSONDecoder).

    >>> dumps({'a': [1, 2.5, None]})
    '{"a": [1, 2.5, null]}'
    >>> loads('{"a": [1, 2.5, null]}')
    {'a': [1, 2.5, None]}
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()

_ENCODER_DEFAULTS = dict(skipkeys=False, ensure_ascii=True, check_circular=True,
                         allow_nan=True, indent=None, separators=None, default=None,
                         sort_keys=False)


def _encoder_for(cls, options, extra):
    """The shared default encoder when nothing differs from the defaults, else a new
    encoder of class cls (JSONEncoder when None)."""
    if cls is None and not extra and options == _ENCODER_DEFAULTS:
        return _default_encoder
    return (JSONEncoder if cls is None else cls)(**options, **extra)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write the JSON text of obj to the file-like object fp (chunk by chunk, with
    fp.write).  The options are those of dumps()."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys)
    for chunk in _encoder_for(cls, options, kw).iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """The JSON text of obj as a str.

    skipkeys: drop dict keys that are not str, int, float, bool or None (else
    TypeError).  ensure_ascii: escape every non-ASCII character.  check_circular:
    detect reference cycles.  allow_nan: accept NaN and infinities (else ValueError).
    indent: pretty-print with this many spaces (or this string) per level.
    separators: (item separator, key separator).  default: function returning an
    encodable replacement for other objects.  sort_keys: sort dict items.  cls: the
    JSONEncoder subclass to use (extra keyword arguments go to it)."""
    if (cls is None and not kw and indent is None and separators is None
            and default is None and not skipkeys and not sort_keys
            and ensure_ascii and check_circular and allow_nan):
        # every option at its default value: the shared encoder (no options dict)
        return _default_encoder.encode(obj)
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys)
    return _encoder_for(cls, options, kw).encode(obj)


def detect_encoding(b):
    """Guess the encoding of JSON bytes: a BOM, or the pattern of zero bytes that
    an ASCII first character leaves in UTF-16 and UTF-32."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-32-be' if not b[1] else 'utf-16-be'
        if not b[1]:
            return 'utf-16-le' if (b[2] or b[3]) else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Decode the JSON document read from fp.read(); options as for loads()."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str, bytes or bytearray).

    object_hook / object_pairs_hook: called with each decoded dict / its list of
    (key, value) pairs, their result replacing it.  parse_float, parse_int,
    parse_constant: called with the text of reals, integers and NaN/Infinity/
    -Infinity.  cls: the JSONDecoder subclass to use (extra keyword arguments go
    to it)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')

    if (cls is None and not kw and object_hook is None and object_pairs_hook is None
            and parse_float is None and parse_int is None and parse_constant is None):
        return _default_decoder.decode(s)
    hooks = {'object_hook': object_hook, 'object_pairs_hook': object_pairs_hook,
             'parse_float': parse_float, 'parse_int': parse_int,
             'parse_constant': parse_constant}
    if cls is None and not kw and all(v is None for v in hooks.values()):
        return _default_decoder.decode(s)
    for name, value in hooks.items():
        if value is not None:
            kw[name] = value
    return (JSONDecoder if cls is None else cls)(**kw).decode(s)
