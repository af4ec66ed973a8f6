"""Calendars: date arithmetic helpers, month/year grids, text and HTML renderings.

Written for tspy from the documented behaviour of CPython 3.11's module. Month and weekday
names are the C locale's (English); Locale*Calendar accept a locale argument but render the
same names. Weeks start on Monday (0) unless firstweekday says otherwise.
"""
import sys
import datetime

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday', 'firstweekday',
           'isleap', 'leapdays', 'weekday', 'monthrange', 'monthcalendar', 'prmonth', 'month',
           'prcal', 'calendar', 'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr',
           'Calendar', 'TextCalendar', 'HTMLCalendar', 'LocaleTextCalendar',
           'LocaleHTMLCalendar', 'weekheader', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY',
           'FRIDAY', 'SATURDAY', 'SUNDAY']

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' % self.weekday


January = 1
February = 2

# days per month, index 0 unused
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

_FULL_MONTHS = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')
_FULL_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')


class _NameList(object):
    """A read-only sequence of names, indexable and sliceable like a list."""

    def __init__(self, names):
        self._names = list(names)   # a list: its IndexError message is the one users see

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return len(self._names)


class _localized_month(_NameList):
    def __init__(self, format):
        self.format = format
        super().__init__(['', *(n[:3] if format == '%b' else n for n in _FULL_MONTHS[1:])])


class _localized_day(_NameList):
    def __init__(self, format):
        self.format = format
        super().__init__([n[:3] if format == '%a' else n for n in _FULL_DAYS])


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    """True for leap years."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def leapdays(y1, y2):
    """Leap years in [y1, y2)."""
    a, b = y1 - 1, y2 - 1
    return (b // 4 - a // 4) - (b // 100 - a // 100) + (b // 400 - a // 400)


def weekday(year, month, day):
    """0 (Monday) to 6 (Sunday); years outside datetime's range repeat every 400 years."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the 1st, number of days) of the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    length = mdays[month] + (1 if month == February and isleap(year) else 0)
    return weekday(year, month, 1), length


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _rows(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]


class Calendar(object):
    """Month and year grids as lists of weeks, weeks starting on firstweekday."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        start = self.firstweekday
        for k in range(7):
            yield (start + k) % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) for every day of the weeks covering the month."""
        first, count = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = (self.firstweekday - first - count) % 7
        py, pm = _prevmonth(year, month)
        last = _monthlen(py, pm)
        for d in range(last - lead + 1, last + 1):
            yield py, pm, d
        for d in range(1, count + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, trail + 1):
            yield ny, nm, d

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers of the weeks covering the month; 0 outside it."""
        first, count = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = (self.firstweekday - first - count) % 7
        for _k in range(lead):
            yield 0
        yield from range(1, count + 1)
        for _k in range(trail):
            yield 0

    def itermonthdays2(self, year, month):
        wd = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, wd % 7
            wd += 1

    def itermonthdays4(self, year, month):
        wd = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, wd % 7
            wd += 1

    def monthdatescalendar(self, year, month):
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Plain-text calendars (as the `cal` command prints them)."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        table = day_name if width >= 9 else day_abbr
        return table[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(i, width) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        gap = '\n' * max(1, l)
        out = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(), gap,
               self.formatweekheader(w).rstrip(), gap]
        for week in self.monthdays2calendar(theyear, themonth):
            out.append(self.formatweek(week, w).rstrip())
            out.append(gap)
        return ''.join(out)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        c = max(2, c)
        gap = '\n' * max(1, l)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row_index + 1, min(m * (row_index + 1) + 1, 13))
            out.append(gap)
            out.append(formatstring([self.formatmonthname(theyear, k, colwidth, False)
                                     for k in months], colwidth, c).rstrip())
            out.append(gap)
            out.append(formatstring([header for _k in months], colwidth, c).rstrip())
            out.append(gap)
            tallest = max(len(grid) for grid in row)
            for j in range(tallest):
                cells = [self.formatweek(grid[j], w) if j < len(grid) else '' for grid in row]
                out.append(formatstring(cells, colwidth, c).rstrip())
                out.append(gap)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """HTML tables for months and years."""

    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = 'month'
    cssclass_month = 'month'
    cssclass_year_head = 'year'
    cssclass_year = 'year'

    def formatday(self, day, weekday):
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join([self.formatday(d, wd) for d, wd in theweek])

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join([self.formatweekday(i) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows.extend(self.formatweek(w) for w in self.monthdays2calendar(theyear, themonth))
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">\n'
                 % self.cssclass_year,
                 '<tr><th colspan="%d" class="%s">%s</th></tr>'
                 % (width, self.cssclass_year_head, theyear)]
        for start in range(1, 13, width):
            parts.append('<tr>')
            for mon in range(start, min(start + width, 13)):
                parts.append('<td>%s</td>' % self.formatmonth(theyear, mon, withyear=False))
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        if encoding is None:
            encoding = sys.getdefaultencoding()
        page = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                '<html>\n', '<head>\n',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
                % encoding]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        page += ['<title>Calendar for %d</title>\n' % theyear, '</head>\n', '<body>\n',
                 self.formatyear(theyear, width), '</body>\n', '</html>\n']
        return ''.join(page).encode(encoding, 'xmlcharrefreplace')


class different_locale(object):
    def __init__(self, locale):
        self.locale = locale

    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


class LocaleTextCalendar(TextCalendar):
    """TextCalendar that would use a locale's names (tspy: the C locale's)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = locale


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar that would use a locale's names (tspy: the C locale's)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = locale


