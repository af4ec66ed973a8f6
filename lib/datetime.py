"""Dates, times and intervals (datetime), pure Python for tspy.

Representation:
  timedelta  one integer `_us` (total microseconds); days/seconds/microseconds derive from
             it, so 0 <= seconds < 86400 and 0 <= microseconds < 10**6 hold by construction.
  date       _year, _month, _day (proleptic Gregorian; ordinal 1 = 0001-01-01).
  time       _hour, _minute, _second, _microsecond, _tzinfo, _fold.
  datetime   a date plus the time fields.
Float arguments of timedelta are combined like CPython's C implementation: whole parts
exactly, fractional microseconds in one float, rounded half to even at the end.
"""

import sys as _sys
from operator import index as _index


class _Lazy:
    """A module imported on first use (datetime works for date arithmetic without the VM's
    time and math modules)."""

    def __init__(self, name):
        self._name = name
        self._module = None

    def __getattr__(self, attr):
        if self._module is None:
            self._module = __import__(self._name)
        return getattr(self._module, attr)


_time = _Lazy("time")
_math = _Lazy("math")

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DAYS = 999999999

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
               "Nov", "Dec")
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    return 29 if m == 2 and _leap(y) else _MONTH_DAYS[m]


# Ordinals via the "days from civil" method (years starting in March, 400-year eras).
def _to_ordinal(y, m, d):
    y2 = y - 1 if m <= 2 else y
    era = y2 // 400
    yoe = y2 - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    # days since 0000-03-01, shifted so that 0001-01-01 is 1
    return era * 146097 + doe - 305


def _from_ordinal(n):
    z = n + 305
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


_MAX_ORDINAL = _to_ordinal(MAXYEAR, 12, 31)


def _iso_week1_monday(year):
    jan1 = _to_ordinal(year, 1, 1)
    wd = (jan1 + 6) % 7  # Monday == 0
    monday = jan1 - wd
    return monday + 7 if wd > 3 else monday


def _struct_time(y, m, d, hh, mm, ss, dst):
    ordinal = _to_ordinal(y, m, d)
    yday = ordinal - _to_ordinal(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, (ordinal + 6) % 7, yday, dst))


def _check_int(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _index(value)


def _check_date(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_len(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute = _check_int(hour), _check_int(minute)
    second, microsecond = _check_int(second), _check_int(microsecond)
    for value, hi, name in ((hour, 23, "hour"), (minute, 59, "minute"), (second, 59, "second"),
                            (microsecond, 999999, "microsecond")):
        if not 0 <= value <= hi:
            raise ValueError(f"{name} must be in 0..{hi}")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        f"not type '{type(tz).__name__}'")


def _checked_offset(name, value):
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, "
                        f"not '{type(value).__name__}'")
    if not -_DAY < value < _DAY:
        raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24)"
                         f" and timedelta(hours=24), not {value!r}.")
    return value


def _checked_tzname(value):
    if value is not None and not isinstance(value, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, "
                        f"not '{type(value).__name__}'")
    return value


def _offset_text(off, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' for an offset ('' for None)."""
    if off is None:
        return ""
    us = off._us
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    secs, frac = divmod(us, _US_PER_SECOND)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    text = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or frac:
        text += f"{sep}{ss:02d}"
        if frac:
            text += f".{frac:06d}"
    return text


def _time_text(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return f"{hh:02d}"
    if timespec == "minutes":
        return f"{hh:02d}:{mm:02d}"
    if timespec == "seconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == "milliseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}"
    if timespec == "microseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _strftime(obj, fmt, timetuple):
    """time.strftime with %f, %z and %Z supplied by the object."""
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        spec = fmt[i + 1]
        i += 2
        if spec == "f":
            out.append(f"{getattr(obj, 'microsecond', 0):06d}")
        elif spec == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_offset_text(off, "") if off is not None else "")
        elif spec == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append(name.replace("%", "%%") if name else "")
        else:
            out.append("%" + spec)
    return _time.strftime("".join(out), timetuple)


def _tp_name(obj):
    """The C-style type name used in messages (datetime.date for our own classes)."""
    cls = type(obj)
    if cls.__module__ == "datetime" and cls.__name__ in ("date", "datetime", "time", "timedelta"):
        return "datetime." + cls.__name__
    return cls.__name__


# ---------------------------------------------------------------- timedelta

