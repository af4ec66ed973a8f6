import os
import tempfile

d = tempfile.gettempdir()
print(os.path.isdir(d), os.path.isabs(d), tempfile.gettempprefix(), tempfile.gettempdir() == d)
fd, path = tempfile.mkstemp(suffix='.txt', prefix='pre_')
print(type(fd).__name__, os.path.basename(path).startswith('pre_'), path.endswith('.txt'), len(os.path.basename(path)))
os.write(fd, b'hello')
os.close(fd)
with open(path, 'rb') as f:
    print(f.read())
print(oct(os.stat(path).st_mode & 0o777))
os.unlink(path)
dd = tempfile.mkdtemp(prefix='dir_')
print(os.path.isdir(dd), oct(os.stat(dd).st_mode & 0o777), os.listdir(dd))
fd, p2 = tempfile.mkstemp(dir=dd)
os.close(fd)
print(os.path.dirname(p2) == dd, os.path.basename(p2)[:3])
os.unlink(p2)
os.rmdir(dd)
with tempfile.TemporaryDirectory(suffix='_x') as name:
    print(type(name).__name__, name.endswith('_x'), os.path.isdir(name))
    os.makedirs(os.path.join(name, 'a', 'b'))
    with open(os.path.join(name, 'a', 'b', 'f.txt'), 'w') as f:
        f.write('x')
print(os.path.exists(name))
td = tempfile.TemporaryDirectory()
print(repr(td).startswith('<TemporaryDirectory '), os.path.isdir(td.name))
td.cleanup(); td.cleanup()
print(os.path.exists(td.name))
with tempfile.NamedTemporaryFile('w+', suffix='.log') as nf:
    nf.write('line1\nline2\n')
    nf.flush()
    nf.seek(0)
    print(nf.read().split(), nf.name.endswith('.log'), os.path.exists(nf.name), nf.mode, nf.closed)
    nm = nf.name
print(os.path.exists(nm))
nf = tempfile.NamedTemporaryFile(delete=False)
nf.write(b'kept')
nf.close()
print(os.path.exists(nf.name), open(nf.name, 'rb').read())
os.unlink(nf.name)
with tempfile.TemporaryFile('w+') as tf:
    tf.write('abc')
    tf.seek(0)
    print(tf.read())
with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as sf:
    sf.write('short')
    print(sf._rolled)
    sf.write(' and now much longer')
    print(sf._rolled)
    sf.seek(0)
    print(sf.read())
for bad in ((b'x', 'y'),):
    try:
        tempfile.mkstemp(prefix=bad[0], suffix=bad[1])
    except TypeError as e:
        print('TypeError', e)
fd, bp = tempfile.mkstemp(prefix=b'b_')
os.close(fd)
print(type(bp).__name__)
os.unlink(bp)