# module-level shortcuts over one shared TextCalendar
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.setfirstweekday(firstweekday)


# module function name -> bound method of the shared calendar
for _fn, _meth in (('monthcalendar', 'monthdayscalendar'), ('prweek', 'prweek'),
                   ('week', 'formatweek'), ('weekheader', 'formatweekheader'),
                   ('prmonth', 'prmonth'), ('month', 'formatmonth'),
                   ('calendar', 'formatyear'), ('prcal', 'pryear')):
    globals()[_fn] = getattr(c, _meth)
del _fn, _meth

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print the columns centred in fields of colwidth, spacing blanks apart."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Inverse of time.gmtime(): seconds since the epoch for a UTC time tuple."""
    y, mo, d, h, mi, s = tuple[:6]
    days = datetime.date(y, mo, 1).toordinal() - _EPOCH_ORD + d - 1
    return ((days * 24 + h) * 60 + mi) * 60 + s


def _command_line():
    import argparse
    cli = argparse.ArgumentParser()
    text_only = cli.add_argument_group('text only arguments')
    html_only = cli.add_argument_group('html only arguments')
    for flags, kind, default, about in (
            (('-w', '--width'), int, 2, 'width of date column (default 2)'),
            (('-l', '--lines'), int, 1, 'number of lines for each week (default 1)'),
            (('-s', '--spacing'), int, 6, 'spacing between months (default 6)'),
            (('-m', '--months'), int, 3, 'months per row (default 3)')):
        text_only.add_argument(*flags, type=kind, default=default, help=about)
    html_only.add_argument('-c', '--css', default='calendar.css', help='CSS to use for page')
    cli.add_argument('-L', '--locale', default=None,
                     help='locale to use for month and weekday names')
    cli.add_argument('-e', '--encoding', default=None, help='encoding to use for output')
    cli.add_argument('-t', '--type', default='text', choices=('text', 'html'),
                     help='output type (text or html)')
    cli.add_argument('year', nargs='?', type=int, help='year number (1-9999)')
    cli.add_argument('month', nargs='?', type=int, help='month number (1-12, text only)')
    return cli


def main(args=None):
    """Command line: python -m calendar [options] [year [month]], text or HTML output.
    `args` is a full argv (its first item, the program, is skipped)."""
    cli = _command_line()
    opts = cli.parse_args((sys.argv if args is None else list(args))[1:])
    if opts.locale and not opts.encoding:
        cli.error('if --locale is specified --encoding is required')
    year = datetime.date.today().year if opts.year is None else opts.year
    if opts.type == 'html':
        if opts.month is not None:
            cli.error('incorrect number of arguments')
        cal = LocaleHTMLCalendar(locale=(opts.locale, opts.encoding)) if opts.locale \
            else HTMLCalendar()
        page = cal.formatyearpage(year, css=opts.css,
                                  encoding=opts.encoding or sys.getdefaultencoding())
        sys.stdout.buffer.write(page)
        return
    cal = LocaleTextCalendar(locale=(opts.locale, opts.encoding)) if opts.locale \
        else TextCalendar()
    if opts.month is None:
        out = cal.formatyear(year, w=opts.width, l=opts.lines, c=opts.spacing, m=opts.months)
    else:
        out = cal.formatmonth(year, opts.month, w=opts.width, l=opts.lines)
    if opts.encoding:
        sys.stdout.buffer.write(out.encode(opts.encoding))
    else:
        sys.stdout.write(out)


if __name__ == '__main__':
    main(sys.argv)
