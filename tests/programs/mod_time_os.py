# time (fixed instants, UTC) and os / os.path on the program's own folder.
import time, os, os.path, errno

t = time.gmtime(1234567890)
print(t, t.tm_year, t[0:3], time.strftime('%Y-%m-%d %H:%M:%S %a %b %j', t), time.asctime(t))
print(time.gmtime(0).tm_zone, type(time.time()), time.monotonic() <= time.monotonic())
try:
    time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(e)
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.basename(__file__), os.path.isdir(here), os.path.isfile(__file__), os.path.exists(os.path.join(here, 'nope')))
print(os.path.splitext('archive.tar.gz'), os.path.normpath('a//b/../c/.'), os.path.join('a', 'b', 'c.txt'), os.sep, os.name)
print('mod_time_os.py' in os.listdir(here), os.stat(__file__).st_size > 0, errno.errorcode[errno.ENOENT])
try:
    os.stat(os.path.join(here, 'does-not-exist'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