_TD_UNITS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", _US_PER_SECOND),
             ("minutes", 60 * _US_PER_SECOND), ("hours", 3600 * _US_PER_SECOND),
             ("days", _US_PER_DAY), ("weeks", 7 * _US_PER_DAY))


class timedelta:
    """A duration: the difference between two dates or datetimes."""

    __slots__ = ("_us", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        values = {"days": days, "seconds": seconds, "microseconds": microseconds,
                  "milliseconds": milliseconds, "minutes": minutes, "hours": hours,
                  "weeks": weeks}
        total = 0
        leftover = 0.0
        for name, factor in _TD_UNITS:
            v = values[name]
            if isinstance(v, int):
                total += v * factor
            elif isinstance(v, float):
                frac, whole = _math.modf(v)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(frac * factor)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError(f"unsupported type for timedelta {name} component: "
                                f"{type(v).__name__}")
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._make(total)

    @classmethod
    def _make(cls, us):
        days = us // _US_PER_DAY
        if abs(days) > _MAX_DAYS:
            if abs(days) >= 1 << 31:
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError(f"days={days}; must have magnitude <= {_MAX_DAYS}")
        self = object.__new__(cls)
        self._us = us
        self._hashcode = -1
        return self

    @property
    def days(self):
        """Number of days."""
        return self._us // _US_PER_DAY

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._us % _US_PER_DAY // _US_PER_SECOND

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._us % _US_PER_SECOND

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._us / 10 ** 6

    def __repr__(self):
        parts = []
        if self.days:
            parts.append(f"days={self.days}")
        if self.seconds:
            parts.append(f"seconds={self.seconds}")
        if self.microseconds:
            parts.append(f"microseconds={self.microseconds}")
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts) or '0'})"

    def __str__(self):
        mm, ss = divmod(self.seconds, 60)
        hh, mm = divmod(mm, 60)
        text = f"{hh}:{mm:02d}:{ss:02d}"
        d = self.days
        if d:
            text = f"{d} day{'s' if abs(d) != 1 else ''}, " + text
        if self.microseconds:
            text += f".{self.microseconds:06d}"
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(other._us - self._us)
        return NotImplemented

    def __neg__(self):
        return timedelta._make(-self._us)

    def __pos__(self):
        return self

    def __abs__(self):
        return timedelta._make(abs(self._us)) if self._us < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._make(self._us * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._make(_div_even(self._us * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            return timedelta._make(self._us // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, int):
            return timedelta._make(_div_even(self._us, other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._make(_div_even(b * self._us, a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us, other._us)
            return q, timedelta._make(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us == other._us
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us < other._us
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us <= other._us
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us > other._us
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us >= other._us
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self.days, self.seconds, self.microseconds))
        return self._hashcode

    def __bool__(self):
        return self._us != 0

    def __reduce__(self):
        return type(self), (self.days, self.seconds, self.microseconds)


def _div_even(a, b):
    """a / b rounded to the nearest integer, halves to even."""
    q, r = divmod(a, b)
    twice = 2 * r
    if (twice > b if b > 0 else twice < b) or (twice == b and q % 2 == 1):
        q += 1
    return q


_DAY = timedelta(1)
timedelta.min = timedelta(-_MAX_DAYS)
timedelta.max = timedelta._make((_MAX_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- ISO 8601 parsing

def _digits(s, i, count):
    part = s[i:i + count]
    if len(part) != count or not all(c in "0123456789" for c in part):
        raise ValueError
    return int(part)


def _iso_date(s):
    """(y, m, d) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]."""
    n = len(s)
    year = _digits(s, 0, 4)
    dash = n > 4 and s[4] == "-"
    i = 5 if dash else 4
    if i < n and s[i] == "W":
        week = _digits(s, i + 1, 2)
        i += 3
        day = 1
        if i < n:
            if (s[i] == "-") != dash:
                raise ValueError
            if dash:
                i += 1
            day = _digits(s, i, 1)
            i += 1
        if i != n:
            raise ValueError
        return _from_iso_week(year, week, day)
    month = _digits(s, i, 2)
    i += 2
    if dash:
        if i >= n or s[i] != "-":
            raise ValueError
        i += 1
    day = _digits(s, i, 2)
    if i + 2 != n:
        raise ValueError
    return year, month, day


def _iso_clock(s):
    """[h, m, s, us] from HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]]."""
    comps = [0, 0, 0, 0]
    n = len(s)
    i = 0
    colon = None
    for k in range(3):
        comps[k] = _digits(s, i, 2)
        i += 2
        if i >= n or k == 2:
            break
        if colon is None:
            colon = s[i] == ":"
        if colon:
            if s[i] != ":":
                raise ValueError
            i += 1
        elif s[i] in ".,":
            break
    if i < n:
        if s[i] not in ".,":
            raise ValueError
        frac = s[i + 1:]
        if not frac or not all(c in "0123456789" for c in frac):
            raise ValueError
        comps[3] = int((frac[:6]).ljust(6, "0"))
    return comps


def _iso_time(s):
    """[h, m, s, us, tzinfo] from a time with an optional Z / +HH[:MM[:SS[.f]]] offset."""
    cut = -1
    for k, c in enumerate(s):
        if c in "+-Z":
            cut = k
            break
    clock = s if cut < 0 else s[:cut]
    if len(clock) < 2:
        raise ValueError
    comps = _iso_clock(clock)
    tz = None
    if cut >= 0:
        if s[cut] == "Z":
            if cut != len(s) - 1:
                raise ValueError
            tz = timezone.utc
        else:
            off = s[cut + 1:]
            if len(off) in (0, 1, 3):
                raise ValueError
            h, m, sec, us = _iso_clock(off)
            delta = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
            # (the zone is made by the caller, outside its parse-error handling)
            tz = -delta if s[cut] == "-" else delta
    comps.append(tz)
    return comps


def _zone_of(comps):
    """Turn the offset left by _iso_time into a tzinfo."""
    tz = comps[-1]
    if isinstance(tz, timedelta):
        comps[-1] = timezone(tz) if tz else timezone.utc
    return comps


def _from_iso_week(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        ok = False
        if week == 53:
            jan1_weekday = _to_ordinal(year, 1, 1) % 7
            ok = jan1_weekday == 4 or (jan1_weekday == 3 and _leap(year))
        if not ok:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    return _from_ordinal(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _date_length(s):
    """Length of the date part at the start of an ISO datetime string."""
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] == "W":
            if n > 8 and s[8] == "-":
                if n == 9:
                    raise ValueError
                return 8 if n > 10 and s[10] in "0123456789" else 10
            return 8
        return 10
    if s[4] == "W":
        k = 7
        while k < n and s[k] in "0123456789":
            k += 1
        if k < 9:
            return k
        return 7 if k % 2 == 0 else 8
    return 8


# ---------------------------------------------------------------- date

class date:
    """A date in the proleptic Gregorian calendar: date(year, month, day)."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, (bytes, str)) and len(year) == 4:
            state = year.encode("latin1") if isinstance(year, str) else year
            if 1 <= state[2] <= 12:
                self = object.__new__(cls)
                self._set_state(state)
                return self
        y, m, d = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._hashcode = -1
        return self

    def _set_state(self, state):
        self._year = state[0] * 256 + state[1]
        self._month = state[2]
        self._day = state[3]
        self._hashcode = -1

    @classmethod
    def fromtimestamp(cls, t):
        """The local date at POSIX time t."""
        tm = _time.localtime(t)
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def today(cls):
        """Current date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of proleptic Gregorian ordinal n (1 is 0001-01-01)."""
        n = _check_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from an ISO 8601 date string."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            fields = _iso_date(date_string)
        except Exception:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from its ISO year, week number and weekday."""
        return cls(*_from_iso_week(year, week, day))

    @property
    def year(self):
        """The year, 1..9999."""
        return self._year

    @property
    def month(self):
        """The month, 1..12."""
        return self._month

    @property
    def day(self):
        """The day of the month."""
        return self._day

    def __repr__(self):
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        """YYYY-MM-DD"""
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def ctime(self):
        """Date in the style of time.ctime()."""
        return (f"{_DAY_ABBR[self.weekday()]} {_MONTH_ABBR[self._month]} {self._day:2d} "
                f"00:00:00 {self._year:04d}")

    def strftime(self, fmt):
        """Format with a time.strftime() format string."""
        if not isinstance(fmt, str):
            raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        """time.struct_time of the date (time fields zero, DST unknown)."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Proleptic Gregorian ordinal (0001-01-01 is 1)."""
        return _to_ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """A date with the given fields replaced."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        """Monday is 0 ... Sunday is 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1 ... Sunday is 7."""
        return self.weekday() + 1

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday) as a named tuple."""
        year = self._year
        ordinal = self.toordinal()
        start = _iso_week1_monday(year)
        if ordinal < start:
            year -= 1
            start = _iso_week1_monday(year)
        else:
            nxt = _iso_week1_monday(year + 1)
            if ordinal >= nxt:
                year += 1
                start = nxt
        week, day = divmod(ordinal - start, 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._state())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _state(self):
        return (bytes([self._year // 256, self._year % 256, self._month, self._day]),)

    def __reduce__(self):
        return type(self), self._state()


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = "IsoCalendarDate"


class tzinfo:
    """Abstract base class for time zone information objects."""

    __slots__ = ()

    def tzname(self, dt):
        """Name of the time zone for dt."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """Offset of local time from UTC (east is positive)."""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """The DST part of utcoffset(dt)."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """Convert a datetime in UTC (with tzinfo self) to local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        standard = off - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        initargs = getattr(self, "__getinitargs__", None)
        args = initargs() if initargs else ()
        return type(self), args, self.__getstate__()


# ---------------------------------------------------------------- time

class time:
    """A time of day: time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6:
            state = hour.encode("latin1") if isinstance(hour, str) else hour
            if state[0] & 0x7F < 24:
                self = object.__new__(cls)
                self._set_state(state, minute or None)
                return self
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tz(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    def _set_state(self, state, tz):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("bad tzinfo state arg")
        h = state[0]
        self._fold = 1 if h > 127 else 0
        self._hour = h & 0x7F
        self._minute, self._second = state[1], state[2]
        self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
        self._tzinfo = tz
        self._hashcode = -1

    hour = property(lambda self: self._hour, doc="The hour, 0..23.")
    minute = property(lambda self: self._minute, doc="The minute, 0..59.")
    second = property(lambda self: self._second, doc="The second, 0..59.")
    microsecond = property(lambda self: self._microsecond, doc="The microsecond, 0..999999.")
    tzinfo = property(lambda self: self._tzinfo, doc="The tzinfo object, or None.")
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        """Offset from UTC of the time zone (None when naive)."""
        if self._tzinfo is None:
            return None
        return _checked_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """DST offset of the time zone (None when naive)."""
        if self._tzinfo is None:
            return None
        return _checked_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """Name of the time zone (None when naive)."""
        if self._tzinfo is None:
            return None
        return _checked_tzname(self._tzinfo.tzname(None))

    def _clock_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond

    def _compare(self, other, for_eq):
        if self._tzinfo is other._tzinfo:
            a, b = self._clock_us(), other._clock_us()
        else:
            oa, ob = self.utcoffset(), other.utcoffset()
            if oa == ob:
                a, b = self._clock_us(), other._clock_us()
            elif oa is None or ob is None:
                if for_eq:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware times")
            else:
                a = self._clock_us() - oa._us
                b = other._clock_us() - ob._us
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if not off:
                self._hashcode = hash(t._state()[0])
            else:
                minutes = self._hour * 60 + self._minute - off // timedelta(minutes=1)
                h, m = divmod(minutes, 60)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second, self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def __repr__(self):
        cls = type(self)
        args = f"{self._hour}, {self._minute}"
        if self._microsecond:
            args += f", {self._second}, {self._microsecond}"
        elif self._second:
            args += f", {self._second}"
        if self._tzinfo is not None:
            args += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            args += ", fold=1"
        return f"{cls.__module__}.{cls.__qualname__}({args})"

    def isoformat(self, timespec="auto"):
        """HH:MM:SS.ffffff+HH:MM (the fraction and offset only when present)."""
        return (_time_text(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _offset_text(self.utcoffset()))

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from an ISO 8601 time string."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string.removeprefix("T")
        try:
            fields = _iso_time(text)
        except Exception:
            raise ValueError(f"Invalid isoformat string: {text!r}") from None
        return cls(*_zone_of(fields))

    def strftime(self, fmt):
        """Format with a time.strftime() format string (the date part is 1900-01-01)."""
        return _strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """A time with the given fields replaced."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _state(self, protocol=3):
        h = self._hour + (128 if self._fold and protocol > 3 else 0)
        us = self._microsecond
        raw = bytes([h, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255])
        return (raw,) if self._tzinfo is None else (raw, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return type(self), self._state(protocol)

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
_time_type = time


# ---------------------------------------------------------------- datetime

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if isinstance(year, (bytes, str)) and len(year) == 10:
            state = year.encode("latin1") if isinstance(year, str) else year
            if 1 <= state[2] & 0x7F <= 12:
                self = object.__new__(cls)
                self._set_dt_state(state, month)
                return self
        y, m, d = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tz(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    def _set_dt_state(self, state, tz):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("bad tzinfo state arg")
        self._year = state[0] * 256 + state[1]
        self._fold = 1 if state[2] > 127 else 0
        self._month = state[2] & 0x7F
        self._day, self._hour, self._minute, self._second = state[3], state[4], state[5], state[6]
        self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
        self._tzinfo = tz
        self._hashcode = -1

    hour = property(lambda self: self._hour, doc="The hour, 0..23.")
    minute = property(lambda self: self._minute, doc="The minute, 0..59.")
    second = property(lambda self: self._second, doc="The second, 0..59.")
    microsecond = property(lambda self: self._microsecond, doc="The microsecond, 0..999999.")
    tzinfo = property(lambda self: self._tzinfo, doc="The tzinfo object, or None.")
    fold = property(lambda self: self._fold)

    # -- construction

    @classmethod
    def _from_seconds(cls, t, utc, tz):
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        tm = (_time.gmtime if utc else _time.localtime)(whole)
        result = cls(tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        elif not utc:
            # a local time that occurs twice gets fold=1 for its second occurrence
            day = 86400
            earlier = _time.localtime(whole - day)
            probe = cls(*earlier[:5], min(earlier[5], 59), us)
            shift = result - probe - timedelta(0, day)
            if shift.days < 0:
                again = _time.localtime(whole + shift // timedelta(0, 1))
                if cls(*again[:5], min(again[5], 59), us) == result:
                    result._fold = 1
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Construct a datetime from a POSIX timestamp, in local time or in tz."""
        _check_tz(tz)
        return cls._from_seconds(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime at POSIX time t."""
        return cls._from_seconds(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """The current local date and time, or the current time in tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """A datetime from a date and a time."""
        if not isinstance(date, globals()["date"]):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {type(date).__name__}")
        if not isinstance(time, _time_type):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {type(time).__name__}")
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, time.tzinfo if tzinfo is True else tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from an ISO 8601 string."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            k = _date_length(date_string)
            ymd = list(_iso_date(date_string[:k]))
            rest = date_string[k + 1:]
            if len(date_string) > k and not rest:
                raise ValueError
            clock = _iso_time(rest) if rest else [0, 0, 0, 0, None]
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(*(ymd + _zone_of(clock)))

    @classmethod
    def strptime(cls, date_string, format):
        """Parse a string with a time.strptime() format."""
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # -- parts and conversions

    def date(self):
        """The date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """The time part, naive."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """The time part, with the same tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        """Offset from UTC (None when naive)."""
        if self._tzinfo is None:
            return None
        return _checked_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """DST offset (None when naive)."""
        if self._tzinfo is None:
            return None
        return _checked_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """Time zone name (None when naive)."""
        if self._tzinfo is None:
            return None
        return _checked_tzname(self._tzinfo.tzname(self))

    def timetuple(self):
        """time.struct_time of the local date and time."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute,
                            self._second, flag)

    def utctimetuple(self):
        """time.struct_time in UTC."""
        off = self.utcoffset()
        dt = self - off if off else self
        return _struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, 0)

    def _local_seconds(self):
        """POSIX seconds of this naive local time (honouring fold in gaps and folds)."""
        def local(u):
            tm = _time.localtime(u)
            return (datetime(*tm[:6]) - _NAIVE_EPOCH) // timedelta(0, 1)
        t = (self - _NAIVE_EPOCH) // timedelta(0, 1)
        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (86400 if self._fold else -86400)
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        if local(u2) == t:
            return u2
        if t1 == t:
            return u1
        return (min if self._fold else max)(u1, u2)

    def timestamp(self):
        """POSIX timestamp as a float."""
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_zone(self):
        if self._tzinfo is None:
            secs = self._local_seconds()
        else:
            secs = (self - _EPOCH) // timedelta(seconds=1)
        tm = _time.localtime(secs)
        return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)

    def astimezone(self, tz=None):
        """The same instant in time zone tz (the local zone by default)."""
        if tz is None:
            tz = self._local_zone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        own = self._tzinfo
        if own is None:
            own = self._local_zone()
            off = own.utcoffset(self)
        else:
            off = own.utcoffset(self)
            if off is None:
                own = self.replace(tzinfo=None)._local_zone()
                off = own.utcoffset(self)
        if tz is own:
            return self
        return tz.fromutc((self - off).replace(tzinfo=tz))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """A datetime with the given fields replaced."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # -- text

    def ctime(self):
        """Date and time in the style of time.ctime()."""
        return (f"{_DAY_ABBR[self.weekday()]} {_MONTH_ABBR[self._month]} {self._day:2d} "
                f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}")

    def isoformat(self, sep="T", timespec="auto"):
        """YYYY-MM-DDTHH:MM:SS.ffffff+HH:MM (fraction and offset only when present)."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not "
                            f"{type(sep).__name__}")
        return (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _time_text(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _offset_text(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        cls = type(self)
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        args = ", ".join(map(str, fields))
        if self._tzinfo is not None:
            args += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            args += ", fold=1"
        return f"{cls.__module__}.{cls.__qualname__}({args})"

    # -- comparison and arithmetic

    def _naive_us(self):
        return (self.toordinal() * _US_PER_DAY
                + ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND
                + self._microsecond)

    def _compare(self, other, for_eq):
        if self._tzinfo is other._tzinfo:
            a, b = self._naive_us(), other._naive_us()
        else:
            oa, ob = self.utcoffset(), other.utcoffset()
            if for_eq:
                # times that are ambiguous in their own zone never compare equal
                if oa != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if ob != other.replace(fold=not other._fold).utcoffset():
                    return 2
            if oa == ob:
                a, b = self._naive_us(), other._naive_us()
            elif oa is None or ob is None:
                if for_eq:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            else:
                a = self._naive_us() - oa._us
                b = other._naive_us() - ob._us
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def _order(self, other, test):
        if isinstance(other, datetime):
            return test(self._compare(other, False))
        if isinstance(other, date):
            raise TypeError(f"can't compare {_tp_name(self)} to {_tp_name(other)}")
        return NotImplemented

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._naive_us() + other._us
        days, rest = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(rest, _US_PER_SECOND)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        y, m, d = _from_ordinal(days)
        return type(self).combine(date(y, m, d), time(hh, mm, ss, us, tzinfo=self._tzinfo))

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        base = timedelta._make(self._naive_us() - other._naive_us())
        if self._tzinfo is other._tzinfo:
            return base
        oa, ob = self.utcoffset(), other.utcoffset()
        if oa == ob:
            return base
        if oa is None or ob is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + ob - oa

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._state()[0])
            else:
                day_us = ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND
                self._hashcode = hash(timedelta._make(self.toordinal() * _US_PER_DAY + day_us
                                                      + self._microsecond) - off)
        return self._hashcode

    def _state(self, protocol=3):
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        us = self._microsecond
        raw = bytes([self._year // 256, self._year % 256, month, self._day, self._hour,
                     self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255])
        return (raw,) if self._tzinfo is None else (raw, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return type(self), self._state(protocol)

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_NAIVE_EPOCH = datetime(1970, 1, 1)


class timezone(tzinfo):
    """A fixed offset from UTC: timezone(offset[, name])."""

    __slots__ = ("_offset", "_name")
    _unset = object()

    def __new__(cls, offset, name=_unset):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            f"not {type(offset).__name__}")
        if name is cls._unset:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -_DAY < offset < _DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             f"not {offset!r}.")
        return cls._new(offset, name)

    @classmethod
    def _new(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        cls = type(self)
        if self._name is None:
            return f"{cls.__module__}.{cls.__qualname__}({self._offset!r})"
        return f"{cls.__module__}.{cls.__qualname__}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if not (dt is None or isinstance(dt, datetime)):
            raise TypeError(f"{what}() argument must be a datetime instance or None")

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _offset_text(self._offset)

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = UTC = timezone._new(timedelta(0))
timezone.min = timezone._new(-timedelta(hours=23, minutes=59))
timezone.max = timezone._new(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
