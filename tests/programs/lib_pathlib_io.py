import glob
import os
import shutil
import tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp())
root = base / 'tree'
root.mkdir()
(root / 'a' / 'b').mkdir(parents=True)
try:
    (root / 'a').mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno)
(root / 'a').mkdir(exist_ok=True)
try:
    (root / 'x' / 'y').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print((root / 'f.txt').write_text('hello\nworld\n'), (root / 'g.bin').write_bytes(b'\x00\x01'))
(root / 'a' / 'one.py').write_text('print(1)')
(root / 'a' / 'b' / 'two.py').write_text('print(2)')
(root / 'a' / 'b' / 'data.json').write_text('{}')
(root / '.hidden').write_text('h')
print((root / 'f.txt').read_text().splitlines(), (root / 'g.bin').read_bytes())
print((root / 'f.txt').exists(), (root / 'nope').exists(), (root / 'a').is_dir(), (root / 'f.txt').is_file(), (root / 'a').is_file(), (root / 'f.txt').is_symlink())
print((root / 'f.txt').stat().st_size, (root / 'f.txt').suffix, (root / 'a').is_mount())
rel = lambda ps: sorted(str(p.relative_to(root)) for p in ps)
print(rel(root.iterdir()))
print(rel(root.glob('*')))
print(rel(root.glob('*.txt')))
print(rel(root.glob('**/*.py')))
print(rel(root.rglob('*.py')))
print(rel(root.glob('a/*')))
print(rel(root.glob('**')))
print(rel(root.glob('*/b/*.json')))
print(rel(root.glob('a/')))
print(rel(root.rglob('*')))
try:
    list(root.glob('a**'))
except ValueError as e:
    print(e)
try:
    list(root.glob('/abs'))
except NotImplementedError as e:
    print(e)
with (root / 'f.txt').open() as f:
    print(f.readline().strip())
with (root / 'f.txt').open('a') as f:
    f.write('more\n')
print(len((root / 'f.txt').read_text()))
(root / 'new.txt').touch()
print((root / 'new.txt').exists(), (root / 'new.txt').stat().st_size)
try:
    (root / 'new.txt').touch(exist_ok=False)
except FileExistsError:
    print('exists')
(root / 'new.txt').unlink()
(root / 'new.txt').unlink(missing_ok=True)
try:
    (root / 'new.txt').unlink()
except FileNotFoundError:
    print('gone')
moved = (root / 'g.bin').rename(root / 'h.bin')
print(moved.name, (root / 'g.bin').exists(), moved.exists())
(root / 'h.bin').replace(root / 'g.bin')
print((root / 'g.bin').exists())
link = root / 'link.txt'
link.symlink_to(root / 'f.txt')
print(link.is_symlink(), link.readlink() == root / 'f.txt', link.resolve() == (root / 'f.txt').resolve(), link.samefile(root / 'f.txt'))
link.unlink()
print(Path('~').expanduser() == Path.home(), Path('a/b').absolute().is_absolute())
try:
    (root / 'f.txt').write_text(b'x')
except TypeError as e:
    print(e)
# glob module
old = os.getcwd()
os.chdir(root)
print(sorted(glob.glob('*')), sorted(glob.glob('*', include_hidden=True)), sorted(glob.glob('.*')))
print(sorted(glob.glob('**/*.py', recursive=True)), sorted(glob.glob('**/*.py')), sorted(glob.glob('a/**', recursive=True)))
print(sorted(glob.glob('**', recursive=True)), glob.glob('f.txt'), glob.glob('nothing*'), glob.glob('a/'), glob.glob('a/b/[dt]*.*'))
print(sorted(glob.glob('*.py', root_dir='a')), sorted(glob.glob(os.path.join(str(root), 'a', '*'))) == sorted(str(p) for p in (root / 'a').iterdir()))
print(glob.escape('a*b?[c].txt'), glob.has_magic('a[b'), glob.has_magic('plain'), sorted(glob.iglob('?.txt')))
print(sorted(glob.glob(b'*.txt')))
os.chdir(old)
# shutil
dst = base / 'copy'
print(shutil.copytree(root, dst) == dst, rel(Path(p) for p in dst.rglob('*')) == rel(root.rglob('*')) if False else sorted(str(p.relative_to(dst)) for p in dst.rglob('*')))
shutil.copy(root / 'f.txt', base / 'f2.txt')
print((base / 'f2.txt').read_text() == (root / 'f.txt').read_text())
print(shutil.copyfile(root / 'f.txt', base / 'f3.txt') == base / 'f3.txt', shutil.copy2(root / 'f.txt', base) == str(base / 'f.txt'))
try:
    shutil.copyfile(root / 'f.txt', root / 'f.txt')
except shutil.SameFileError as e:
    print('SameFileError')
print(shutil.move(str(base / 'f3.txt'), str(base / 'moved.txt')) == str(base / 'moved.txt'), (base / 'moved.txt').exists())
shutil.copytree(root, base / 'ign', ignore=shutil.ignore_patterns('*.py', '.*'))
print(sorted(str(p.relative_to(base / 'ign')) for p in (base / 'ign').rglob('*')))
try:
    shutil.copytree(root, dst)
except FileExistsError:
    print('FileExistsError')
shutil.copytree(root, dst, dirs_exist_ok=True)
shutil.rmtree(dst)
print(dst.exists())
try:
    shutil.rmtree(dst)
except FileNotFoundError:
    print('FileNotFoundError')
shutil.rmtree(dst, ignore_errors=True)
print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'), shutil.get_terminal_size((33, 7)).columns > 0)
shutil.rmtree(base)
print(base.exists())
