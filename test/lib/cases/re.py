import re
import random
def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        return r
    except Exception as e: return (type(e).__name__, str(e))
def show(m):
    return None if m is None else (m.span(), m.groups(), m.lastindex, m.lastgroup)
# --- basics
re.match('ab', 'abc'), re.search('(?P<x>b)', 'abc').groupdict(), re.findall(r'\d+', 'a1b22c333'), re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2'), re.split(r'\W+', 'a, b; c'), re.split(r'(,)', 'a,b'), re.findall('', 'ab'), re.sub('x*', '-', 'abxd'), [m.span() for m in re.finditer(r'\b', 'ab cd')]
re.compile('a+', re.I | re.M), re.compile(b'x', re.L), re.compile('x', re.A | re.X), re.I | re.M, str(re.I), re.NOFLAG, re.I | 512, re.compile('a').flags, re.compile(b'a').flags, re.compile('x' * 300), re.IGNORECASE.value, re.RegexFlag.DOTALL
m = re.search(r'(?P<first>\w+) (?P<last>\w+)?(x)?', 'Jane Doe!')
m, m.group(), m.group(0, 1, 'last'), m['first'], m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0), m.start(2), m.end('last'), m.span(3), m.lastindex, m.lastgroup, m.re, m.string, m.pos, m.endpos, m.regs, m.expand(r'\2, \g<first>\n'), bool(m)
m.group(4)
m.group('nope')
m.start(-1)
p = re.compile(r'(\d+)-(\d+)')
p.pattern, p.flags, p.groups, p.groupindex, p.search('x 12-34 y', 3), p.match('12-34', 1), p.fullmatch('12-34'), p.fullmatch('12-345', 0, 5), p.findall('1-2 3-4'), p.sub(r'\2-\1', '1-2 3-4'), p.subn('', '1-2'), p.split('a1-2b3-4c'), p.split('a1-2b3-4c', 1)
p == re.compile(r'(\d+)-(\d+)'), hash(p) == hash(re.compile(r'(\d+)-(\d+)')), re.compile(p) is p, re.purge()
re.compile(p, re.I)
re.compile(5)
re.search('a', b'a')
re.search(b'a', 'a')
re.search('a', 5)
re.escape('a.b*c ~#&-x'), re.escape(b'a.b\x00'), re.escape('é\n')
# --- syntax errors
bad = ['(', ')', 'a)', '*', 'a**', 'a{2}{3}', '[', '[z-a]', '\\q', '(?<x>a)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '\\2(a)', '(?<=a*)', '(?P=b)', '(?x', 'a(?i)b', '(?z)', '{', 'a{3,2}', '(?(1)a|b|c)', '(?P<', '[\\d-z]', '\\', '(?#abc', 'x{1,a}', '(a)(?(2)x)', '[a', '(?P>x)', '(?<!a+)b', '\\x1', '\\u12', '(?i', '(?-i)', '(?im-s:a)', '+a', 'a|*', '(?:', '\\8', '\\10', '[\\A]', '(?i)(?m)a', 'a|(?i)b', '(?au)', '(?L)', '(?-x:a)', '(?i-i:a)', '(?P<a', '(?P<a>', '(?P=a)', '(a)(?P=1)', '(?(a)b)', '(?(1)b)', '(?(x y)b)', '((?(2)a)(b))', '(?<=a|bc)', '(?<=(a))\\1', '(a)\\1', '(a\\1)', '[a-\\d]', '[]', '[^]', '\\777', '\\U00110000', '(?#x)a', '(?i:a', 'x{2,}?+', 'a*+', 'a++', '(?>a', '\\b*', '^*', '$+', '\\A?', '(?=a)*', 'a{,3}', '(?a)(?u)', 'a\n(', '[\\w-a]', '(?P<a>)(?P=a', '\\g', '(?', 'a{1', 'a{99999999999}']
[attempt(re.compile, p) for p in bad]
[attempt(re.compile, p) for p in [b'\\u1234', b'(?u)', b'(?L)a', b'[\\N{X}]']]
e = attempt(re.compile, 'ab\n(c')
try:
    re.compile('ab\n(c')
except re.error as err:
    err.msg, err.pos, err.lineno, err.colno, err.pattern, str(err)
# --- sub templates
[attempt(re.sub, '(a)(?P<n>b)', t, 'xab') for t in [r'\1\2', r'\g<n>\g<1>\g<0>', r'\3', r'\g<x>', r'\g<1a>', r'\g<', r'\g<n', r'\q', '\\', r'\n\t\\', r'\0', r'\012', r'\08', r'\400', r'\&', r'\g<-1>', r'\g<>']]
re.sub('(a)|b', r'[\1]', 'ab'), re.sub(b'a', b'\\n', b'xa'), re.sub(b'(a)', lambda m: m.group(1) * 2, b'aa'), re.sub('a', 'b', 'aaa', count=2), re.subn('(?=x)', '-', 'xx')
re.sub('a', 5, 'a')
re.sub('a', lambda m: 5, 'a')
# --- semantics
[show(re.search(p, s)) for p, s in [(r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(a*)*', 'b'), (r'(a*)+', 'b'), (r'(a|b)*', 'ab'), (r'(?:(a)|b)+', 'ab'), (r'(a)|(b)', 'b'), (r'((a)|b)+', 'ab'), (r'x*y*z', 'xxyyz'), (r'(.*)(\d+)', 'abc123'), (r'(.*?)(\d+)', 'abc123'), (r'(a+?)(a*)', 'aaa'), (r'\bfoo\b', 'a foo b'), (r'(?i)[a-c]+', 'xBCaD'), (r'(?i)Ä', 'ä'), (r'[\u0400-\u04ff]+', 'abcЖЗИ'), (r'(?a)\w+', 'héllo'), (r'\w+', 'héllo'), (r'\d', '٣'), (r'(?a)\d', '٣'), (r'\s+', 'a\x1c\u2003b'), (r'(?s).+', 'a\nb'), (r'.+', 'a\nb'), (r'^b', 'a\nb'), (r'(?m)^b', 'a\nb'), (r'a$', 'a\n'), (r'a\Z', 'a\n'), (r'(?m)a$', 'a\nb'), (r'(a)(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'), (r'(?<!a)b', 'ab cb'), (r'(?<=ab)c', 'abc'), (r'(?=(a+))a*b', 'aaab'), (r'(?!a)\w', 'ab'), (r'(a)\1', 'aa'), (r'(?i)(a)\1', 'aA'), (r'(?P<x>.)(?P=x)', 'abccd'), (r'a{2}', 'aaa'), (r'a{2,}', 'aaaa'), (r'a{,2}', 'aaaa'), (r'a{0}b', 'ab'), (r'[]]', ']'), (r'[^]a]', ']b'), (r'[a-]', '-'), (r'[\]]', ']'), (r'[.*+?]+', 'x.*+?'), (r'\.\*', 'a.*'), (r'\x41\101\u0042', 'AAB'), (r'[\x00-\x1f]', 'a\x01'), (r'(?x) a b # comment\n c', 'abc'), (r'(?x)[ ]a', ' a'), (r'(?i:A)a', 'aa'), (r'(?i:A)a', 'aA'), (r'a(?-i:B)', 'AB'), (r'(?>a|ab)c', 'abc'), (r'a*+a', 'aaa'), (r'(?:a|b)*+c', 'ababc'), (r'\Ba\B', 'bab'), (r'', ''), (r'$', ''), (r'^', 'x')]]
[(re.findall(p, s), re.split(p, s), re.sub(p, '-', s)) for p, s in [('', 'abc'), ('x*', 'axbxx'), (r'\b', 'ab cd'), ('(?=b)', 'abab'), ('a|', 'aba'), ('(a)|(b)', 'abc'), (r'(\w)(\w)?', 'abc'), ('^', 'a\nb'), ('(?m)^', 'a\nb'), ('$', 'a\nb\n'), ('(?m)$', 'a\nb\n')]]
[m.span() for m in re.finditer(r'\w*', 'ab cd')], [m.span() for m in re.compile('a').finditer('aaaa', 1, 3)], re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1), re.compile(r'\b').findall('ab', 1)
re.match(b'(?i)\xe9', b'\xc9'), re.match('(?i)\xe9', '\xc9'), re.findall(rb'\d\s\w', b'1 a2\tb'), re.search(b'[\xe0-\xef]', b'ab\xe5').span(), re.sub(rb'(\w)', rb'\1\1', b'ab'), re.split(b',', b'a,b'), re.findall(b'', b'ab')
# --- fuzz: random patterns against random subjects
rng = random.Random(21)
atoms = ['a', 'b', '.', r'\w', r'\d', '[ab]', '[^a]', r'\b', '^', '$', '(a)', '(?:ab)', '(a|b)', '(?P<g>b)', 'x']
quants = ['', '', '', '*', '+', '?', '*?', '+?', '{1,2}', '{2}', '??']
def rpat(depth=0):
    parts = []
    for _ in range(rng.randrange(1, 4)):
        a = rng.choice(atoms)
        if depth < 2 and rng.random() < 0.2:
            a = '(' + rpat(depth + 1) + ')'
        q = rng.choice(quants)
        if a in ('\\b', '^', '$'):
            q = ''
        parts.append(a + q)
    p = ''.join(parts)
    if rng.random() < 0.2:
        p = p + '|' + rpat(depth + 1) if depth < 2 else p
    return p
pats = [rpat() for _ in range(250)]
subjects = [''.join(rng.choice('aabx1 ') for _ in range(rng.randrange(7))) for _ in range(12)]
def run_pat(p):
    try:
        c = re.compile(p)
    except Exception as e:
        return (type(e).__name__, str(e))
    return [(show(c.search(s)), show(c.match(s)), c.findall(s), c.sub('-', s)) for s in subjects]
[run_pat(p) for p in pats]
