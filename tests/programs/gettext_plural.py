# gettext.c2py: C plural-form expressions, their values and their errors.
import gettext
import warnings

RULES = [
    'n != 1',
    'n>1',
    '0',
    'n==1 ? 0 : n==2 ? 1 : 2',
    'n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2',
    'n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5',
    '(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2',
    'n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3',
    '!n', '!!n', '!n == 1', '1 < n < 3', 'n < 3 == 1', 'n || 5', 'n && 7',
    'n / 2', 'n % 3 + n * 2 - 1', '(n)', '((n + 1) * (n - 1))', 'n ? n : 9', '007 + n',
    'n>=2 ? n<=4 ? 1 : 2 : 0', 'n == 1 ? 0 : 1 ? 2 : 3',
]
for rule in RULES:
    f = gettext.c2py(rule)
    print(repr(rule), [f(n) for n in (-3, -1, 0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 100, 101, 111)])

BAD = [
    '', 'n ! 1', '(n', 'n)', 'n +', 'n ? 1', 'n ? 1 : ', 'foo', 'n n', '-n', 'n = 1', 'n & 1',
    'n | 1', 'nn', '1n', 'n\n', 'n\r', 'N', 'n ? : 1', '()', 'n == !1', '1 / !n', 'n' * 1001,
    '(' * 21 + 'n' + ')' * 21, '(' * 20 + 'n' + ')' * 20, '(' * 30 + 'n', 'n' + '<1' * 25,
]
for rule in BAD:
    try:
        f = gettext.c2py(rule)
        print(repr(rule[:40]), 'ok', f(3))
    except (ValueError, SyntaxError) as e:
        print(repr(rule[:40]), type(e).__name__, e)

f = gettext.c2py('n / 0')
try:
    f(1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

f = gettext.c2py('n != 1')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(f(1.0), f(2.5), f(True))
for w in caught:
    print(w.category.__name__, w.message)
for bad in ('1', None, [1]):
    try:
        f(bad)
    except TypeError as e:
        print('TypeError', e)

# Deep nesting (input is at most 1000 characters): errors, never RecursionError.
for e in ('(' * 499 + 'n' + ')' * 499, '(' * 499 + 'n', '!(' * 333 + 'n' + ')' * 333,
          'n?' * 249 + '1' + ':1' * 249, '1+(' * 250 + 'n' + ')' * 250, '!' * 999 + 'n'):
    e = e[:1000]
    try:
        print(len(e), 'ok', gettext.c2py(e)(2))
    except ValueError as x:
        print(len(e), 'ValueError', x)
