"""Parse URLs into components and build them back; percent-encoding; query strings.

Written for tspy from the documented behaviour of CPython 3.11's urllib.parse (RFC 3986
splitting as CPython does it, with the same scheme lists). str and bytes arguments are both
accepted; bytes results come back as bytes (ASCII). Not provided: the deprecated split*()
helpers and unwrap() (except unwrap itself).
"""
from collections import namedtuple as _namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit',
           'urlencode', 'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult',
           'SplitResult', 'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp',
                 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws',
                 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtsps',
              'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp',
                 'snews', 'file', 'prospero']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtsps',
               'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews', 'sip',
                    'sips']
scheme_chars = ('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.')

_C0_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_REMOVED_CHARS = ('\t', '\r', '\n')
MAX_CACHE_SIZE = 20


def clear_cache():
    _quoters.clear()


# ---------------------------------------------------------------------------------------------
# str/bytes handling: work on str, give back what came in


def _noop(obj):
    return obj


def _to_bytes(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    """Decode bytes arguments as ASCII; return them and a function to re-encode results."""
    want_str = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != want_str:
            raise TypeError('Cannot mix str and non-str arguments')
    if want_str:
        return args + (_noop,)
    decoded = []
    for arg in args:
        if arg == '' or arg is None:
            decoded.append('' if arg == '' else arg)
        else:
            decoded.append(bytes(arg).decode('ascii', 'strict'))
    return tuple(decoded) + (_encode_result,)


def _encode_result(obj, encoding='ascii', errors='strict'):
    if isinstance(obj, str):
        return obj.encode(encoding, errors)
    return obj._encoded(encoding, errors)


# ---------------------------------------------------------------------------------------------
# Result types


class _ResultBase(object):
    __slots__ = ()

    def _net_split(self):
        """(userinfo or None, host part) of the netloc."""
        userinfo, at, hostinfo = self.netloc.rpartition(self._at)
        return (userinfo if at else None), hostinfo

    @property
    def username(self):
        info, _host = self._net_split()
        if info is None:
            return None
        return info.partition(self._colon)[0]

    @property
    def password(self):
        info, _host = self._net_split()
        if info is None:
            return None
        _user, has, secret = info.partition(self._colon)
        return secret if has else None

    def _host_and_port(self):
        _info, host = self._net_split()
        _before, bracket, inside = host.partition(self._open)
        if bracket:
            name, _close, tail = inside.partition(self._close)
            port = tail.partition(self._colon)[2]
        else:
            name, _c, port = host.partition(self._colon)
        return name, (port if port else None)

    @property
    def hostname(self):
        name = self._host_and_port()[0]
        if not name:
            return None
        base, pct, zone = name.partition(self._pct)
        return base.lower() + pct + zone

    @property
    def port(self):
        text = self._host_and_port()[1]
        if text is None:
            return None
        if isinstance(text, bytes):
            digits = text.isdigit()
            value = text
        else:
            digits = text.isdigit() and text.isascii()
            value = text
        if not digits:
            raise ValueError(f'Port could not be cast to integer value as {value!r}')
        number = int(value)
        if not 0 <= number <= 65535:
            raise ValueError('Port out of range 0-65535')
        return number

    def _encoded(self, encoding, errors):
        return self._bytes_type(*(x.encode(encoding, errors) for x in self))

    def _decoded(self, encoding, errors):
        return self._str_type(*(x.decode(encoding, errors) for x in self))


class _StrBase(_ResultBase):
    __slots__ = ()
    _at, _colon, _open, _close, _pct = '@', ':', '[', ']', '%'

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded(encoding, errors)


class _BytesBase(_ResultBase):
    __slots__ = ()
    _at, _colon, _open, _close, _pct = b'@', b':', b'[', b']', b'%'

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded(encoding, errors)


_DefragBase = _namedtuple('DefragResult', 'url fragment')
_SplitBase = _namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseBase = _namedtuple('ParseResult', 'scheme netloc path params query fragment')


def _defrag_url(self):
    return self.url + self._hash + self.fragment if self.fragment else self.url


class DefragResult(_DefragBase, _StrBase):
    __slots__ = ()
    _hash = '#'
    geturl = _defrag_url


class SplitResult(_SplitBase, _StrBase):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseBase, _StrBase):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragBase, _BytesBase):
    __slots__ = ()
    _hash = b'#'
    geturl = _defrag_url


class SplitResultBytes(_SplitBase, _BytesBase):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseBase, _BytesBase):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _s, _b in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
               (ParseResult, ParseResultBytes)):
    _s._bytes_type = _b
    _b._str_type = _s
del _s, _b


# ---------------------------------------------------------------------------------------------
# Splitting and joining


def _netloc_end(url, start):
    end = len(url)
    for ch in '/?#':
        pos = url.find(ch, start)
        if pos >= 0:
            end = min(end, pos)
    return url[start:end], url[end:]


def _check_brackets(netloc):
    if ('[' in netloc) != (']' in netloc):
        raise ValueError('Invalid IPv6 URL')


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment); the scheme argument is the
    default scheme."""
    url, scheme, back = _coerce_args(url, scheme)
    url = url.lstrip(_C0_OR_SPACE)
    scheme = scheme.strip(_C0_OR_SPACE)
    for ch in _REMOVED_CHARS:
        url = url.replace(ch, '')
        scheme = scheme.replace(ch, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        head = url[:colon]
        if all(c in scheme_chars for c in head):
            scheme, url = head.lower(), url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _netloc_end(url, 2)
        _check_brackets(netloc)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return back(SplitResult(scheme, netloc, url, query, fragment))


def _split_params(path):
    start = path.rfind('/') if '/' in path else 0
    semi = path.find(';', start)
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into 6 parts: scheme://netloc/path;params?query#fragment."""
    url, scheme, back = _coerce_args(url, scheme)
    s, n, path, q, f = urlsplit(url, scheme, allow_fragments)
    params = ''
    if s in uses_params and ';' in path:
        path, params = _split_params(path)
    return back(ParseResult(s, n, path, params, q, f))


