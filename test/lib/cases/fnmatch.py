import fnmatch
from fnmatch import *
import random, re
# --- basics
fnmatch('foo.py', '*.py'), fnmatch('foo.py', '*.txt'), fnmatchcase('FOO.py', 'foo*'), fnmatch('abc', 'a?c'), fnmatch('a\nb', 'a?b'), fnmatch('x', '[!x]'), fnmatch('-', '[a-]'), fnmatch(']', '[]]'), fnmatch('!', '[!]'), fnmatch('[', '['), fnmatch('a[b', 'a[b')
filter(['a.py', 'b.txt', 'c.py', 'd'], '*.py'), filter([], '*'), filter(['x'], '')
fnmatch(b'foo.py', b'*.py'), fnmatchcase(b'\xff', b'[\xf0-\xff]'), filter([b'a', b'b'], b'[a]')
fnmatch('a', b'a')
fnmatch(b'a', 'a')
fnmatch(1, '*')
translate('*.py'), translate('a*b*c'), translate('**'), translate('?'), translate('[abc]'), translate('[!abc]'), translate('[a-z]'), translate('[z-a]'), translate('[!]'), translate('[]'), translate('[]]'), translate('[\\]'), translate('[a-c-e]'), translate('[^x]'), translate('[&&]'), translate('[[]'), translate('a.b+c(d)'), translate('*a*'), translate('[a-]'), translate('[!a-]'), translate('[--]'), translate('[a--c]'), translate('é*')
# --- fuzz against the regex translation
rng = random.Random(5)
pchars = ['*', '?', '[', ']', '!', '-', 'a', 'b', 'c', 'z', '\\', '^', '&', '.', 'é', '\n']
nchars = ['a', 'b', 'c', 'z', '-', ']', '[', '!', '\\', '^', '&', '.', 'é', '\n', 'x']
pats = [''.join(rng.choice(pchars) for _ in range(rng.randrange(7))) for _ in range(600)]
names = [''.join(rng.choice(nchars) for _ in range(rng.randrange(6))) for _ in range(40)]
[translate(p) for p in pats]
[[fnmatchcase(n, p) for n in names] for p in pats]
