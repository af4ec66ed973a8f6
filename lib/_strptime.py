"""strptime() support (the _strptime module used by time.strptime and
datetime.strptime) for tspy.

A format is turned into a regular expression (one named group per directive, see
TimeRE), the string is matched against it, and the groups are converted into the
fields of a time tuple; missing fields get defaults, and the day of the year, weekday
and date are derived from each other.  Locale-dependent names and formats are those
of the C locale when the locale module is not available.
"""

import time
from re import compile as re_compile
from re import IGNORECASE
from re import escape as re_escape
from datetime import (date as datetime_date,
                      timedelta as datetime_timedelta,
                      timezone as datetime_timezone)
try:
    from _thread import allocate_lock as _thread_allocate_lock
except ImportError:
    class _thread_allocate_lock:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return None

__all__ = []


def _getlang():
    """(language code, encoding) of the LC_TIME locale; (None, None) in the C
    locale or without the locale module."""
    try:
        import locale
    except ImportError:
        return (None, None)
    return locale.getlocale(locale.LC_TIME)


def _isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


# Names and formats of the C (POSIX) locale, lowercase as the parser compares them.
_C_WEEKDAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
               'sunday')
_C_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
             'september', 'october', 'november', 'december')


class LocaleTime(object):
    """Locale-dependent time information: weekday and month names (full and
    abbreviated, lowercase, months with a leading '' so that the index is the month
    number), am/pm markers, time zone names and the %c/%x/%X formats."""

    def __init__(self):
        self.lang = _getlang()
        self.f_weekday = list(_C_WEEKDAYS)
        self.a_weekday = [name[:3] for name in _C_WEEKDAYS]
        self.f_month = [''] + list(_C_MONTHS)
        self.a_month = [''] + [name[:3] for name in _C_MONTHS]
        self.am_pm = ['am', 'pm']
        self._set_timezone()
        self.LC_date_time = '%a %b %d %H:%M:%S %Y'
        self.LC_date = '%m/%d/%y'
        self.LC_time = '%H:%M:%S'
        if _getlang() != self.lang:
            raise ValueError("locale changed during initialization")
        if time.tzname != self.tzname or time.daylight != self.daylight:
            raise ValueError("timezone changed during initialization")

    def _set_timezone(self):
        tzset = getattr(time, 'tzset', None)
        if tzset is not None:
            tzset()
        self.tzname = time.tzname
        self.daylight = time.daylight
        standard = frozenset({"utc", "gmt", self.tzname[0].lower()})
        summer = frozenset({self.tzname[1].lower()}) if self.daylight else frozenset()
        self.timezone = (standard, summer)


# The numeric directives: the alternatives of each one's group, tried in this order
# (the longest spellings first, since the first alternative that matches wins).
# The texts are kept exactly as CPython's, since they show in re.error positions.
# ' [1-9]' among the days accepts the space-padded day of the %c format.
_TWO_DIGITS = r'\d\d'
_NUMERIC_ALTERNATIVES = (
    ('d', ('3[0-1]', r'[1-2]\d', '0[1-9]', '[1-9]', ' [1-9]')),
    ('f', ('[0-9]{1,6}',)),
    ('H', ('2[0-3]', r'[0-1]\d', r'\d')),
    ('I', ('1[0-2]', '0[1-9]', '[1-9]')),
    ('G', (_TWO_DIGITS * 2,)),
    ('j', ('36[0-6]', r'3[0-5]\d', r'[1-2]\d\d', r'0[1-9]\d', '00[1-9]', r'[1-9]\d',
           '0[1-9]', '[1-9]')),
    ('m', ('1[0-2]', '0[1-9]', '[1-9]')),
    ('M', (r'[0-5]\d', r'\d')),
    ('S', ('6[0-1]', r'[0-5]\d', r'\d')),
    ('U', ('5[0-3]', r'[0-4]\d', r'\d')),
    ('W', ('5[0-3]', r'[0-4]\d', r'\d')),
    ('w', ('[0-6]',)),
    ('u', ('[1-7]',)),
    ('V', ('5[0-3]', '0[1-9]', r'[1-4]\d', r'\d')),
    ('y', (_TWO_DIGITS,)),
    ('Y', (_TWO_DIGITS * 2,)),
    # +HHMM, +HH:MM, with optional seconds and fraction, or a literal (case-sensitive) Z
    ('z', (r'[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?', '(?-i:Z)')),
)


