import os
import os.path as P
import stat
import tempfile

base = tempfile.mkdtemp()
os.makedirs(P.join(base, 'a', 'b', 'c'))
os.makedirs(P.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(P.join(base, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror)
for name, data in (('a/f1.txt', 'one'), ('a/b/f2.py', 'two!'), ('a/b/c/f3', ''), ('top.txt', 'x' * 10)):
    with open(P.join(base, name), 'w') as fh:
        fh.write(data)
rel = lambda p: P.relpath(p, base)
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(rel(root), sorted(dirs), sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print('bottom-up', rel(root), sorted(files))
print(sorted(os.listdir(base)), sorted(os.listdir(P.join(base, 'a'))))
with os.scandir(P.join(base, 'a')) as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.is_symlink(), rel(e.path)) for e in entries])
st = os.stat(P.join(base, 'top.txt'))
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(base).st_mode), P.getsize(P.join(base, 'a/b/f2.py')))
print(P.exists(base), P.isdir(P.join(base, 'a')), P.isfile(P.join(base, 'top.txt')), P.exists(P.join(base, 'nope')), P.islink(base))
os.rename(P.join(base, 'top.txt'), P.join(base, 'moved.txt'))
os.replace(P.join(base, 'moved.txt'), P.join(base, 'a', 'moved.txt'))
os.remove(P.join(base, 'a', 'moved.txt'))
os.symlink(P.join(base, 'a'), P.join(base, 'link'))
print(P.islink(P.join(base, 'link')), os.readlink(P.join(base, 'link')) == P.join(base, 'a'), P.realpath(P.join(base, 'link')) == P.realpath(P.join(base, 'a')))
os.unlink(P.join(base, 'link'))
try:
    os.rmdir(P.join(base, 'a'))
except OSError as e:
    print(type(e).__name__, e.errno)
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(P.join(root, f))
    for d in dirs:
        os.rmdir(P.join(root, d))
os.rmdir(base)
print(P.exists(base))
try:
    os.listdir(base)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
os.environ['TSPY_TEST_VAR'] = 'value'
print(os.environ['TSPY_TEST_VAR'], os.getenv('TSPY_TEST_VAR'), 'TSPY_TEST_VAR' in os.environ, os.environ.get('NOPE_X', 'dflt'))
del os.environ['TSPY_TEST_VAR']
print(os.getenv('TSPY_TEST_VAR'), os.getenv('TSPY_TEST_VAR', 'gone'))
for p in ('/a/b/c.txt', 'a/b/', 'c', '/', '', '..', 'a/./b/../c', '//x//y', '~/q', 'a.b.c', '.bashrc'):
    print(repr(p), P.split(p), P.splitext(p), P.basename(p), P.dirname(p), P.normpath(p) if p else '', P.isabs(p))
print(P.join('a', 'b', '/c', 'd'), P.join('a', ''), P.commonprefix(['/usr/lib', '/usr/local']), P.commonpath(['/usr/lib', '/usr/local']))
print(P.relpath('/a/b/c', '/a/x'), P.abspath('x') == P.join(os.getcwd(), 'x'), P.expanduser('~') == os.environ.get('HOME', P.expanduser('~')))
os.environ['TSPY_E'] = 'E!'
print(P.expandvars('$TSPY_E ${TSPY_E} $NOPE_ZZ %TSPY_E%'))
print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.devnull, os.name)
try:
    P.commonpath(['/a', 'b'])
except ValueError as e:
    print(e)
