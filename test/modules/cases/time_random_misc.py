# time (deterministic parts, TZ=UTC), _random (Mersenne Twister streams, seeding, state),
# errno and atexit registration bookkeeping.
import time, _random, errno, atexit

def show(src):
    try:
        r = eval(src)
    except Exception as e:
        return '%s -> %s: %s' % (src, type(e).__name__, e)
    return '%s -> %r' % (src, r)

for t in [0, 1, 86399, 86400, 951782400, 1e9, 1700000000.75, -1, -86401, -1e10, 2**31, 4102444800, 253402300799]:
    print(show('time.gmtime(%r)' % t), show('time.asctime(time.gmtime(%r))' % t), show('time.mktime(time.gmtime(%r))' % t))
    print(show('time.strftime("%%a %%A %%b %%B %%c %%d %%H %%I %%j %%m %%M %%p %%S %%U %%w %%W %%x %%X %%y %%Y %%Z %%z %%%% %%e %%C %%G %%g %%V %%u %%D %%T %%F %%R %%r", time.gmtime(%r))' % t))
for src in ['time.gmtime(1e20)', 'time.gmtime("a")', 'time.gmtime(float("nan"))', 'time.struct_time((1,2,3))',
            'time.struct_time((1,2,3,4,5,6,7,8,9,10,11,12))', 'time.struct_time((2020,1,2,3,4,5,6,7,8))',
            'time.struct_time((2020,1,2,3,4,5,6,7,8)).tm_zone', 'time.struct_time(5)', 'time.strftime("%Y", (1,2))',
            'time.strftime("%Y", (2020,13,1,0,0,0,0,1,0))', 'time.strftime("%Y-%m-%d", (2020,0,0,0,0,0,0,0,0))', 'time.strftime(5)',
            'time.asctime((2020,1,1,0,0,0,0,1,0))', 'time.asctime("x")', 'time.sleep(-1)', 'time.sleep("a")', 'time.sleep(float("nan"))',
            'time.mktime((2020,1,1,0,0,0,0,1,0))', 'time.mktime((2020,1,1,0,0,0,0,1))', 'time.ctime(0)', 'time.ctime("a")',
            'time.gmtime().n_fields', 'time.struct_time.n_sequence_fields', 'time.gmtime(0).__reduce__()', 'time.strftime("%Y", (5,1,1,0,0,0,0,1,0))',
            'time.strftime("%Q %")', 'time.get_clock_info("time")', 'time.get_clock_info("monotonic").monotonic', 'time.get_clock_info("x")',
            'time.timezone, time.altzone, time.daylight, time.tzname', 'time.localtime(0)', 'time.strftime("%Y", (2020,1,1,0,0,61,0,1,0))',
            'time.strftime("%Y", (2020,1,1,0,0,0,7,1,0))', 'time.strftime("%Y", (2020,1,1,0,0,0,0,367,0))', 'time.strftime("%H", (2020,1,1,25,0,0,0,1,0))',
            'time.gmtime(0)[9:]', 'list(time.gmtime(0))', 'time.gmtime(0).tm_gmtoff', 'type(time.time())', 'type(time.time_ns())',
            'time.sleep(0)', 'time.monotonic() <= time.monotonic()', 'time.perf_counter_ns() > 0', 'type(time.process_time())']:
    print(show(src))

print(type(time.clock_gettime(time.CLOCK_MONOTONIC)), type(time.clock_gettime_ns(time.CLOCK_REALTIME)), time.clock_getres(time.CLOCK_REALTIME))
print(show('time.clock_gettime(99)'), abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
r = _random.Random()
for seed in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**100 + 12345, 10**50, 3.5, 'abc', (1, 2), None]:
    if seed is None:
        continue
    try:
        r.seed(seed)
    except Exception as e:
        print('seed', repr(seed), type(e).__name__, e)
        continue
    vals = [r.random() for _ in range(3)] if not isinstance(seed, str) else []
    bits = [r.getrandbits(k) for k in (1, 7, 31, 32, 33, 64, 65, 100)]
    print('seed', repr(seed), vals, bits)
r.seed(7)
st = r.getstate()
print(len(st), st[-1], st[:4])
a = [r.random() for _ in range(700)]
r.setstate(st)
b = [r.random() for _ in range(700)]
print(a == b, a[-1], r.getrandbits(0))
for src in ['r.getrandbits(-1)', 'r.setstate((1, 2))', 'r.setstate(5)', 'r.setstate(tuple([0] * 624 + [625]))', '_random.Random(1, 2)',
            '_random.Random(x=1)', 'r.seed(1, 2)', 'type(r).__name__', '_random.Random(5).random()', 'r.getrandbits(2**40)']:
    print(show(src))
class R(_random.Random):
    def __init__(self, x):
        self.extra = x
print(R(5).random(), R(5).extra)
print(errno.ENOENT, errno.EACCES, errno.errorcode[errno.EEXIST], errno.EWOULDBLOCK == errno.EAGAIN, len(errno.errorcode) > 100)
def f(*a, **k): print('atexit', a, k)
atexit.register(f, 1, x=2)
atexit.register(f, 2)
atexit.unregister(f)
atexit.register(f, 'last-registered-first')
atexit.register(print, 'registered second, runs first')
print(show('atexit.register(5)'), show('atexit.register()'))
