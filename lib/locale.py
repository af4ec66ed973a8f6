"""Locale services for the C/POSIX locales (tspy).

tspy knows the locales every glibc system has: "C" (= "POSIX") and "C.UTF-8" (also spelled
"C.utf8"). Any other locale name is refused as an unsupported locale setting, as setlocale()
refuses locales that are not installed. At start-up LC_CTYPE follows the environment
(LC_ALL, LC_CTYPE, LANG; a C locale there means C.UTF-8, as CPython's PEP 538 coercion gives)
and the other categories are "C", which is what CPython 3.11 on Linux reports.

The formatting helpers (format_string, str, atof, atoi, localize, delocalize, currency) use
localeconv(); in these locales the decimal point is '.', with no grouping and no currency.
"""

import os as _os
import sys
import re

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str

# Category numbers as glibc defines them.
LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = 0, 1, 2, 3, 4, 5, 6
CHAR_MAX = 127

# glibc's order of the categories in a composite LC_ALL name, with their names.
_CATEGORY_ORDER = ((LC_CTYPE, 'LC_CTYPE'), (LC_NUMERIC, 'LC_NUMERIC'), (LC_TIME, 'LC_TIME'),
                   (LC_COLLATE, 'LC_COLLATE'), (LC_MONETARY, 'LC_MONETARY'),
                   (LC_MESSAGES, 'LC_MESSAGES'))
# Categories glibc has beyond Python's; always "C" here.
_EXTRA_CATEGORIES = ('LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                     'LC_IDENTIFICATION')


class Error(Exception):
    pass


def _known(name):
    """The locale `name` denotes ('C' or 'C.UTF-8'), or None when it is not available."""
    if name in ('C', 'POSIX'):
        return 'C'
    if name.startswith('C.'):
        codeset = ''.join(ch for ch in name[2:].lower() if ch.isalnum())
        if codeset == 'utf8':
            return 'C.UTF-8'
    return None


def _from_environment(category_name):
    for var in ('LC_ALL', category_name, 'LANG'):
        value = _os.environ.get(var)
        if value:
            return value
    return 'C'


def _startup_ctype():
    # LC_CTYPE as CPython leaves it at start-up: the environment's locale when it is available;
    # a C locale (or an unavailable one) is coerced to C.UTF-8 (PEP 538) unless LC_ALL is set.
    wanted = _from_environment('LC_CTYPE')
    kind = _known(wanted)
    if _os.environ.get('LC_ALL'):
        return 'C' if kind in (None, 'C') else wanted
    return 'C.UTF-8' if kind in (None, 'C') else wanted


# The current name of each category, as setlocale() reports it.
_current = {LC_CTYPE: _startup_ctype(), LC_NUMERIC: 'C', LC_TIME: 'C', LC_COLLATE: 'C',
            LC_MONETARY: 'C', LC_MESSAGES: 'C'}


def _check_category(category):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if category != LC_ALL and category not in _current:
        raise Error('unsupported locale setting')


def _all_name():
    names = [_current[cat] for cat, _ in _CATEGORY_ORDER]
    if all(n == names[0] for n in names):
        return names[0]
    # glibc's composite name: every category, those Python lacks last (always C here).
    parts = ['%s=%s' % (label, _current[cat]) for cat, label in _CATEGORY_ORDER]
    return ';'.join(parts + ['%s=C' % extra for extra in _EXTRA_CATEGORIES])


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings '
                        '-- language code, encoding.') from None
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def setlocale(category, locale=None):
    """Set (locale given) or query (None) the locale of a category."""
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    _check_category(category)
    if locale is None:
        return _all_name() if category == LC_ALL else _current[category]
    targets = [cat for cat, _ in _CATEGORY_ORDER] if category == LC_ALL else [category]
    chosen = {}
    for cat in targets:
        name = locale
        if name == '':
            label = dict(_CATEGORY_ORDER)[cat]
            name = _from_environment(label)
        if _known(name) is None:
            raise Error('unsupported locale setting')
        chosen[cat] = 'C' if name == 'POSIX' else name
    _current.update(chosen)
    return setlocale(category)


def resetlocale(category=LC_ALL):
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead', DeprecationWarning, stacklevel=2)
    setlocale(category, '')


