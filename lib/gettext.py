"""Message catalogs: GNU gettext .mo files and the gettext API (tspy's own implementation).

Layout:
- Plural-Forms compiler: _lex_plural() splits a C expression into tokens, _PluralParser turns
  them into the text of an equivalent Python expression (only numbers, `n`, operators and
  parentheses can appear in it, so evaluating it is safe), c2py() wraps it in a function that
  checks its argument is an integer. The shape of the generated text (where `not` and
  parentheses go) follows python3's, so results agree for every input.
- NullTranslations / GNUTranslations: a translation object with an optional fallback chain;
  GNUTranslations parses a .mo image (either byte order) into a dict whose keys are msgid
  strings, or (msgid, index) pairs for plural entries.
- find()/translation()/install() and the domain-level functions (dgettext & co.).
"""
import os
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---------------------------------------------------------------------------------------------
# Plural-Forms expressions

# Binding strength of each binary C operator (higher binds tighter).
_BINARY_STRENGTH = {
    '||': 1, '&&': 2,
    '==': 3, '!=': 3,
    '<': 4, '>': 4, '<=': 4, '>=': 4,
    '+': 5, '-': 5,
    '*': 6, '/': 6, '%': 6,
}
_PY_SPELLING = {'||': 'or', '&&': 'and', '/': '//'}
_SINGLE_OPS = '-*/%+?:'


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _lex_plural(text):
    """Yield the tokens of a plural expression, then '' forever-once as the end marker."""
    size = len(text)
    pos = 0
    while pos < size:
        ch = text[pos]
        if ch == ' ' or ch == '\t':
            pos += 1
            continue
        if _is_word_char(ch):
            end = pos + 1
            while end < size and _is_word_char(text[end]):
                end += 1
            word = text[pos:end]
            pos = end
            if word == 'n' or (word.isascii() and word.isdigit()):
                yield word
                continue
            raise ValueError('invalid token in plural form: %s' % word)
        if ch in '()' or ch in _SINGLE_OPS:
            pos += 1
            yield ch
            continue
        pair = text[pos:pos + 2]
        if ch in '<>!':
            if pair == ch + '=':
                pos += 2
                yield pair
            else:
                pos += 1
                yield ch
            continue
        if pair in ('==', '&&', '||'):
            pos += 2
            yield pair
            continue
        raise ValueError('invalid token in plural form: %s' % ch)
    yield ''


def _bad_token(tok):
    if tok:
        return ValueError('unexpected token in plural form: %s' % tok)
    return ValueError('unexpected end of plural form')


class _PluralParser:
    """Precedence climbing over the token stream; every method returns Python source text."""

    def __init__(self, text):
        self.tokens = _lex_plural(text)
        self.tok = next(self.tokens)

    def advance(self):
        self.tok = next(self.tokens)

    def expression(self, floor):
        # operand: '!'* ( '(' expression ')' | 'n' | number ), parsed inline so that each
        # nesting level costs one Python frame (as in python3, which bounds input to 1000
        # characters, hence nesting to 500 levels).
        prefix = ''
        while self.tok == '!':
            prefix += 'not '
            self.advance()
        tok = self.tok
        if tok == '(':
            self.advance()
            inner = self.expression(-1)
            if self.tok != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            text = '(%s)' % inner
        elif tok == 'n':
            text = 'n'
        elif tok and tok.isdigit():
            text = str(int(tok, 10))
        else:
            raise _bad_token(tok)
        self.advance()
        text = prefix + text
        last = None
        while self.tok in _BINARY_STRENGTH:
            strength = _BINARY_STRENGTH[self.tok]
            if strength < floor:
                break
            # Python would chain `a < b < c`; C compares the first result with c.
            if last in (3, 4) and strength in (3, 4):
                text = '(%s)' % text
            op = _PY_SPELLING.get(self.tok, self.tok)
            self.advance()
            right = self.expression(strength + 1)
            text = '%s %s %s' % (text, op, right)
            last = strength
        if last == 4 and floor == 4:
            text = '(%s)' % text
        if self.tok == '?' and floor <= 0:
            self.advance()
            when_true = self.expression(0)
            if self.tok != ':':
                raise _bad_token(self.tok)
            self.advance()
            when_false = self.expression(-1)
            text = '%s if %s else %s' % (when_true, text, when_false)
            if floor == 0:
                text = '(%s)' % text
        return text


def _plural_arg(n):
    """Check a plural count: ints pass; other numbers warn (deprecated); the rest fail."""
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (type(n).__name__,)) from None
    # The warning names the first caller outside this module (a functools.partial wrapper
    # counts as no frame: CPython's partial is written in C).
    level = 1
    frame = sys._getframe(1)
    while frame is not None and _internal_frame(frame):
        level += 1
        frame = frame.f_back
    import warnings
    warnings.warn('Plural value must be an integer, got %s' % (type(n).__name__,),
                  DeprecationWarning, level + 1)
    return n


def _internal_frame(frame):
    module = frame.f_globals.get('__name__')
    if module == __name__:
        return True
    return module == 'functools' and frame.f_code.co_name == '__call__'



