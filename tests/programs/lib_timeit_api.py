import timeit

calls = []
def fake_timer():
    calls.append(1)
    return float(len(calls))

t = timeit.Timer('x = 1 + 1', setup='y = 2', timer=fake_timer)
print(t.timeit(number=10), t.repeat(repeat=3, number=5))
counter = []
t2 = timeit.Timer(lambda: counter.append(1), timer=fake_timer)
print(t2.timeit(7), len(counter))
print(timeit.timeit('pass', number=100, timer=fake_timer), timeit.repeat('pass', repeat=2, number=3, timer=fake_timer))
t3 = timeit.Timer('total += i', setup='total = 0\ni = 3', timer=fake_timer)
print(t3.timeit(4))
ns = {'value': 5}
print(timeit.timeit('value * 2', globals=ns, number=3, timer=fake_timer))
for bad in (3, None):
    try:
        timeit.Timer(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    timeit.Timer('return')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    timeit.Timer('x = (')
except SyntaxError as e:
    print('SyntaxError', e.msg)
elapsed = timeit.timeit('sum(range(10))', number=1000)
print(elapsed >= 0, type(elapsed).__name__, timeit.default_timer is __import__('time').perf_counter)
seen = []
number, taken = timeit.Timer('pass', timer=fake_timer).autorange(lambda n, s: seen.append(n))
print(number, taken, seen)