def _conv_for(numeric):
    return {
        'decimal_point': '.', 'thousands_sep': '', 'grouping': [],
    } if numeric else {
        'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
        'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
        'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX,
        'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
        'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
    }


# Entries that replace localeconv()'s (CPython's tests set this to try other conventions).
_override_localeconv = {}


def localeconv():
    """The numeric and monetary conventions of the current locale (C's for C and C.UTF-8)."""
    conv = _conv_for(False)
    conv.update(_conv_for(True))
    conv.update(_override_localeconv)
    return conv


# nl_langinfo items (glibc's numbers) and their values in the C locales.
_LANGINFO = {}


def _langinfo(names, first, values):
    for offset, (label, value) in enumerate(zip(names, values)):
        globals()[label] = first + offset
        _LANGINFO[first + offset] = value


_DAYS = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')
_langinfo(['ABDAY_%d' % i for i in range(1, 8)], 131072, [d[:3] for d in _DAYS])
_langinfo(['DAY_%d' % i for i in range(1, 8)], 131079, _DAYS)
_langinfo(['ABMON_%d' % i for i in range(1, 13)], 131086, [m[:3] for m in _MONTHS])
_langinfo(['MON_%d' % i for i in range(1, 13)], 131098, _MONTHS)
_langinfo(['AM_STR', 'PM_STR', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'ERA'], 131110,
          ['AM', 'PM', '%a %b %e %H:%M:%S %Y', '%m/%d/%y', '%H:%M:%S', '%I:%M:%S %p', ''])
_langinfo(['ERA_D_FMT', 'ALT_DIGITS', 'ERA_D_T_FMT', 'ERA_T_FMT'], 131118, ['', '', '', ''])
_langinfo(['_DATE_FMT'], 131180, ['%a %b %e %H:%M:%S %Z %Y'])
_langinfo(['RADIXCHAR', 'THOUSEP'], 65536, ['.', ''])
_langinfo(['YESEXPR', 'NOEXPR'], 327680, ['^[yY]', '^[nN]'])
_langinfo(['CRNCYSTR'], 262159, ['-'])
CODESET = 14


def nl_langinfo(key):
    """The value of a langinfo item in the current locale."""
    if not isinstance(key, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(key).__name__)
    if key == CODESET:
        return getencoding()
    if key in _LANGINFO:
        return _LANGINFO[key]
    raise ValueError('unsupported langinfo constant')


def getencoding():
    """The locale encoding of LC_CTYPE (UTF-8, or ANSI_X3.4-1968 for the C locale)."""
    return 'UTF-8' if _known(_current[LC_CTYPE]) == 'C.UTF-8' else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    """The encoding text files are opened with by default."""
    if sys.flags.utf8_mode:
        return 'utf-8'
    return getencoding()


def strcoll(s1, s2):
    """Compare two strings in the collation order of the locale (code points in C)."""
    for value in (s1, s2):
        if not isinstance(value, _builtin_str):
            raise TypeError('strcoll() argument must be str, not %s' % type(value).__name__)
        if '\0' in value:
            raise ValueError('embedded null character')
    return (s1 > s2) - (s1 < s2)


def strxfrm(string):
    """A key such that comparing keys is comparing with strcoll (the string itself in C)."""
    if not isinstance(string, _builtin_str):
        raise TypeError('strxfrm() argument must be str, not %s' % type(string).__name__)
    if '\0' in string:
        raise ValueError('embedded null character')
    return string


# ---------------------------------------------------------------------------------------------
# Names

def _pairs(table, key=lambda k: k):
    result = {}
    for row in table.split('\n'):
        if row:
            name, value = row.split(' ')
            result[key(name)] = value
    return result


_tables = None


def _load_tables():
    """The alias tables (lib/_locale_tables.py), parsed on first use."""
    global _tables
    if _tables is None:
        import _locale_tables as raw
        _tables = {
            # Locale names (lower case, encodings without '-' and '_') -> canonical spelling.
            'locale_alias': _pairs(raw.LOCALE_ALIAS),
            # Codec names -> the spelling the C library uses in locale names.
            'locale_encoding_alias': _pairs(raw.LOCALE_ENCODING_ALIAS),
            # Windows language ids -> locale names.
            'windows_locale': _pairs(raw.WINDOWS_LOCALE, key=lambda k: int(k, 16)),
            'codec_aliases': _pairs(raw.CODEC_ALIASES),
        }
        globals().update((k, v) for k, v in _tables.items() if k != 'codec_aliases')
    return _tables