def _numeric_groups():
    return {letter: '(?P<%s>%s)' % (letter, '|'.join(choices))
            for letter, choices in _NUMERIC_ALTERNATIVES}


_REGEX_SPECIALS = frozenset('\\.^$*+?(){}[]|')


class TimeRE(dict):
    """Directive letter -> regular expression text, for one LocaleTime."""

    def __init__(self, locale_time=None):
        self.locale_time = locale_time if locale_time else LocaleTime()
        names = self.locale_time
        table = _numeric_groups()
        table.update(
            A=self._alternatives(names.f_weekday, 'A'),
            a=self._alternatives(names.a_weekday, 'a'),
            B=self._alternatives(names.f_month[1:], 'B'),
            b=self._alternatives(names.a_month[1:], 'b'),
            p=self._alternatives(names.am_pm, 'p'),
            Z=self._alternatives([zone for group in names.timezone for zone in group], 'Z'),
        )
        table['%'] = '%'
        super().__init__(table)
        # composite formats are built from the entries above
        dict.__setitem__(self, 'c', self.pattern(names.LC_date_time))
        dict.__setitem__(self, 'x', self.pattern(names.LC_date))
        dict.__setitem__(self, 'X', self.pattern(names.LC_time))

    @staticmethod
    def _alternatives(values, directive):
        """A named group matching any of values, longest first (so that a name is
        not cut short by one of its prefixes); '' when there is nothing to match."""
        ordered = sorted(values, key=len, reverse=True)
        if not any(value != '' for value in ordered):
            return ''
        return '(?P<%s>%s)' % (directive, '|'.join(re_escape(v) for v in ordered))

    def pattern(self, format):
        """Regular expression text for format: regex metacharacters escaped, runs of
        whitespace matching any whitespace, directives replaced by their groups."""
        escaped = []
        pos = 0
        while pos < len(format):
            ch = format[pos]
            if ch.isspace():
                while pos < len(format) and format[pos].isspace():
                    pos += 1
                escaped.append(r'\s+')
                continue
            escaped.append('\\' + ch if ch in _REGEX_SPECIALS else ch)
            pos += 1
        text = ''.join(escaped)
        result = []
        while '%' in text:
            at = text.index('%')
            result.append(text[:at])
            # text[at + 1] raises IndexError for a trailing %, self[...] KeyError
            # for an unknown directive
            result.append(self[text[at + 1]])
            text = text[at + 2:]
        result.append(text)
        return ''.join(result)

    def compile(self, format):
        """The compiled, case-insensitive regular expression for format."""
        return re_compile(self.pattern(format), IGNORECASE)


_cache_lock = _thread_allocate_lock()
# TimeRE is expensive to build: keep one (rebuilt if the locale or time zone changes)
# and the compiled regexes of the formats used.
_TimeRE_cache = TimeRE()
_CACHE_MAX_SIZE = 5
_regex_cache = {}


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    """Day of the year of a weekday (0 = Monday) in a %U (Sunday-based) or %W
    (Monday-based) week."""
    first_weekday = datetime_date(year, 1, 1).weekday()
    if not week_starts_Mon:
        # count days from Sunday instead
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_before_week_one = (7 - first_weekday) % 7
    return 1 + days_before_week_one + 7 * (week_of_year - 1) + day_of_week


def _calc_julian_from_V(iso_year, iso_week, iso_weekday):
    """(calendar year, day of that year) of an ISO year, week and weekday
    (1 = Monday)."""
    correction = datetime_date(iso_year, 1, 4).isoweekday() + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        # the day falls in the previous calendar year
        ordinal += datetime_date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        ordinal -= datetime_date(iso_year, 1, 1).toordinal()
    return iso_year, ordinal


def _regex_for(format):
    global _TimeRE_cache
    with _cache_lock:
        locale_time = _TimeRE_cache.locale_time
        if (_getlang() != locale_time.lang or time.tzname != locale_time.tzname
                or time.daylight != locale_time.daylight):
            _TimeRE_cache = TimeRE()
            _regex_cache.clear()
            locale_time = _TimeRE_cache.locale_time
        if len(_regex_cache) > _CACHE_MAX_SIZE:
            _regex_cache.clear()
        compiled = _regex_cache.get(format)
        if not compiled:
            try:
                compiled = _TimeRE_cache.compile(format)
            except KeyError as err:
                bad = err.args[0]
                if bad == "\\":
                    bad = "%"
                raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format)) from None
            except IndexError:
                raise ValueError("stray %% in format '%s'" % format) from None
            _regex_cache[format] = compiled
        return compiled, locale_time