def urlunsplit(components):
    """Put a (scheme, netloc, path, query, fragment) tuple back together."""
    scheme, netloc, url, query, fragment, back = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return back(url)


def urlunparse(components):
    """Put a 6-part parse result back together."""
    scheme, netloc, url, params, query, fragment, back = _coerce_args(*components)
    if params:
        url = '%s;%s' % (url, params)
    return back(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url against the base URL (RFC 3986 section 5.2, as CPython does it)."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _coerce_args(base, url)
    bs, bn, bpath, bparams, bquery, _bf = urlparse(base, '', allow_fragments)
    s, n, path, params, query, frag = urlparse(url, bs, allow_fragments)
    if s != bs or s not in uses_relative:
        return back(url)
    if s in uses_netloc:
        if n:
            return back(urlunparse((s, n, path, params, query, frag)))
        n = bn
    if not path and not params:
        return back(urlunparse((s, n, bpath, bparams, query or bquery, frag)))
    if path[:1] == '/':
        pieces = path.split('/')
    else:
        base_pieces = bpath.split('/')
        if base_pieces[-1] != '':
            base_pieces.pop()  # the last segment of the base is replaced
        pieces = base_pieces + path.split('/')
        pieces[1:-1] = [p for p in pieces[1:-1] if p]
    out = []
    for piece in pieces:
        if piece == '..':
            if out:
                out.pop()
        elif piece != '.':
            out.append(piece)
    if pieces[-1] in ('.', '..'):
        out.append('')
    return back(urlunparse((s, n, '/'.join(out) or '/', params, query, frag)))


def urldefrag(url):
    """(url without fragment, fragment)."""
    url, back = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        plain = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        plain = url
    return back(DefragResult(plain, frag))


# ---------------------------------------------------------------------------------------------
# Percent-encoding

_HEX = '0123456789ABCDEFabcdef'
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_ALWAYS_SAFE_BYTES = bytes(sorted(_ALWAYS_SAFE))
_quoters = {}


def unquote_to_bytes(string):
    """'abc%20def' -> b'abc def'."""
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    data = bytes(string)
    if b'%' not in data:
        return data
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b == 0x25 and i + 2 < n and chr(data[i + 1]) in _HEX and chr(data[i + 2]) in _HEX:
            out.append(int(data[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(b)
            i += 1
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their characters (bytes decoded with encoding/errors)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    out = []
    run = []
    for ch in string:
        if ch < '\x80':
            run.append(ch)
            continue
        if run:
            out.append(unquote_to_bytes(''.join(run)).decode(encoding, errors))
            run = []
        out.append(ch)
    if run:
        out.append(unquote_to_bytes(''.join(run)).decode(encoding, errors))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), and '+' becomes a space (form data)."""
    return unquote(string.replace('+', ' '), encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """Percent-encode bytes (ASCII letters, digits, '_.-~' and `safe` stay as they are)."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    keep = _quoters.get(safe)
    if keep is None:
        keep = frozenset(_ALWAYS_SAFE | set(safe))
        if len(_quoters) > MAX_CACHE_SIZE:
            _quoters.clear()
        _quoters[safe] = keep
    return ''.join([chr(b) if b in keep else '%%%02X' % b for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode a str (encoded with `encoding`, UTF-8 by default) or bytes."""
    if isinstance(string, str):
        if not string:
            return string
        data = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
        data = string
    return quote_from_bytes(data, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but spaces become '+' (form data)."""
    space = ' ' if isinstance(string, str) else b' '
    if space not in string:
        return quote(string, safe, encoding, errors)
    extra = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + extra, encoding, errors).replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as 'k=v&k2=v2' (percent-encoded)."""
    if hasattr(query, 'items'):
        pairs = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError('not a valid non-string sequence or mapping object') from err
        pairs = query

    def enc(obj):
        if isinstance(obj, bytes):
            return quote_via(obj, safe)
        return quote_via(str(obj), safe, encoding, errors)

    parts = []
    for key, value in pairs:
        k = enc(key)
        if not doseq or isinstance(value, (str, bytes)):
            parts.append(k + '=' + enc(value))
            continue
        try:
            len(value)
        except TypeError:
            parts.append(k + '=' + enc(value))
            continue
        for item in value:
            parts.append(k + '=' + enc(item))
    return '&'.join(parts)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """A query string as a list of (name, value) pairs."""
    qs, back = _coerce_args(qs)
    separator, _ignored = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError('Max number of fields exceeded')
    result = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError('bad query field: %r' % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            result.append((back(unquote(name.replace('+', ' '), encoding=encoding,
                                        errors=errors)),
                           back(unquote(value.replace('+', ' '), encoding=encoding,
                                        errors=errors))))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """A query string as a dict of name -> list of values."""
    grouped = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        grouped.setdefault(name, []).append(value)
    return grouped


def unwrap(url):
    """'<URL:type://host/path>' -> 'type://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url