def __getattr__(name):
    # locale_alias, locale_encoding_alias and windows_locale are built when first asked for.
    if name in ('locale_alias', 'locale_encoding_alias', 'windows_locale'):
        return _load_tables()[name]
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


def _normalize_encoding_name(name):
    """Runs of characters other than letters, digits and '.' become one '_' (none at the ends)."""
    pieces = []
    gap = False
    for ch in name:
        if ch.isalnum() or ch == '.':
            if gap and pieces:
                pieces.append('_')
            if ch.isascii():
                pieces.append(ch)
            gap = False
        else:
            gap = True
    return ''.join(pieces)


def _replace_encoding(code, encoding):
    """code's language with `encoding` spelled as locale names spell it."""
    language = code.split('.', 1)[0]
    tables = _load_tables()
    codec = _normalize_encoding_name(encoding)
    codec = tables['codec_aliases'].get(codec.lower(), codec)
    spelled = codec
    for key in (codec.lower(), codec.lower().replace('_', '').replace('-', '')):
        if key in tables['locale_encoding_alias']:
            spelled = tables['locale_encoding_alias'][key]
            break
    return language + '.' + spelled


def _append_modifier(code, modifier):
    if modifier != 'euro':
        return code + '@' + modifier
    # @euro means the Latin-9 encoding unless a Unicode or Latin-9 one is already there.
    if '.' not in code:
        return code + '.ISO8859-15'
    encoding = code.split('.', 1)[1]
    if encoding in ('ISO8859-15', 'UTF-8'):
        return code
    if encoding == 'ISO8859-1':
        return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """The canonical form of a locale name (language_TERRITORY.ENCODING[@modifier]) from the
    alias tables; names the tables do not know come back unchanged."""
    aliases = _load_tables()['locale_alias']
    lowered = localename.lower().replace(':', '.')
    base, _, modifier = lowered.partition('@')
    pieces = base.split('.')
    language = pieces[0]
    encoding = pieces[1] if len(pieces) > 1 else ''
    with_encoding = language
    if encoding:
        with_encoding += '.' + encoding.replace('-', '').replace('_', '')
    suffix = '@' + modifier if modifier else ''

    # 1. The whole name.
    found = aliases.get(with_encoding + suffix)
    if found is not None:
        return found
    # 2. Without the modifier, which is then added back.
    if modifier:
        found = aliases.get(with_encoding)
        if found is not None:
            if '@' not in found:
                return _append_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        # 3. The language alone (with the modifier), given the requested encoding.
        found = aliases.get(language + suffix)
        if found is not None:
            if '@' not in found:
                return _replace_encoding(found, encoding)
            head, tail = found.split('@', 1)
            return _replace_encoding(head, encoding) + '@' + tail
        # 4. The language alone, then the encoding and the modifier.
        if modifier:
            found = aliases.get(language)
            if found is not None:
                if '@' not in found:
                    return _append_modifier(_replace_encoding(found, encoding), modifier)
                head, default_modifier = found.split('@', 1)
                if default_modifier.lower() == modifier:
                    return _replace_encoding(head, encoding) + '@' + default_modifier
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of a category's current locale; (None, None) for C."""
    name = setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    for var in envvars:
        value = _os.environ.get(var)
        if value:
            if var == 'LANGUAGE':
                value = value.split(':')[0]
            break
    else:
        value = 'C'
    return _parse_localename(value)


# ---------------------------------------------------------------------------------------------
# Formatting

# One %-conversion of a format string: optional (key), flags/width/precision, the type.
_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _grouping_intervals(grouping):
    """Group sizes from the right: the list, its last size repeated after a 0, until CHAR_MAX."""
    previous = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if previous is None:
                raise ValueError("invalid grouping")
            while True:
                yield previous
        yield size
        previous = size


