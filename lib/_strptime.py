"""strptime parsing for time.strptime and datetime.strptime (_strptime), for tspy.

Only the C locale is supported: English day and month names, AM/PM, and the C formats
for %c, %x and %X. A format is turned into a regular expression (one named group per
directive), matched case-insensitively, and the fields are combined into a date:
explicit %j, then ISO %G/%V/%u, then %U/%W week with a weekday, else year/month/day.
"""

import time as _time
import re as _re
from datetime import date as _date, timedelta as _timedelta, timezone as _timezone

__all__ = []

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["", "january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]

_C_FORMATS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _alternatives(words):
    # longest first, so that "mon" does not win over "monday"
    return "|".join(_re.escape(w) for w in sorted(words, key=len, reverse=True) if w)


def _zone_names():
    names = {"utc", "gmt"}
    for n in getattr(_time, "tzname", ()):
        if n:
            names.add(n.lower())
    return names


def _patterns():
    return {
        "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
        "f": r"(?P<f>[0-9]{1,6})",
        "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
        "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
        "G": r"(?P<G>\d\d\d\d)",
        "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
        "M": r"(?P<M>[0-5]\d|\d)",
        "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
        "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
        "w": r"(?P<w>[0-6])",
        "u": r"(?P<u>[1-7])",
        "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
        "y": r"(?P<y>\d\d)",
        "Y": r"(?P<Y>\d\d\d\d)",
        "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        "A": "(?P<A>" + _alternatives(_WEEKDAYS) + ")",
        "a": "(?P<a>" + _alternatives([w[:3] for w in _WEEKDAYS]) + ")",
        "B": "(?P<B>" + _alternatives(_MONTHS[1:]) + ")",
        "b": "(?P<b>" + _alternatives([m[:3] for m in _MONTHS[1:]]) + ")",
        "p": "(?P<p>am|pm)",
        "Z": "(?P<Z>" + _alternatives(_zone_names()) + ")",
        "%": "%",
        "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    }


def _expand(fmt):
    """Replace %c, %x, %X by their C-locale formats."""
    out = []
    i = 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt) and fmt[i + 1] in _C_FORMATS:
            out.append(_C_FORMATS[fmt[i + 1]])
            i += 2
        else:
            out.append(fmt[i])
            i += 1
    return "".join(out)


_cache = {}


def _compile(fmt):
    regex = _cache.get(fmt)
    if regex is not None:
        return regex
    patterns = _patterns()
    text = _expand(fmt)
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError(f"stray % in format '{fmt}'")
            d = text[i + 1]
            pat = patterns.get(d)
            if pat is None:
                raise ValueError(f"'{d}' is a bad directive in format '{fmt}'")
            out.append(pat)
            i += 2
        elif c.isspace():
            while i < n and text[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(_re.escape(c))
            i += 1
    regex = _re.compile("".join(out), _re.IGNORECASE)
    if len(_cache) > 100:
        _cache.clear()
    _cache[fmt] = regex
    return regex


def _week_start_julian(year, week, weekday, week_starts_monday):
    """Day of the year (1-based) for week number `week` (%U/%W style) and weekday
    (Monday == 0)."""
    first_weekday = _date(year, 1, 1).weekday()
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    return 1 + week_0_length + 7 * (week - 1) + weekday


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parse data_string: ((year, month, day, hour, minute, second, weekday, julian,
    tz, tzname, gmtoff), fraction, gmtoff_fraction)."""
    for index, arg in enumerate([data_string, format], 1):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {index} must be str, not {type(arg).__name__}")
    regex = _compile(format)
    found = regex.match(data_string)
    if not found:
        raise ValueError(f"time data {data_string!r} does not match format {format!r}")
    if len(data_string) != found.end():
        raise ValueError(f"unconverted data remains: {data_string[found.end():]}")

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    g = found.groupdict()
    for key in g:
        value = g[key]
        if value is None:
            continue
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = _MONTHS.index(value.lower())
        elif key == "b":
            month = [m[:3] for m in _MONTHS].index(value.lower())
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = (g.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = _WEEKDAYS.index(value.lower())
        elif key == "a":
            weekday = [w[:3] for w in _WEEKDAYS].index(value.lower())
        elif key == "w":
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key in ("U", "W"):
            week_of_year = int(value)
            week_of_year_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            z = value
            if z == "Z":
                gmtoff = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError(f"Inconsistent use of : in {value}")
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_remainder_padding = "0" * (6 - len(gmtoff_remainder))
                gmtoff_fraction = int(gmtoff_remainder + gmtoff_remainder_padding)
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == "Z":
            found_zone = value.lower()
            if found_zone in ("utc", "gmt"):
                tz = 0
            else:
                names = [n.lower() for n in getattr(_time, "tzname", ())]
                if found_zone in names:
                    if (len(names) == 2 and names[0] == names[1] and
                            getattr(_time, "daylight", 0)):
                        tz = -1
                    else:
                        tz = names.index(found_zone) if len(names) > 1 else 0
    # ISO year/week checks
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        elif iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        else:
            raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                             "'%Y'. Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # a leap year, so that Feb 29 is valid
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _week_start_julian(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            ordinal = _date.fromisocalendar(iso_year, iso_week, weekday + 1).toordinal()
            julian = ordinal - _date(iso_year, 1, 1).toordinal() + 1
            year = iso_year
        if julian is not None and julian <= 0:
            year -= 1
            yday = 366 if _date(year, 12, 31).timetuple().tm_yday == 366 else 365
            julian += yday

    if julian is None:
        julian = _date(year, month, day).toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        datetime_result = _date.fromordinal((julian - 1) + _date(year, 1, 1).toordinal())
        year = datetime_result.year
        month = datetime_result.month
        day = datetime_result.day
    if weekday is None:
        weekday = _date(year, month, day).weekday()
    tzname = g.get("Z")
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a time struct based on the input string and the format string."""
    tt = _strptime(data_string, format)[0]
    return _time.struct_time(tt[:9])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return an instance of cls from data_string parsed with format."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = _timezone(tzdelta, tzname)
        else:
            tz = _timezone(tzdelta)
        args += (tz,)
    return cls(*args)
