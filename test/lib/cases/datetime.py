import datetime as D
from datetime import date, time, datetime, timedelta, timezone, tzinfo
import random, copy, pickle
def attempt(f, *a, **k):
    try: return f(*a, **k)
    except Exception as e: return (type(e).__name__, str(e))
# --- timedelta
timedelta(1.5, 3.25, 7.7), timedelta(days=-1, seconds=5), str(timedelta(days=-1, seconds=5)), str(timedelta(microseconds=1)), timedelta(microseconds=-1), abs(timedelta(-1)), timedelta(0.5 / 86400 / 1e6), timedelta(seconds=0.0000015), timedelta(weeks=1, hours=-1, minutes=0.5, milliseconds=1.5), timedelta()
[attempt(timedelta, *a) for a in [(1e10,), (10**9,), (-10**9,), ('1',), (0, 0, 0, 0, 0, 0, 1.5), (float('nan'),), (float('inf'),)]]
timedelta(1) * 1.5, timedelta(1) / 3, timedelta(1) // timedelta(hours=5), divmod(timedelta(1), timedelta(hours=5)), timedelta(1) % timedelta(hours=5), timedelta(1) / timedelta(hours=5), timedelta(1) // 7, timedelta(7) / 2.5, 2 * timedelta(3), -timedelta(1, 2, 3), +timedelta(4), timedelta(1) - timedelta(seconds=1)
timedelta(1) / 0
timedelta.min, timedelta.max, timedelta.resolution, timedelta.max + timedelta.resolution if False else None, timedelta(1).total_seconds(), timedelta(microseconds=123456789).total_seconds()
timedelta.max + timedelta(1)
hash(timedelta(1)) == hash(timedelta(hours=24)), timedelta(1) == timedelta(hours=24), timedelta(1) < timedelta(2), timedelta(1) == 1, bool(timedelta(0)), copy.deepcopy(timedelta(3, 4, 5)), pickle.loads(pickle.dumps(timedelta(3, 4, 5))) if False else timedelta(3, 4, 5).__reduce__()
rng = random.Random(2)
[timedelta(rng.uniform(-1e4, 1e4), rng.uniform(-1e6, 1e6), rng.uniform(-1e9, 1e9), rng.choice([0, 1.5, -2.25]), rng.uniform(-100, 100), rng.choice([0, 0.1, 7]), rng.choice([0, 1, -0.5])) for _ in range(300)]
[str(timedelta(microseconds=rng.randrange(-10**14, 10**14))) for _ in range(100)]
[timedelta(microseconds=rng.randrange(-10**12, 10**12)) * rng.uniform(-5, 5) for _ in range(100)]
[timedelta(microseconds=rng.randrange(-10**12, 10**12)) / rng.choice([3, 7, -11, 2.5, 0.3]) for _ in range(100)]
# --- date
d = date(2020, 2, 29)
d, str(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, d.toordinal(), d.ctime(), d.isoformat(), d.timetuple(), d.replace(year=2021, day=28), d + timedelta(1), d - timedelta(400), d - date(2000, 1, 1), date.fromordinal(737850), date.min, date.max, date.resolution
[attempt(date, *a) for a in [(2020, 2, 30), (0, 1, 1), (2020, 13, 1), (10000, 1, 1), (2020, 1, 0), (2020.0, 1, 1), ('2020', 1, 1), (2021, 2, 29)]]
date.max + timedelta(1)
date.fromordinal(0)
d == date(2020, 2, 29), d < date(2021, 1, 1), d == datetime(2020, 2, 29), hash(d) == hash(date(2020, 2, 29)), d.__reduce__(), copy.copy(d)
d < datetime(2020, 1, 1)
[date.fromisoformat(s) for s in ['2020-01-02', '20200102', '2020-W01-3', '2020W013', '2020-W53', '2020W53']]
[attempt(date.fromisoformat, s) for s in ['2020-1-02', '2020-01-32', '20201', '2020-W54', '2021-W53-1', '2020-W01-8', 'abcdefgh', '2020-01-02T00', 5, '']]
date.fromisocalendar(2020, 53, 5), attempt(date.fromisocalendar, 2021, 53, 1), attempt(date.fromisocalendar, 0, 1, 1), attempt(date.fromisocalendar, 2020, 1, 0)
d.strftime('%Y %j %a %b %d %%'), format(d, '%d/%m'), format(d, ''), f'{d:%A}'
d.strftime(5)
[(date.fromordinal(n).isocalendar(), date.fromordinal(n).weekday()) for n in [rng.randrange(1, 3652059) for _ in range(300)]]
[(x, date(*x).toordinal()) for x in [(rng.randrange(1, 10000), rng.randrange(1, 13), rng.randrange(1, 29)) for _ in range(200)]]
# --- time
t = time(12, 30, 15, 500, tzinfo=timezone.utc)
t, str(t), t.isoformat('milliseconds'), t.isoformat('hours'), t.isoformat('minutes'), t.utcoffset(), t.tzname(), t.dst(), time(), time(1, 2), time(1, 2, 3), time(12, fold=1), t.replace(hour=1, tzinfo=None), time.min, time.max
[attempt(time, *a) for a in [(25,), (0, 60), (0, 0, 60), (0, 0, 0, 10**6), (-1,), (1.5,)]]
attempt(time, 1, fold=2), attempt(time, 1, tzinfo=5), attempt(t.isoformat, 'bogus')
[time.fromisoformat(s) for s in ['12', '12:30', '1230', '12:30:15', '123015', '12:30:15.5', '12:30:15,123456789', '12:30:15+05:30', '12:30:15Z', 'T12:30', '12:30:15.123-0100', '12:30:15+00:00']]
[attempt(time.fromisoformat, s) for s in ['1', '12:3', '12:30:1', '25:00', '12:30+5', '12-30', 'x', '12:30:15.']]
time(1) < time(2), time(1, tzinfo=timezone.utc) == time(2, tzinfo=timezone(timedelta(hours=1))), time(1) == time(1, tzinfo=timezone.utc), hash(time(1)) == hash(time(1, fold=1)), hash(time(3, tzinfo=timezone(timedelta(hours=1)))) == hash(time(2, tzinfo=timezone.utc))
time(1) < time(1, tzinfo=timezone.utc)
t.strftime('%H:%M:%S.%f %z %Z'), format(time(7, 8), '%I %p'), time(1, 2).__reduce__()
# --- datetime
dt = datetime(2020, 1, 2, 3, 4, 5, 6, timezone.utc)
dt, str(dt), repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)), dt.date(), dt.time(), dt.timetz(), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.timestamp(), dt.utcoffset(), dt.ctime(), dt.timetuple(), dt.utctimetuple(), dt.replace(tzinfo=None), dt.astimezone(timezone(timedelta(hours=-5))), datetime.min, datetime.max, datetime(2020, 5, 17, 1, 2, 3).ctime()
[datetime.fromisoformat(s) for s in ['2020-01-02', '2020-01-02T03:04:05.123+05:30', '2020-01-02 03:04', '20200102T030405', '2020-W01-1T10:00', '2020W011T10', '2011-11-04T00:05:23.283+00:00', '2011-11-04 00:05:23Z', '2020-01-02x10']]
[attempt(datetime.fromisoformat, s) for s in ['2020-01', '2020-01-02T', '2020-01-02T25', '2020-01-02T10:00+', 'junkjunkjunk', '2020-W01-', '2020-01-02T10:00:00.1234567890', 5]]
datetime(2020, 1, 1) + timedelta(days=1, hours=25), datetime(2020, 3, 1) - timedelta(1), datetime(2020, 3, 1) - datetime(2020, 2, 1, 12), dt - datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=2))), timedelta(1) + datetime(2020, 1, 1)
datetime(2020, 1, 1) - dt
datetime.max + timedelta(microseconds=1)
datetime(2020, 1, 1) == date(2020, 1, 1), datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=timezone.utc), dt == dt.astimezone(timezone(timedelta(hours=3))), hash(dt) == hash(dt.astimezone(timezone(timedelta(hours=3)))), hash(datetime(2020, 1, 1)) == hash(datetime(2020, 1, 1, fold=1)), dt > datetime(2019, 1, 1, tzinfo=timezone.utc)
datetime(2020, 1, 1) < dt
datetime(2020, 1, 1) < date(2020, 1, 1)
datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=timezone.utc)), datetime.combine(date(2020, 1, 1), time(1), tzinfo=timezone.utc), attempt(datetime.combine, 1, time())
datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1.5, timezone(timedelta(hours=1))), datetime.utcfromtimestamp(86400.25), datetime.fromtimestamp(1e9).timestamp(), datetime(2020, 6, 1).timestamp(), datetime.fromtimestamp(1234567890.5) == datetime.fromtimestamp(1234567890.5), datetime.utcfromtimestamp(-1.5)
dt.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %j'), datetime(2020, 1, 1, 12, 30).strftime('%f %z %Z %H'), format(dt, '%B'), dt.__reduce__(), copy.deepcopy(dt)
# --- timezone / tzinfo
timezone(timedelta(hours=5, minutes=30)), str(timezone(timedelta(hours=-5))), timezone(timedelta(hours=1), 'CET'), str(timezone(timedelta(seconds=-1))), str(timezone(timedelta(microseconds=1))), timezone.utc, timezone(timedelta(0)) is timezone.utc, timezone.min, timezone.max, D.UTC is timezone.utc, timezone(timedelta(hours=2)) == timezone(timedelta(hours=2), 'x'), timezone(timedelta(hours=2)).__getinitargs__()
[attempt(timezone, *a) for a in [(timedelta(hours=24),), (1,), (timedelta(1), 'x'), (timedelta(0), 5), (-timedelta(hours=24),)]]
timezone.utc.utcoffset(None), timezone.utc.dst(dt), attempt(timezone.utc.utcoffset, 5), attempt(timezone.utc.fromutc, datetime(2020, 1, 1))
class Fixed(tzinfo):
    def __init__(self, h): self.h = h
    def utcoffset(self, dt): return timedelta(hours=self.h)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return f'F{self.h}'