def _parse_utc_offset(text):
    """(seconds, microseconds) of a %z value like +0530, -01:30:15.5 or Z."""
    if text == 'Z':
        return 0, 0
    if text[3] == ':':
        compact = text[:3] + text[4:]
        if len(compact) > 5:
            if compact[5] != ':':
                raise ValueError(f"Inconsistent use of : in {text}")
            compact = compact[:5] + compact[6:]
    else:
        compact = text
    seconds = int(compact[1:3]) * 3600 + int(compact[3:5]) * 60 + int(compact[5:7] or 0)
    micros = int(compact[8:].ljust(6, '0'))
    if compact[0] == '-':
        return -seconds, -micros
    return seconds, micros


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parse data_string with format: ((year, month, day, hour, minute, second,
    weekday, julian, tz, tzname, gmtoff), microseconds, gmtoff microseconds)."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    regex, locale_time = _regex_for(format)
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    year = iso_year = iso_week = week_of_year = week_start = None
    weekday = julian = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    values = found.groupdict()
    for key, text in values.items():
        if key == 'y':
            two = int(text)
            # POSIX: 69-99 are 1969-1999, 00-68 are 2000-2068
            year = two + (2000 if two <= 68 else 1900)
        elif key == 'Y':
            year = int(text)
        elif key == 'G':
            iso_year = int(text)
        elif key == 'm':
            month = int(text)
        elif key == 'B':
            month = locale_time.f_month.index(text.lower())
        elif key == 'b':
            month = locale_time.a_month.index(text.lower())
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            marker = values.get('p', '').lower()
            if marker in ('', locale_time.am_pm[0]):
                if hour == 12:
                    hour = 0        # 12 AM is midnight
            elif marker == locale_time.am_pm[1] and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'f':
            fraction = int(text.ljust(6, '0'))
        elif key == 'A':
            weekday = locale_time.f_weekday.index(text.lower())
        elif key == 'a':
            weekday = locale_time.a_weekday.index(text.lower())
        elif key == 'w':
            weekday = (int(text) - 1) % 7     # %w counts from Sunday = 0
        elif key == 'u':
            weekday = int(text) - 1
        elif key == 'j':
            julian = int(text)
        elif key in ('U', 'W'):
            week_of_year = int(text)
            week_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(text)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _parse_utc_offset(text)
        elif key == 'Z':
            zone = text.lower()
            for value, names in enumerate(locale_time.timezone):
                if zone in names:
                    ambiguous = (time.tzname[0] == time.tzname[1] and time.daylight
                                 and zone not in ("utc", "gmt"))
                    if not ambiguous:
                        tz = value
                    break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")

    # Without a year, February 29 is computed in 1904 (a leap year) and reported
    # in 1900 again at the end.
    leap_year_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_year_fix else 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _calc_julian_from_V(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _isleap(year) else 365

    if julian is None:
        julian = (datetime_date(year, month, day).toordinal()
                  - datetime_date(year, 1, 1).toordinal() + 1)
    else:
        # trust the day of the year (given or computed) for the date
        actual = datetime_date.fromordinal(julian - 1 + datetime_date(year, 1, 1).toordinal())
        year, month, day = actual.year, actual.month, actual.day
    if weekday is None:
        weekday = datetime_date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz,
             values.get("Z"), gmtoff), fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime(): a time.struct_time."""
    fields = _strptime(data_string, format)[0]
    return time.struct_time(fields[:getattr(time, '_STRUCT_TM_ITEMS', 11)])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """cls.strptime(): an instance of cls (datetime or a subclass), aware when the
    format had %z."""
    # datetime.strptime checks its arguments itself, with 1-based positions
    for position, value in ((1, data_string), (2, format)):
        if not isinstance(value, str):
            raise TypeError(f"strptime() argument {position} must be str, "
                            f"not {type(value).__name__}")
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = fields[-2:]
    args = fields[:6] + (fraction, )
    if gmtoff is not None:
        offset = datetime_timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (datetime_timezone(offset, tzname) if tzname else datetime_timezone(offset), )
    return cls(*args)
