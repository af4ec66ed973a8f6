"""CSV file reading and writing (CPython 3.11 behaviour), written for tspy.

The engine (reader, writer, Dialect validation, the dialect registry) is lib/_csv.py; this
module adds the class-based Dialect with the standard dialects, DictReader and DictWriter.
The Sniffer is not provided.
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


class Sniffer:
    """Deduce the format of a CSV file (not provided by tspy yet)."""

    def __init__(self):
        self.preferred = list(',\t; :')

    def sniff(self, sample, delimiters=None):
        raise NotImplementedError('csv.Sniffer is not provided by tspy')

    def has_header(self, sample):
        raise NotImplementedError('csv.Sniffer is not provided by tspy')
