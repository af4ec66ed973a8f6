"""CSV parsing and writing engine (the part CPython writes in C), written for tspy.

Dialect holds validated, read-only formatting parameters. The reader is a character state
machine fed one line at a time by the input iterator (with an end-of-line pseudo character
after each line), so quoted fields may span lines. The writer decides per field whether to
quote (by the quoting mode and the characters present), doubles or escapes quote characters,
and writes each record with the dialect's line terminator.
"""

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024
_registry = {}


class Error(Exception):
    pass


_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
           'skipinitialspace', 'strict')


def _one_char(name, value, default, nullable):
    if value is _MISSING:
        return default
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Missing(object):
    pass


_MISSING = _Missing()


class Dialect(object):
    """CSV dialect: the formatting parameters of readers and writers (read-only)."""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator', '_quotechar',
                 '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _PARAMS:
                raise TypeError('%r is an invalid keyword argument for this function' % key)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and cls is Dialect and not kwargs:
                return dialect

        def pick(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return _MISSING

        self = object.__new__(cls)
        raw_quotechar = pick('quotechar')
        raw_quoting = pick('quoting')
        self._delimiter = _one_char('delimiter', pick('delimiter'), ',', False)
        self._doublequote = _flag(pick('doublequote'), True)
        self._escapechar = _one_char('escapechar', pick('escapechar'), None, True)
        term = pick('lineterminator')
        if term is _MISSING:
            term = '\r\n'
        elif not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = term
        self._quotechar = _one_char('quotechar', raw_quotechar, '"', True)
        if raw_quoting is _MISSING:
            quoting = QUOTE_MINIMAL
        elif not isinstance(raw_quoting, int):
            raise TypeError('"quoting" must be an integer')
        else:
            quoting = raw_quoting
            if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
                raise TypeError('bad "quoting" value')
        if raw_quotechar is None and raw_quoting is _MISSING:
            quoting = QUOTE_NONE
        self._quoting = quoting
        self._skipinitialspace = _flag(pick('skipinitialspace'), False)
        self._strict = _flag(pick('strict'), False)
        if quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


def _flag(value, default):
    return default if value is _MISSING else bool(value)


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _registry[name] = Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _registry:
        raise Error('unknown dialect')
    del _registry[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect')


def list_dialects():
    """Return a list of all known dialect names."""
    return list(_registry)


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


# reader states
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

_EOL = None  # the pseudo character fed after each input line


class Reader(object):
    """CSV reader: iterating yields each record as a list of strings."""

    def __init__(self, source, dialect):
        self._source = source
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        text = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _add(self, ch):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(ch)

    def _end_of(self, c):
        return c is _EOL or c == '\n' or c == '\r'

    def _feed(self, c):
        d = self.dialect
        st = self._state
        if st == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            st = self._state = _START_FIELD
        if st == _START_FIELD:
            if self._end_of(c):
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d._skipinitialspace:
                pass
            elif c == d._delimiter:
                self._save_field()
            else:
                if d._quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
            return
        if st == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
            return
        if st == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            st = _IN_FIELD
        if st == _IN_FIELD:
            if self._end_of(c):
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
            return
        if st == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d._escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d._doublequote else _IN_FIELD
            else:
                self._add(c)
            return
        if st == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
            return
        if st == _QUOTE_IN_QUOTED_FIELD:
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif self._end_of(c):
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d._strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d._delimiter, d._quotechar))
            return
        if st == _EAT_CRNL:
            if c == '\n' or c == '\r':
                return
            if c is _EOL:
                self._state = _START_RECORD
                return
            raise Error('new-line character seen in unquoted field - do you need to open the '
                        'file in universal-newline mode?')

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._source)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect._strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be '
                            'opened in text mode)' % type(line).__name__)
            self.line_num += 1
            for ch in line:
                self._feed(ch)
            self._feed(_EOL)
            if self._state == _START_RECORD:
                break
        out = self._fields
        self._fields = None
        return out


Reader.__name__ = Reader.__qualname__ = 'reader'


class Writer(object):
    """CSV writer: writerow() formats one record and writes it to the file."""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def _render(self, field, quoted, out):
        d = self.dialect
        specials = (d._delimiter, d._escapechar, d._quotechar)
        term = d._lineterminator
        body = []
        for c in field:
            if c in specials or c in term:
                escape = False
                if d._quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d._quotechar:
                        if d._doublequote:
                            body.append(c)
                        else:
                            escape = True
                    elif c == d._escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d._escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    body.append(d._escapechar)
            body.append(c)
        if quoted:
            out.append(d._quotechar + ''.join(body) + d._quotechar)
        else:
            out.append(''.join(body))

    def writerow(self, row):
        d = self.dialect
        try:
            items = iter(row)
        except TypeError:
            raise Error('iterable expected, not %.200s' % type(row).__name__)
        out = []
        for field in items:
            if d._quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d._quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._render(text, quoted, out)
        if len(out) == 1 and out[0] == '':
            if d._quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out[0] = d._quotechar * 2
        return self._write(d._delimiter.join(out) + d._lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = 'writer'


def _is_number(obj):
    """PyNumber_Check: the type converts to int or float, or it is complex."""
    kind = type(obj)
    for slot in ('__index__', '__int__', '__float__'):
        if hasattr(kind, slot):
            return True
    return isinstance(obj, complex)


def reader(csvfile, dialect='excel', **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])"""
    source = iter(csvfile)
    return Reader(source, Dialect(dialect, **fmtparams))


def writer(fileobj, dialect='excel', **fmtparams):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])"""
    try:
        write = fileobj.write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method')
    return Writer(write, Dialect(dialect, **fmtparams))
