"""Random-pattern differential fuzz of lib/re against CPython's re.

Usage: python3 scripts/lib_re_fuzz.py SEED COUNT   (prints the first differences and
"bad N of COUNT"). Each pattern is compiled with a random flag set and run with search,
match, fullmatch, findall, sub and split on 15 random subjects.
"""
import os
import sys, random; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'lib'))
import harness, re as cre
o = harness.Ours(); R = o.load('re')
rng = random.Random(int(sys.argv[1]))
atoms = ['a', 'b', 'A', '.', r'\w', r'\W', r'\d', r'\s', '[ab]', '[^a]', '[a-c]', r'\b', r'\B', '^', '$', '(a)', '(?:ab)', '(a|b)', '(?P<g>b)', 'x', r'\1', '(?=a)', '(?!b)', '(?<=a)', '(?<!b)', '(?i:a)', '(?>a|ab)', '(a)?', '[.]', r'\Z', r'\A', 'é', '[^\\w]']
quants = ['', '', '', '*', '+', '?', '*?', '+?', '{1,2}', '{2}', '??', '*+', '{0,1}?']
def rpat(depth=0):
    parts = []
    for _ in range(rng.randrange(1, 5)):
        a = rng.choice(atoms)
        if depth < 3 and rng.random() < 0.25:
            a = rng.choice(['(', '(?:', '(?P<n%d>' % rng.randrange(9)]) + rpat(depth + 1) + ')'
        q = rng.choice(quants)
        parts.append(a + q)
    p = ''.join(parts)
    if depth < 2 and rng.random() < 0.25:
        p = p + '|' + rpat(depth + 1)
    return p
subjects = [''.join(rng.choice('aabxAé1 \n') for _ in range(rng.randrange(9))) for _ in range(15)]
def show(m):
    return None if m is None else (m.span(), m.groups(), m.lastindex)
def run(mod, p, flags):
    try:
        c = mod.compile(p, flags)
    except Exception as e:
        return (type(e).__name__, str(e))
    out = []
    for s in subjects:
        try:
            out.append((show(c.search(s)), show(c.match(s)), show(c.fullmatch(s)), c.findall(s), c.sub('-', s), c.split(s)))
        except RecursionError:
            out.append('recursion')
    return out
bad = 0
N = int(sys.argv[2])
for _ in range(N):
    p = rpat()
    flags = rng.choice([0, 0, cre.I, cre.M, cre.S, cre.A, cre.I | cre.A])
    a, b = run(cre, p, flags), run(R, p, flags)
    if a != b:
        bad += 1
        if bad <= 8:
            print('PATTERN', repr(p), flags)
            if isinstance(a, tuple) or isinstance(b, tuple):
                print('  ', a, b)
            else:
                for s, x, y in zip(subjects, a, b):
                    if x != y: print('   subj', repr(s), x, '|', y); break
print('bad', bad, 'of', N)
