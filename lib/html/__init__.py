"""HTML escaping and unescaping (tspy)."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > (and, when quote is true, " and ') replaced by HTML-safe references."""
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace('\'', '&#x27;')
    return s


def _numeric_replacements():
    # Numeric references the HTML5 parser maps to other characters: NUL, CR, and the C1
    # controls, which are read as windows-1252 (the five bytes cp1252 leaves undefined stand
    # for themselves).
    table = {0x00: '\ufffd', 0x0d: '\r'}
    for n in range(0x80, 0xa0):
        try:
            table[n] = bytes([n]).decode('cp1252')
        except UnicodeDecodeError:
            table[n] = chr(n)
    return table


_NUMERIC_REPLACEMENTS = _numeric_replacements()


def _dropped(n):
    """Code points a numeric reference may not produce (they become '')."""
    if 0x1 <= n <= 0x8 or n == 0xb or 0xe <= n <= 0x1f or 0x7f <= n <= 0x9f:
        return True
    if 0xfdd0 <= n <= 0xfdef:
        return True
    return (n & 0xfffe) == 0xfffe


_REFERENCE = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def _expand(match):
    body = match.group(1)
    if body[0] == '#':
        digits = body[1:].rstrip(';')
        if digits[:1] in ('x', 'X'):
            n = int(digits[1:], 16)
        else:
            n = int(digits)
        if n in _NUMERIC_REPLACEMENTS:
            return _NUMERIC_REPLACEMENTS[n]
        if 0xd800 <= n <= 0xdfff or n > 0x10ffff:
            return '\ufffd'
        if _dropped(n):
            return ''
        return chr(n)
    if body in _html5:
        return _html5[body]
    # The longest known name that the text starts with (HTML5 lets some omit the ';').
    for size in range(len(body) - 1, 1, -1):
        head = body[:size]
        if head in _html5:
            return _html5[head] + body[size:]
    return '&' + body


def unescape(s):
    """s with every named and numeric character reference replaced, as HTML5 parsers do."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_expand, s)