def _group(s, monetary=False):
    """(s with thousands separators in its digits, number of separator characters added)."""
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return s, 0
    body = s.rstrip(' ') if s[-1:] == ' ' else s
    trailing = s[len(body):]
    leading = ''
    pieces = []
    for size in _grouping_intervals(grouping):
        if not body or body[-1] not in '0123456789':
            # Only a sign or padding is left.
            leading, body = body, ''
            break
        pieces.insert(0, body[-size:])
        body = body[:-size]
    if body:
        pieces.insert(0, body)
    return leading + sep.join(pieces) + trailing, len(sep) * (len(pieces) - 1)


def _strip_padding(s, amount):
    """Remove up to `amount` padding spaces, from the left first (separators took their place)."""
    left = 0
    while amount and s[left] == ' ':
        left += 1
        amount -= 1
    right = len(s)
    while amount and s[right - 1] == ' ':
        right -= 1
        amount -= 1
    return s[left:right]


def _localize(formatted, grouping=False, monetary=False):
    """A number formatted by % made to follow the locale (decimal point, grouping)."""
    conv = localeconv()
    whole, dot, rest = formatted.partition('.')
    added = 0
    if grouping:
        whole, added = _group(whole, monetary=monetary)
    if dot:
        point = conv['mon_decimal_point' if monetary else 'decimal_point']
        # Every '.' of the text is a decimal point (there is one).
        formatted = point.join([whole] + rest.split('.'))
    else:
        formatted = whole
    return _strip_padding(formatted, added) if added else formatted


def _format(percent, value, grouping=False, monetary=False, *additional):
    text = percent % ((value,) + additional) if additional else percent % value
    if percent[-1] in 'eEfFgGdiu':
        text = _localize(text, grouping, monetary)
    return text


def format_string(f, val, grouping=False, monetary=False):
    """f % val, with each numeric conversion in the locale's conventions."""
    import collections.abc
    conversions = list(_percent_re.finditer(f))
    template = _percent_re.sub('%s', f)
    pieces = []
    if isinstance(val, collections.abc.Mapping):
        for conv in conversions:
            spec = conv.group()
            pieces.append('%' if spec[-1] == '%' else _format(spec, val, grouping, monetary))
    else:
        values = val if isinstance(val, tuple) else (val,)
        at = 0
        for conv in conversions:
            spec = conv.group()
            if spec[-1] == '%':
                pieces.append('%')
                continue
            stars = conv.group('modifiers').count('*')
            pieces.append(_format(spec, values[at], grouping, monetary, *values[at + 1:at + 1 + stars]))
            at += 1 + stars
    return template % tuple(pieces)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format_string() for a single %-specifier."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    whole = _percent_re.match(percent)
    if not whole or len(whole.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char format specifier, "
                          "%s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """val formatted as money in the locale's conventions."""
    conv = localeconv()
    negative = val < 0
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    # '<' and '>' mark where the sign may go, before and after the amount.
    text = '<' + _localize('%.*f' % (digits, abs(val)), grouping, monetary=True) + '>'
    if symbol:
        mark = conv['int_curr_symbol' if international else 'currency_symbol']
        before = conv['n_cs_precedes' if negative else 'p_cs_precedes']
        gap = ' ' if conv['n_sep_by_space' if negative else 'p_sep_by_space'] else ''
        if before:
            text = mark + gap + text
        else:
            if international and mark[-1:] == ' ':
                mark = mark[:-1]
            text = text + gap + mark
    position = conv['n_sign_posn' if negative else 'p_sign_posn']
    sign = conv['negative_sign' if negative else 'positive_sign']
    if position == 0:
        text = '(' + text + ')'
    elif position == 2:
        text = text + sign
    elif position == 3:
        text = text.replace('<', sign)
    elif position == 4:
        text = text.replace('>', sign)
    else:
        text = sign + text
    return text.replace('<', '').replace('>', '')


def str(val):
    """str() of a float with the locale's decimal point."""
    return _format('%.12g', val)


def delocalize(string):
    """A number string in the locale's conventions -> the plain Python spelling."""
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A plain number string -> the locale's conventions."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """Parse a float written in the locale's conventions."""
    return func(delocalize(string))


def atoi(string):
    """Parse an int written in the locale's conventions."""
    return int(delocalize(string))
