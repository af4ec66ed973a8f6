from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath

P = PurePosixPath
for s in ('', '.', '/', '//', '///', 'a', 'a/', '/a/b/', 'a//b/./c/..', '//x/y', './a', 'a/./b', '../x', '/..'):
    p = P(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), repr(p.name), p.is_absolute())
for s in ('a/b.txt', 'a/b.tar.gz', '.bashrc', 'a.', 'a..b', 'x/.hidden.txt', '/', 'noext', 'a/b.'):
    p = P(s)
    print(s, repr(p.suffix), p.suffixes, repr(p.stem), repr(p.parent), p.parent.parent)
p = P('/usr/local/lib/python3.11')
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], p.parents)
for i in (4, -5):
    try:
        p.parents[i]
    except IndexError as e:
        print('IndexError', e)
print(P('a') / 'b' / P('c'), 'x' / P('y'), P('a') / '/abs', P('a').joinpath('b', 'c/d'), P('a', 'b', '/c', 'd'))
print(P('/a/b/c.txt').with_name('d.py'), P('a/b.txt').with_suffix('.md'), P('a/b').with_suffix('.x'), P('a/b.txt').with_suffix(''), P('a/b.txt').with_stem('z'))
for f, arg in (('with_name', ''), ('with_name', 'a/b'), ('with_suffix', 'x'), ('with_suffix', '.'), ('with_suffix', './'), ('with_name', '.')):
    try:
        print(getattr(P('a/b.c'), f)(arg))
    except ValueError as e:
        print('ValueError', e)
try:
    P('/').with_name('x')
except ValueError as e:
    print(e)
print(P('/a/b/c').relative_to('/a'), P('/a/b').relative_to('/'), P('a/b').relative_to('a'), P('/a/b').relative_to('/a', 'b'))
for a, b in (('/a/b', '/c'), ('a', '/a'), ('/a', 'a'), ('a', 'b')):
    try:
        P(a).relative_to(b)
    except ValueError as e:
        print('ValueError', e)
print(P('/a/b').is_relative_to('/a'), P('/a/b').is_relative_to('/x'))
print(P('a/b.py').match('*.py'), P('/a/b/c.py').match('b/*.py'), P('/a/b/c.py').match('a/*.py'), P('/a/b.py').match('/*.py'), P('/a/b.py').match('/a/*.py'), P('A.PY').match('*.py'))
try:
    P('a').match('')
except ValueError as e:
    print(e)
print(P('a') == P('a'), P('a') == P('a/'), P('a') == 'a', P('a') < P('b'), sorted([P('b'), P('a/c'), P('a')]), hash(P('x/y')) == hash(P('x//y')))
try:
    P('a') < PureWindowsPath('b')
except TypeError as e:
    print(e)
try:
    P('a') < 'b'
except TypeError as e:
    print(e)
for bad in (3, None, b'x'):
    try:
        P(bad)
    except TypeError as e:
        print('TypeError', e)
print(P('/a b/c').as_uri(), P('a/b').as_posix(), bytes(P('/x')))
try:
    P('rel').as_uri()
except ValueError as e:
    print(e)
print(type(PurePath('a')).__name__, type(Path('a')).__name__, isinstance(Path('a'), PurePath), P('a').is_reserved())
print(len({P('a'), P('a/'), P('./a'), P('b')}))
W = PureWindowsPath
for s in ('c:/Users/x\\y.txt', '//server/share/a/b', 'C:a', '\\a', 'c:', 'a/b'):
    w = W(s)
    print(repr(w), str(w), w.parts, repr(w.drive), repr(w.root), w.is_absolute(), w.name)
print(W('C:/a') == W('c:/A'), W('c:/a/b.TXT').suffix, W('c:/a') / 'b', W('c:/a') / 'd:/x', W('nul').is_reserved(), W('c:/x/y').as_uri())
import os
print(os.fspath(P('a/b')), str(Path('.')), Path('x').absolute() == Path.cwd() / 'x')