def c2py(plural):
    """Compile a C plural-forms expression into a function of n returning an int."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    parser = _PluralParser(plural)
    source = parser.expression(-1)
    if parser.tok:
        raise _bad_token(parser.tok)
    depth = deepest = 0
    for ch in source:
        if ch == '(':
            depth += 1
            if depth > deepest:
                deepest = depth
        elif ch == ')':
            depth -= 1
    if deepest > 20:
        raise ValueError('plural form expression is too complex')
    # The expression sits on line 5 of the compiled text, as in python3 (SyntaxError
    # messages, e.g. for `n == !1`, name that line).
    evaluate = eval('\n\n\n\n(lambda n: int(%s))' % source, {'__builtins__': {'int': int}})

    def func(n):
        if not isinstance(n, int):
            n = _plural_arg(n)
        return evaluate(n)
    return func


# ---------------------------------------------------------------------------------------------
# Locale names

def _expand_lang(loc):
    """All the names to try for a locale, most specific first (e.g. de_DE.UTF-8 ... de)."""
    import locale
    loc = locale.normalize(loc)
    base, at, modifier = loc.partition('@')
    modifier = at + modifier
    base, dot, codeset = base.partition('.')
    codeset = dot + codeset
    language, underscore, territory = base.partition('_')
    territory = underscore + territory
    names = []
    for use_modifier in (True, False):
        if use_modifier and not modifier:
            continue
        for use_territory in (True, False):
            if use_territory and not territory:
                continue
            for use_codeset in (True, False):
                if use_codeset and not codeset:
                    continue
                name = language
                if use_territory:
                    name += territory
                if use_codeset:
                    name += codeset
                if use_modifier:
                    name += modifier
                names.append(name)
    return names


# ---------------------------------------------------------------------------------------------
# Translation objects

class NullTranslations:
    """Translations that translate nothing, apart from what a fallback knows."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        tail = self
        while tail._fallback:
            tail = tail._fallback
        tail._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in ('gettext', 'ngettext', 'npgettext', 'pgettext'):
                if name in names:
                    builtins.__dict__[name] = getattr(self, name)


_ABSENT = object()


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        source = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        image = fp.read()
        total = len(image)
        magic = unpack('<I', image[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', source)
        version, count, ids_at, strs_at = unpack(order + '4I', image[4:20])
        major, _minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), source)
        pair = order + '2I'
        for index in range(count):
            id_len, id_off = unpack(pair, image[ids_at + 8 * index:ids_at + 8 * index + 8])
            str_len, str_off = unpack(pair, image[strs_at + 8 * index:strs_at + 8 * index + 8])
            id_end = id_off + id_len
            str_end = str_off + str_len
            if id_end >= total or str_end >= total:
                raise OSError(0, 'File is corrupt', source)
            msgid = image[id_off:id_end]
            msgstr = image[str_off:str_end]
            if id_len == 0:
                self._read_header(msgstr)
            encoding = self._charset or 'ascii'
            if b'\x00' in msgid:
                singular, _plural = msgid.split(b'\x00')
                key = str(singular, encoding)
                for form, text in enumerate(msgstr.split(b'\x00')):
                    catalog[(key, form)] = str(text, encoding)
            else:
                catalog[str(msgid, encoding)] = str(msgstr, encoding)

    def _read_header(self, header):
        """Fill _info from the metadata entry; pick up the charset and plural rule."""
        previous = None
        for raw in header.split(b'\n'):
            line = raw.decode().strip()
            if not line:
                continue
            # Lines msgcat puts between merged headers.
            if line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#'):
                continue
            if ':' not in line:
                if previous:
                    self._info[previous] += '\n' + line
                continue
            key, value = line.split(':', 1)
            key = key.strip().lower()
            value = value.strip()
            self._info[key] = value
            previous = key
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                rule = value.split(';')[1].split('plural=')[1]
                self.plural = c2py(rule)

    def _lookup_single(self, key):
        found = self._catalog.get(key, _ABSENT)
        if found is _ABSENT:
            found = self._catalog.get((key, self.plural(1)), _ABSENT)
        return found

    def gettext(self, message):
        found = self._lookup_single(message)
        if found is not _ABSENT:
            return found
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        found = self._catalog.get((msgid1, self.plural(n)), _ABSENT)
        if found is not _ABSENT:
            return found
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        found = self._lookup_single(self.CONTEXT % (context, message))
        if found is not _ABSENT:
            return found
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        key = (self.CONTEXT % (context, msgid1), self.plural(n))
        found = self._catalog.get(key, _ABSENT)
        if found is not _ABSENT:
            return found
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2


# ---------------------------------------------------------------------------------------------
# Locating and loading catalogs

def _languages_from_environment():
    for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        value = os.environ.get(variable)
        if value:
            return value.split(':')
    return []


def find(domain, localedir=None, languages=None, all=False):
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = _languages_from_environment()
    if 'C' not in languages:
        languages.append('C')
    candidates = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in candidates:
                candidates.append(name)
    hits = []
    for name in candidates:
        if name == 'C':
            break
        path = os.path.join(localedir, name, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            hits.append(path)
    return hits if all else None


# Parsed catalogs, keyed by (class, absolute path); translation() hands out shallow copies.
_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    chain = None
    for path in paths:
        key = (class_, os.path.abspath(path))
        loaded = _translations.get(key)
        if loaded is None:
            with open(path, 'rb') as fp:
                loaded = _translations.setdefault(key, class_(fp))
        loaded = copy.copy(loaded)
        if chain is None:
            chain = loaded
        else:
            chain.add_fallback(loaded)
    return chain


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_catalog(domain):
    """The translation for a bound domain, or None when no catalog can be opened."""
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_catalog(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_catalog(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_catalog(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_catalog(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
