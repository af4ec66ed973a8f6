"""Object-oriented filesystem paths (CPython 3.11 behaviour).

Written for tspy from the documented behaviour. A path is parsed once into
(drive, root, parts): `parts` is the tuple shown by `.parts` (anchor first when there is
one). Two flavours describe the syntax: _Posix ('/' only, '//' kept as a root when exactly
two leading slashes, case-sensitive) and _Windows (drive letters, UNC shares, '\\' and '/',
case-insensitive comparisons). Pure paths never touch the file system; Path (PosixPath on
this system) adds the I/O methods through os.
"""
import fnmatch
import io

import os
import posixpath
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP, EINVAL
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


class _Posix(object):
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = os.name != 'nt'
    pathmod = posixpath

    def split_anchor(self, text):
        """(drive, root, rest) of a path string."""
        if text[:1] != '/':
            return '', '', text
        if text[:2] == '//' and text[2:3] != '/':
            return '', '//', text[2:]
        return '', '/', text.lstrip('/')

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def compile_pattern(self, pattern):
        return lambda name: fnmatch.fnmatchcase(name, pattern)

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return 'file://' + _quote(os.fsencode(str(path)))


class _Windows(object):
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = os.name == 'nt'
    pathmod = None  # ntpath is not bundled
    _reserved = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
                 | {'COM%s' % c for c in '123456789\xb9\xb2\xb3'}
                 | {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'})

    def split_anchor(self, text):
        text = text.replace('/', '\\')
        if text[:2] == '\\\\' and text[2:3] != '\\':
            # UNC: \\server\share is the drive
            first = text.find('\\', 2)
            if first > 2:
                second = text.find('\\', first + 1)
                if second != first + 1:
                    if second == -1:
                        second = len(text)
                    drv = text[:second]
                    rest = text[second:]
                    return drv, '\\', rest.lstrip('\\')
        drv = ''
        if len(text) >= 2 and text[1] == ':' and text[0].isalpha():
            drv, text = text[:2], text[2:]
        if text[:1] == '\\':
            return drv, '\\', text.lstrip('\\')
        return drv, '', text

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def compile_pattern(self, pattern):
        low = pattern.lower()
        return lambda name: fnmatch.fnmatchcase(name.lower(), low)

    def is_reserved(self, parts):
        if not parts:
            return False
        if parts[0].startswith('\\\\'):
            return False
        last = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return last.upper() in self._reserved

    def make_uri(self, path):
        drv = path.drive
        if len(drv) == 2 and drv[1] == ':':
            return 'file:///' + drv + _quote(path.as_posix()[2:].encode('utf-8'))
        return 'file:' + _quote(path.as_posix().encode('utf-8'))


def _quote(data):
    safe = b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/'
    return ''.join(chr(b) if b in safe else '%%%02X' % b for b in data)


_posix_flavour = _Posix()
_windows_flavour = _Windows()


def _parse(flavour, args):
    """Join the argument strings into (drive, root, [names])."""
    drv = root = ''
    names = []
    for a in reversed(args):
        if isinstance(a, PurePath):
            text = str(a) if a._flavour is flavour else a.as_posix()
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str object or an os.PathLike object '
                                'returning str, not %r' % type(a))
            text = a
        if not text:
            continue
        if flavour.altsep:
            text = text.replace(flavour.altsep, flavour.sep)
        d, r, rest = flavour.split_anchor(text)
        for piece in reversed(rest.split(flavour.sep)):
            if piece and piece != '.':
                names.append(sys.intern(piece))
        if not drv:
            drv = d
        if not root:
            root = r
            if r and drv:
                break
        if root and (drv or not flavour.has_drv):
            break
    names.reverse()
    return drv, root, names


