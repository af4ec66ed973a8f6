# re: error messages, re.error attributes, type errors, warnings
import re
import warnings

bad = ['a(b', '(?P<1>x)', '*a', 'a**', '[a-', '[z-a]', '(?<=a+)b', r'\8', '(?P=n)', 'x{2,1}',
       '(?', '(?i', 'a)', '(?P<a>x)(?P<a>y)', r'\p', '[\\d-z]', '(?<!a|bc)', 'a\n(b', 'a\n\n  [',
       '(?z)', '(?-i:a', '(?iu)x', '(?(x)a)', '(?#abc', '(?P', '(?P<', r'\x1', r'\u12', '(?<', '{1,2}' * 0 + 'x{70000000000}']
for p in bad:
    try:
        re.compile(p)
        print('ok', repr(p))
    except re.error as e:
        print('error:', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    re.compile(b'(')
except re.error as e:
    print(e, e.pattern, e.lineno)
for call in [lambda: re.compile(3), lambda: re.match('a', 3), lambda: re.match('a', b'a'),
             lambda: re.match(b'a', 'a'), lambda: re.compile(re.compile('a'), re.I),
             lambda: re.sub('a', r'\3', 'a'), lambda: re.sub('a', r'\g<x>', 'a'),
             lambda: re.sub('a', r'\g<1x>', 'a'), lambda: re.sub('a', '\\', 'a'),
             lambda: re.sub('a', r'\q', 'a'), lambda: re.compile('a', re.A | re.U),
             lambda: re.compile(b'a', re.U), lambda: re.compile('a', re.L),
             lambda: re.match('(a)', 'a').group(2), lambda: re.match('(a)', 'a').start('q'),
             lambda: re.match('a', 'a').expand(r'\1'), lambda: re.compile('a').split('b', 'x')]:
    try:
        print('ok', call())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(re.error('m'), re.error('m', 'pat', 1), re.error('m', 'a\nb', 2).lineno, re.error.__module__)
print(issubclass(re.error, Exception), re.error('x').pos)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    re.compile('[[a]')
    re.compile('[a-a--b]') if False else re.compile('[a|]|x')
    re.compile('[a&&b]')
    re.compile('[a~~b]')
    re.compile('[a||b]')
    for x in w:
        print(x.category.__name__, x.message)
for pat, repl, s in [('a', 5, 'a'), ('a', b'x', 'a'), ('a', b'x', 'ba'), ('a', b'x', 'zz'), (b'a', 'x', b'a'),
                     (b'a', 5, b'a'), ('a', bytearray(b'x'), 'a'), (b'a', bytearray(b'x'), b'a'),
                     (b'a', memoryview(b'x'), b'a'), ('a', None, 'a')]:
    try:
        print(repr(re.sub(pat, repl, s)))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(repr(re.match(pat, s).expand(repl)))
    except Exception as e:
        print(type(e).__name__, e)
print(re.compile('a').groupindex, re.compile('(?P<n>a)').groupindex)
