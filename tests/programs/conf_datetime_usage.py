import datetime as dt
d = dt.date(2024, 2, 28)
print(d, repr(d), d + dt.timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat(), d.strftime("%Y/%m/%d %a %b %j"), d.replace(day=1), d.toordinal())
t = dt.datetime(2023, 12, 31, 23, 59, 30, 123456)
print(t, repr(t), t + dt.timedelta(seconds=45), t.date(), t.time(), t.isoformat(), t.strftime("%H:%M:%S.%f %p"), t.timestamp() if False else "")
delta = dt.datetime(2024, 3, 1) - dt.datetime(2024, 2, 1, 12)
print(delta, repr(delta), delta.days, delta.seconds, delta.total_seconds(), -delta, abs(-delta), delta * 2, delta / 3, delta // dt.timedelta(hours=1))
print(dt.timedelta(weeks=1, days=1, hours=25, minutes=61, seconds=3661, milliseconds=1500), dt.timedelta(microseconds=-1), dt.timedelta(0))
print(dt.date.fromisoformat("2020-01-15"), dt.datetime.fromisoformat("2021-06-01T10:20:30"), dt.date(2020, 1, 1) < dt.date(2020, 1, 2), max(dt.date(1999, 1, 1), d))
print(dt.datetime.strptime("2022-03-04 05:06", "%Y-%m-%d %H:%M"), dt.time(13, 5), dt.time(1, 2, 3, 4).isoformat(), dt.date.min, dt.date.max, dt.timedelta.max)
for bad in [lambda: dt.date(2023, 2, 29), lambda: dt.date(2023, 13, 1), lambda: dt.time(25)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
a = dt.datetime(2024, 1, 1, 12, tzinfo=tz)
print(a, a.utcoffset(), a.tzname(), a.astimezone(dt.timezone.utc), dt.timezone.utc, repr(dt.timezone(dt.timedelta(hours=-3))))
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1), dt.date(2020, 1, 1)]), {dt.date(2020, 1, 1): "x"}[dt.date(2020, 1, 1)])
print(f"{d:%d.%m.%Y}", format(t, "%Y"), "{:%H}".format(t), str(dt.date(1, 1, 1)), dt.date(2000, 1, 1).isocalendar())
