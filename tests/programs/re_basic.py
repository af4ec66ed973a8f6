# re: match objects, groups, named groups, flags
import re

m = re.match(r'(a)(b)?', 'ac')
print(m, m.groups(), m.groups('-'), m.lastindex, m.lastgroup)
m = re.search(r'(?P<x>\d+)-(?P<y>\d+)', 'tel 12-34 x')
print(m.group(), m.groups(), m.groupdict(), m.span('y'), m.lastgroup, m.lastindex, m.regs)
print(m['x'], m[2], m.group(1, 'y', 0), m.start(), m.end(1), m.pos, m.endpos, m.string, m.re)
for bad in (3, 'z', -1, 1.5, None):
    try:
        m.group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(bool(m), re.match('x', 'y'))
p = re.compile(r'(?i)hello\s+(world)?', re.M)
print(p, p.flags, p.groups, p.groupindex, p.pattern)
print(re.compile(r'(?P<a>x)(?P<b>y)').groupindex)
print(p.match('HeLLo  '), p.search('xx hello world'), p.fullmatch('hello world'))
print(re.compile('a', re.I | re.M | re.S), re.compile(b'a', re.L), re.compile('a', re.A | re.X))
print(re.compile('a', re.U), re.compile(b'a'), re.compile('x' * 300)[0:0] if False else repr(re.compile('x' * 300))[-30:])
print(re.I | re.M, re.NOFLAG, re.IGNORECASE, ~re.I, re.RegexFlag(512), re.A.value)
print(re.compile('a').match('ba', 1), re.compile('a').match('ba', 1, 1), re.compile('').match('abc', 2, 1))
m = re.compile('').match('abc', 2, 1)
print(m.pos, m.endpos)
print(re.compile('x*').search('abc', -5, 100).span())
print(re.match('(a)|(b)', 'b').span(1), re.match('(a)|(b)', 'b').regs)
print(re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist').group(0, 1, 2))
print(re.match('.', '\U0001F600x').group(), re.search('x', '\U0001F600x').span())
print(re.match(b'(a)(b)', bytearray(b'abc')).group(1, 2), re.match(b'a', memoryview(b'ab')).group())
print(repr(re.match('a', 'a' * 100 + 'b')) if False else re.match('a+', 'a' * 100))
for x in [re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile('b')]:
    print(x)
print(hash(re.compile('ab')) == hash(re.compile('ab')))
print(re.compile('a').match('a').__class__, type(re.compile('a')))
import copy
p = re.compile('x+', re.I)
print(copy.copy(p) is p, copy.deepcopy(p) is p)
m = p.match('XX')
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.Pattern[str], re.Match[bytes])