f = Fixed(3)
datetime(2020, 1, 1, tzinfo=f), datetime(2020, 1, 1, tzinfo=f).astimezone(timezone.utc), datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(f), datetime(2020, 1, 1, tzinfo=f).strftime('%z %Z'), time(1, tzinfo=f).isoformat()
class Bad(tzinfo):
    def utcoffset(self, dt): return 5
datetime(2020, 1, 1, tzinfo=Bad()).utcoffset()
tzinfo().utcoffset(None)
D.MINYEAR, D.MAXYEAR, sorted(D.__all__)
# --- strptime
[attempt(datetime.strptime, s, f) for s, f in [('2020-01-02', '%Y-%m-%d'), ('x', '%Y'), ('2020-01-02 extra', '%Y-%m-%d'), ('2020', '%Q'), ('2020', '%Y%'), ('Mon Jan  6 10:00:00 2020', '%c'), ('12/31/99', '%x'), ('23:59:58', '%X'), ('2020 52 0', '%Y %U %w'), ('2020 52 1', '%Y %W %w'), ('2021 0 3', '%Y %U %w'), ('2020 1 1', '%G %V %u'), ('2020 1', '%G %V'), ('2020 1 1', '%Y %V %u'), ('2020 100', '%Y %j'), ('+0530', '%z'), ('-01:30:15.5', '%z'), ('Z', '%z'), ('UTC', '%Z'), ('10 PM', '%I %p'), ('12 am', '%I %p'), ('  5', '%d'), ('2020-02-30', '%Y-%m-%d'), ('Feb 29', '%b %d'), ('1.5', '%S.%f'), ('March 3 68', '%B %d %y'), ('friday 69', '%A %y'), ('2020-05-05T10:11:12.000123+0200', '%Y-%m-%dT%H:%M:%S.%f%z'), ('5 5', '%d %d'), ('5 6', '%d %d'), ('2020\t01', '%Y %m'), ('1/2/3', '%m/%d/%y'), ('2020 366', '%Y %j'), ('2019 366', '%Y %j'), ('sun 2020 0', '%a %Y %W')]]
attempt(datetime.strptime, 5, '%Y'), attempt(datetime.strptime, '2020', 5)
import time as time_mod
time_mod.strptime('2020 100', '%Y %j'), time_mod.strptime('Tue Mar  3 01:02:03 2020')
