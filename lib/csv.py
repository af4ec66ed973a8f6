"""CSV file reading and writing (CPython 3.11 behaviour), written for tspy.

The engine (reader, writer, Dialect validation, the dialect registry) is lib/_csv.py; this
module adds the class-based Dialect with the standard dialects, DictReader, DictWriter and
the Sniffer.
"""
from _csv import (Error, __version__, writer, reader, register_dialect, unregister_dialect,
                  get_dialect, list_dialects, field_size_limit, QUOTE_MINIMAL, QUOTE_ALL,
                  QUOTE_NONNUMERIC, QUOTE_NONE)
from _csv import Dialect as _Dialect
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           '__doc__', 'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer',
           'unregister_dialect', '__version__', 'DictReader', 'DictWriter', 'unix_dialect']


class Dialect:
    """Describe a CSV dialect: subclass it and set the formatting attributes."""
    _name, _valid = '', False
    # every parameter unset: a subclass must give them all
    delimiter = quotechar = escapechar = doublequote = skipinitialspace = None
    lineterminator = quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            setattr(self, '_valid', True)
        self._validate()

    def _validate(self):
        try:
            _Dialect(dialect=self)
        except TypeError as exc:
            raise Error(str(exc))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter, quotechar, lineterminator = ',', '"', '\r\n'
    doublequote, skipinitialspace, quoting = True, False, QUOTE_MINIMAL


register_dialect('excel', excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect('excel-tab', excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file generated on UNIX systems."""
    delimiter, quotechar, lineterminator = ',', '"', '\n'
    doublequote, skipinitialspace, quoting = True, False, QUOTE_ALL


register_dialect('unix', unix_dialect)


class DictReader:
    """Reads records as dicts keyed by fieldnames (by default the first record)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        self.__dict__.update(_fieldnames=fieldnames, restkey=restkey, restval=restval,
                             reader=reader(f, dialect, *args, **kwds), dialect=dialect,
                             line_num=0)

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        src = self.reader
        if self._fieldnames is None:
            self._fieldnames = next(src, None)
        self.line_num = src.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        setattr(self, '_fieldnames', value)

    def __next__(self):
        src = self.reader
        if not self.line_num:
            self.fieldnames  # the header row is read before the first record
        record = next(src)
        while not record:
            record = next(src)  # blank lines are skipped
        self.line_num = src.line_num
        names = self.fieldnames
        result = dict(zip(names, record))
        if len(record) > len(names):
            result[self.restkey] = record[len(names):]
        else:
            for missing in names[len(record):]:
                result[missing] = self.restval
        return result

    __class_getitem__ = classmethod(lambda cls, item: cls)


class DictWriter:
    """Writes dicts as records, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction, self.writer = extrasaction, writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(k) for k in unknown]))
        return (rowdict.get(name, self.restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        out = self.writer
        return out.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        out = self.writer
        return out.writerows(self._dict_to_list(d) for d in rowdicts)

    __class_getitem__ = classmethod(lambda cls, item: cls)


_QUOTE_PATTERNS = (
    # ,"text",   ("delimiter, optional space, quoted text, the same delimiter")
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    # "text",    (at the start of a line)
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    # ,"text"    (at the end of a line)
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    # "text"     (a whole line)
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _most_common(counts):
    """The key with the highest count (the first one seen among equals)."""
    best = None
    for key, n in counts.items():
        if best is None or n > counts[best]:
            best = key
    return best


def _spaced(line, delim):
    return line.count(delim) == line.count(delim + ' ')


class Sniffer:
    """Guesses the dialect of a CSV sample and whether it starts with a header row."""

    def __init__(self):
        self.preferred = list(',\t; :')

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing the sample."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error('Could not determine delimiter')

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Look at quoted fields: which quote character, which delimiter next to them."""
        import re
        found = []
        regex = None
        for text in _QUOTE_PATTERNS:
            regex = re.compile(text, re.DOTALL | re.MULTILINE)
            found = list(regex.finditer(data))
            if found:
                break
        if not found:
            return '', False, None, 0
        quote_counts = {}
        delim_counts = {}
        spaced = 0
        has_delim = 'delim' in regex.groupindex
        has_space = 'space' in regex.groupindex
        for m in found:
            q = m.group('quote')
            if q:
                quote_counts[q] = quote_counts.get(q, 0) + 1
            if not has_delim:
                continue
            d = m.group('delim')
            if d and (delimiters is None or d in delimiters):
                delim_counts[d] = delim_counts.get(d, 0) + 1
            if has_space and m.group('space'):
                spaced += 1
        quotechar = _most_common(quote_counts)
        if delim_counts:
            delim = _most_common(delim_counts)
            skipinitialspace = delim_counts[delim] == spaced
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        d = re.escape(delim)
        q = quotechar
        doubled = re.compile(r'((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)'
                             % (d, q, d, q, d, q, d), re.MULTILINE)
        return quotechar, bool(doubled.search(data)), delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        """Find a character that occurs equally often on (nearly) every line, chunk by chunk
        of 10 lines."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        histograms = {}  # char -> {count per line: number of lines}
        modes = {}
        chosen = {}
        rounds = 0
        first = 0
        while first < len(lines):
            rounds += 1
            for line in lines[first:first + chunk]:
                for code in range(127):
                    ch = chr(code)
                    hist = histograms.setdefault(ch, {})
                    n = line.count(ch)
                    hist[n] = hist.get(n, 0) + 1
            for ch, hist in histograms.items():
                pairs = list(hist.items())
                if len(pairs) == 1 and pairs[0][0] == 0:
                    continue
                if len(pairs) == 1:
                    modes[ch] = pairs[0]
                    continue
                top = pairs[0]
                for pair in pairs[1:]:
                    if pair[1] > top[1]:
                        top = pair
                others = sum(p[1] for p in pairs) - top[1]
                modes[ch] = (top[0], top[1] - others)
            seen = float(min(chunk * rounds, len(lines)))
            level = 1.0
            while not chosen and level >= 0.9:
                for ch, (per_line, weight) in modes.items():
                    if per_line > 0 and weight > 0 and weight / seen >= level and \
                            (delimiters is None or ch in delimiters):
                        chosen[ch] = (per_line, weight)
                level -= 0.01
            if len(chosen) == 1:
                only = next(iter(chosen))
                return only, _spaced(lines[0], only)
            first += chunk
        if not chosen:
            return '', 0
        if len(chosen) > 1:
            for ch in self.preferred:
                if ch in chosen:
                    return ch, _spaced(lines[0], ch)
        ranked = sorted((v, k) for k, v in chosen.items())
        best = ranked[-1][1]
        return best, _spaced(lines[0], best)

    def has_header(self, sample):
        """Guess whether the first row is a header: columns whose values all have one type
        (a number type or a fixed length) vote against it when the first row fits too."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))  # column -> complex, a length, or None (unset)
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) == type(0):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