class _PathParents(object):
    """The ancestors of a path as an immutable sequence (nearest first)."""

    __slots__ = ('_path', '_count')

    def __init__(self, path):
        self._path = path
        self._count = len(path._names)

    def __len__(self):
        return self._count

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._count)))
        if idx >= self._count or idx < -self._count:
            raise IndexError(idx)
        if idx < 0:
            idx += self._count
        p = self._path
        return p._from_pieces(p._drv, p._root, p._names[:self._count - idx - 1])

    def __iter__(self):
        for i in range(self._count):
            yield self[i]

    def __contains__(self, item):
        return any(item == p for p in self)

    def __reversed__(self):
        for i in range(self._count - 1, -1, -1):
            yield self[i]

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath(object):
    """A file system path without I/O; PurePath(...) makes the native flavour's class."""

    __slots__ = ('_drv', '_root', '_names', '_str', '_hash', '_cmp_key')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_args(args)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    @classmethod
    def _from_args(cls, args):
        drv, root, names = _parse(cls._flavour, args)
        return cls._from_pieces(drv, root, names)

    @classmethod
    def _from_pieces(cls, drv, root, names):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._names = list(names)
        return self

    def _derive(self, drv, root, names):
        return self._from_pieces(drv, root, names)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            anchor = self._drv + self._root
            body = self._flavour.sep.join(self._names)
            text = anchor + body if (anchor or body) else '.'
            self._str = text
            return text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    # -- comparisons
    def _key(self):
        try:
            return self._cmp_key
        except AttributeError:
            f = self._flavour
            key = [f.casefold(self._drv + self._root)] + f.casefold_parts(self._names)
            self._cmp_key = key
            return key

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._flavour is other._flavour and self._key() == other._key()

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._key()))
            return self._hash

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() >= other._key()

    # -- components
    drive = property(lambda self: self._drv, doc='The drive prefix (letter or UNC path), if any.')
    root = property(lambda self: self._root, doc='The root of the path, if any.')

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        anchor = self._drv + self._root
        return tuple(([anchor] if anchor else []) + self._names)

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        n = self.name
        dot = n.rfind('.')
        return n[dot:] if 0 < dot < len(n) - 1 else ''

    @property
    def suffixes(self):
        n = self.name
        if n.endswith('.'):
            return []
        return ['.' + s for s in n.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        n = self.name
        dot = n.rfind('.')
        return n[:dot] if 0 < dot < len(n) - 1 else n

    @property
    def parent(self):
        if not self._names:
            return self
        return self._derive(self._drv, self._root, self._names[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        f = self._flavour
        d, r, rest = f.split_anchor(name.replace(f.altsep, f.sep) if f.altsep else name)
        if (not name or name[-1] in (f.sep, f.altsep or f.sep) or d or r
                or f.sep in rest or rest in ('', '.')):
            raise ValueError('Invalid name %r' % (name,))
        return self._derive(self._drv, self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        f = self._flavour
        if f.sep in suffix or (f.altsep and f.altsep in suffix):
            raise ValueError('Invalid suffix %r' % (suffix,))
        if (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        n = self.name
        if not n:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        n = (n[:-len(old)] if old else n) + suffix
        return self._derive(self._drv, self._root, self._names[:-1] + [n])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = self._from_args(other)
        mine = self.parts
        theirs = base.parts
        f = self._flavour
        if (len(theirs) > len(mine) or
                f.casefold_parts(list(mine[:len(theirs)])) != f.casefold_parts(list(theirs))
                or (not theirs and (self._drv or self._root))):
            shown = str(base) if (base._drv or base._root or base._names) else ''
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and '
                             'the other is absolute.'.format(str(self), shown))
        return self._from_pieces('', '', list(mine[len(theirs):]))

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return self._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        return self._flavour.is_reserved(self.parts)

    def match(self, path_pattern):
        f = self._flavour
        pd, pr, prest = f.split_anchor(path_pattern.replace(f.altsep, f.sep)
                                       if f.altsep else path_pattern)
        pat_names = [p for p in prest.split(f.sep) if p and p != '.']
        if not (pd or pr or pat_names):
            raise ValueError('empty pattern')
        if pd and f.casefold(pd) != f.casefold(self._drv):
            return False
        if pr and pr != self._root:
            return False
        mine = self._names
        if pd or pr:
            if len(mine) != len(pat_names):
                return False
        elif len(pat_names) > len(mine):
            return False
        for name, pat in zip(reversed(mine), reversed(pat_names)):
            if not f.compile_pattern(pat)(name):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """PurePath with POSIX syntax."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath with Windows syntax."""
    _flavour = _windows_flavour
    __slots__ = ()


# ---------------------------------------------------------------------------------------------
# Concrete paths

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignorable(exc):
    return getattr(exc, 'errno', None) in _IGNORED_ERRNOS or \
        getattr(exc, 'winerror', None) in (21, 123, 1921)


class Path(PurePath):
    """A PurePath with file system operations; Path(...) makes PosixPath here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_args(args)
        if not self._flavour.is_supported:
            raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
        return self

    def _child(self, name):
        return self._from_pieces(self._drv, self._root, self._names + [name])

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def samefile(self, other_path):
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = self.__class__(other_path).stat()
        return os.path.samestat(mine, theirs)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        """Yield the existing paths below this one that match the relative pattern."""
        sys.audit('pathlib.Path.glob', self, pattern)
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        drv, root, names = _parse(self._flavour, (pattern,))
        if drv or root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep or self._flavour.sep):
            names.append('')
        yield from _glob_walk(self, names, self._flavour, set())

    def rglob(self, pattern):
        sys.audit('pathlib.Path.rglob', self, pattern)
        drv, root, names = _parse(self._flavour, (pattern,))
        if drv or root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep or '/'):
            names.append('')
        yield from _glob_walk(self, ['**'] + names, self._flavour, set())

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        resolved = self._from_args((os.path.realpath(self, strict=strict),))
        if not strict:
            try:
                resolved.stat()
            except OSError as e:
                if e.errno == ELOOP:
                    raise RuntimeError('Symlink loop from %r' % e.filename)
        return resolved

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def owner(self):
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with io.open(self, 'rb') as stream:
            data = stream.read()
        return data

    def read_text(self, encoding=None, errors=None):
        with io.open(self, 'r', encoding=io.text_encoding(encoding), errors=errors) as stream:
            text = stream.read()
        return text

    def write_bytes(self, data):
        payload = memoryview(data)
        with io.open(self, 'wb') as stream:
            written = stream.write(payload)
        return written

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        if not hasattr(os, 'readlink'):
            raise NotImplementedError('os.readlink() not available on this system')
        return self._from_args((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        os.chmod(str(self), mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def rename(self, target):
        os.rename(str(self), target)
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, str(self), target_is_directory)

    def hardlink_to(self, target):
        if not hasattr(os, 'link'):
            raise NotImplementedError('os.link() not available on this system')
        os.link(target, self)

    def link_to(self, target):
        import warnings
        warnings.warn('pathlib.Path.link_to() is deprecated and is scheduled for removal in '
                      'Python 3.12. Use pathlib.Path.hardlink_to() instead.',
                      DeprecationWarning, stacklevel=2)
        self.__class__(target).hardlink_to(self)

    # -- predicates: missing files (and bad paths) answer False
    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except OSError as e:
            if not _ignorable(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        return self._mode() is not None

    def is_dir(self):
        m = self._mode()
        return m is not None and S_ISDIR(m)

    def is_file(self):
        m = self._mode()
        return m is not None and S_ISREG(m)

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and S_ISLNK(m)

    def is_socket(self):
        m = self._mode()
        return m is not None and S_ISSOCK(m)

    def is_fifo(self):
        m = self._mode()
        return m is not None and S_ISFIFO(m)

    def is_block_device(self):
        m = self._mode()
        return m is not None and S_ISBLK(m)

    def is_char_device(self):
        m = self._mode()
        return m is not None and S_ISCHR(m)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            here = self.stat()
            up = self.parent.stat()
        except OSError:
            return False
        if here.st_dev != up.st_dev:
            return True
        return here.st_ino == up.st_ino

    def expanduser(self):
        if not (self._drv or self._root) and self._names and self._names[0][:1] == '~':
            home = os.path.expanduser(self._names[0])
            if home[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return self._from_args((home,) + tuple(self._names[1:]))
        return self


def _glob_walk(base, names, flavour, seen):
    """Matches of the pattern components `names` below directory `base` (scandir order)."""
    if not names:
        key = str(base)
        if key not in seen:
            seen.add(key)
            yield base
        return
    head, rest = names[0], names[1:]
    if head == '**':
        for d in _walk_dirs(base):
            yield from _glob_walk(d, rest, flavour, seen)
        return
    if '**' in head:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if head == '':
        if base.is_dir():
            yield from _glob_walk(base, rest, flavour, seen)
        return
    if head == '..' or not any(c in head for c in '*?['):
        child = base._child(head)
        if rest:
            if child.is_dir():
                yield from _glob_walk(child, rest, flavour, seen)
        elif child.exists() or child.is_symlink():
            yield from _glob_walk(child, rest, flavour, seen)
        return
    test = flavour.compile_pattern(head)
    try:
        with os.scandir(base) as it:
            entries = list(it)
    except OSError:
        return
    for e in entries:
        if rest:
            try:
                if not e.is_dir():
                    continue
            except OSError:
                continue
        if test(e.name):
            yield from _glob_walk(base._child(e.name), rest, flavour, seen)


def _walk_dirs(top):
    """top and every directory below it, depth first (symlinks to directories followed once)."""
    yield top
    try:
        with os.scandir(top) as it:
            entries = list(it)
    except OSError:
        return
    for e in entries:
        try:
            isdir = e.is_dir() and not e.is_symlink()
        except OSError:
            isdir = False
        if isdir:
            yield from _walk_dirs(top._child(e.name))


class PosixPath(Path, PurePosixPath):
    """Path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path on Windows."""
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError('Path.is_mount() is unsupported on this system')
