"""Temporary files and directories (CPython 3.11 behaviour).

Written for tspy from the documented behaviour. Names are 8 random characters from
[a-z0-9_] between the prefix ('tmp' by default) and the suffix; files are created with
O_EXCL (retried on a name clash) and mode 0o600, directories with mode 0o700.
The default directory is the first writable one of $TMPDIR, $TEMP, $TMP, /tmp, /var/tmp,
/usr/tmp and the current directory (found once, cached in `tempdir`).
"""
import os as _os
import io as _io
import sys as _sys
import errno as _errno
import shutil as _shutil
import functools as _functools
import warnings as _warnings
from random import Random as _Random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir',
           'gettempdir', 'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_FILE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
for _extra in ('O_NOFOLLOW', 'O_CLOEXEC'):
    _FILE_FLAGS |= getattr(_os, _extra, 0)
_BIN_FLAGS = _FILE_FLAGS | getattr(_os, 'O_BINARY', 0)
del _extra

_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


class _Names(object):
    """Endless random 8-character names; reseeded after a fork."""

    def __init__(self):
        self._pid = None
        self._rng = None

    def __iter__(self):
        return self

    def __next__(self):
        pid = _os.getpid()
        if self._rng is None or pid != self._pid:
            self._rng = _Random()
            self._pid = pid
        return ''.join(self._rng.choices(_LETTERS, k=8))


_names = None


def _get_candidate_names():
    global _names
    if _names is None:
        _names = _Names()
    return _names


def _infer_return_type(*args):
    """str or bytes, from the non-None arguments (mixing them is a TypeError)."""
    kind = None
    for a in args:
        if a is None:
            continue
        if isinstance(a, _os.PathLike):
            a = _os.fspath(a)
        this = bytes if isinstance(a, bytes) else str
        if kind is not None and this is not kind:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        kind = this
    if kind is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return kind


def _sanitize_params(prefix, suffix, dir):
    kind = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = template if kind is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if kind is str else gettempdirb()
    return prefix, suffix, dir, kind


def _candidate_dirs():
    found = []
    for var in ('TMPDIR', 'TEMP', 'TMP'):
        val = _os.getenv(var)
        if val:
            found.append(val)
    found.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        found.append(_os.getcwd())
    except (AttributeError, OSError):
        found.append(_os.curdir)
    return found


def _find_default_dir():
    names = _get_candidate_names()
    for folder in _candidate_dirs():
        if folder != _os.curdir:
            folder = _os.path.abspath(folder)
        for _i in range(100):
            probe = _os.path.join(folder, next(names))
            try:
                fd = _os.open(probe, _BIN_FLAGS, 0o600)
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
                    _os.unlink(probe)
                return folder
            except FileExistsError:
                continue
            except PermissionError:
                break
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT, 'No usable temporary directory found in %s'
                            % _candidate_dirs())


def gettempprefix():
    return _os.fsdecode(template)


def gettempprefixb():
    return _os.fsencode(template)


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _find_default_dir()
    return tempdir


def gettempdir():
    """The default directory for temporary files, as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    return _os.fsencode(_gettempdir())


def _create(dir, pre, suf, flags, kind, make):
    """Try fresh names until make(path) succeeds; make raises FileExistsError on a clash."""
    names = _get_candidate_names()
    if kind is bytes:
        names = map(_os.fsencode, names)
    for _i in range(TMP_MAX):
        path = _os.path.join(dir, pre + next(names) + suf)
        _sys.audit('tempfile.mkstemp' if flags is not None else 'tempfile.mkdtemp', path)
        try:
            result = make(path)
        except FileExistsError:
            continue
        except PermissionError:
            # on Windows a directory with the same name gives PermissionError
            if _os.name == 'nt' and _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
        return path, result
    raise FileExistsError(_errno.EEXIST, 'No usable temporary file name found')


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    path, fd = _create(dir, pre, suf, flags, output_type,
                       lambda p: _os.open(p, flags, 0o600))
    return fd, _os.path.abspath(path)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file securely; return (OS-level handle, absolute path). The caller deletes
    it."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    flags = _FILE_FLAGS if text else _BIN_FLAGS
    return _mkstemp_inner(dir, prefix, suffix, flags, kind)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory securely (mode 0o700); return its absolute path."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    path, _unused = _create(dir, prefix, suffix, None, kind, lambda p: _os.mkdir(p, 0o700))
    return _os.path.abspath(path)


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: use mkstemp). Deprecated."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _i in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, 'No usable temporary filename found')


class _TemporaryFileCloser(object):
    """Closes the file once and removes it from disk when asked to (also on collection)."""

    def __init__(self, file, name, delete=True):
        self.__dict__.update(file=file, name=name, delete=delete, close_called=False)

    def close(self, unlink=_os.unlink):
        if self.close_called or self.file is None:
            return
        self.close_called = True
        f, path, remove = self.file, self.name, self.delete
        try:
            f.close()
        finally:
            if remove:
                try:
                    unlink(path)
                except FileNotFoundError:
                    pass

    def __del__(self):
        self.close()


class _TemporaryFileWrapper(object):
    """A file object with a .name on disk; removed when closed if delete is true. Attribute
    lookups fall through to the wrapped file."""

    def __init__(self, file, name, delete=True):
        self.__dict__.update(file=file, name=name, delete=delete,
                             _closer=_TemporaryFileCloser(file, name, delete))

    def __getattr__(self, name):
        value = getattr(self.__dict__['file'], name)
        if hasattr(value, '__call__') and not isinstance(value, int):
            target = value

            @_functools.wraps(target)
            def passthrough(*args, **kwargs):
                return target(*args, **kwargs)
            passthrough._closer = self._closer
            value = passthrough
        if not isinstance(value, int):
            setattr(self, name, value)
        return value

    def __enter__(self):
        type(self.file).__enter__(self.file)
        return self

    def __exit__(self, exc, value, tb):
        try:
            return type(self.file).__exit__(self.file, exc, value, tb)
        finally:
            self._closer.close()

    def close(self):
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line


def _open_fd(fd, mode, buffering, newline, encoding, errors, path):
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)
    try:
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors)
    except BaseException:
        if path is not None:
            _os.unlink(path)
        try:
            _os.close(fd)
        except OSError:
            pass
        raise


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (`.name`), deleted on close when delete is true."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    fd, path = _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS, kind)
    f = _open_fd(fd, mode, buffering, newline, encoding, errors, path)
    try:
        f.mode = mode
    except AttributeError:
        pass
    return _TemporaryFileWrapper(f, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file with no name in the file system (unlinked right after creation)."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    fd, path = _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS, kind)
    try:
        _os.unlink(path)
    except BaseException:
        _os.close(fd)
        raise
    f = _open_fd(fd, mode, buffering, newline, encoding, errors, None)
    try:
        f.mode = mode
    except AttributeError:
        pass
    return f


class SpooledTemporaryFile(_io.IOBase):
    """Kept in memory until it grows past max_size (or fileno() is asked), then moved to a
    real temporary file."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding, errors=errors,
                                           newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding,
                                   'newline': newline, 'dir': dir, 'errors': errors}

    __class_getitem__ = classmethod(lambda cls, item: cls)

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        real = TemporaryFile(**self._TemporaryFileArgs)
        self._file = real
        del self._TemporaryFileArgs
        pos = memory.tell()
        if hasattr(real, 'buffer'):
            real.buffer.write(memory.detach().getvalue())
        else:
            real.write(memory.getvalue())
        real.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __del__(self):
        if not self.closed:
            _warnings.warn('Unclosed file {!r}'.format(self), ResourceWarning, stacklevel=2,
                           source=self)
            self.close()

    def close(self):
        self._file.close()

    def fileno(self):
        # a real descriptor is wanted: move to disk first
        self.rollover()
        return self._file.fileno()

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate() if size is None else self._file.truncate(size)

    def write(self, s):
        written = self._file.write(s)
        self._check(self._file)
        return written

    def writelines(self, iterable):
        outcome = self._file.writelines(iterable)
        self._check(self._file)
        return outcome

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        return getattr(self._file, 'name', None)


def _forward_method(name):
    def forward(self, *args):
        return getattr(self._file, name)(*args)
    forward.__name__ = name
    return forward


def _forward_property(name):
    return property(lambda self: getattr(self._file, name))


for _n in ('flush', 'isatty', 'readable', 'read', 'read1', 'readinto', 'readinto1',
           'readline', 'readlines', 'seekable', 'seek', 'tell', 'writable', 'detach'):
    setattr(SpooledTemporaryFile, _n, _forward_method(_n))
for _n in ('closed', 'encoding', 'errors', 'newlines'):
    setattr(SpooledTemporaryFile, _n, _forward_property(_n))
del _n


class TemporaryDirectory(object):
    """A directory made by mkdtemp(); the with-statement gives its name and removes the
    tree at the end (cleanup() does it explicitly)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False
        try:
            import weakref
            self._finalizer = weakref.finalize(
                self, TemporaryDirectory._implicit_cleanup, self.name, ignore_cleanup_errors,
                'Implicitly cleaning up {!r}'.format(self))
        except (ImportError, TypeError):
            self._finalizer = None

    @classmethod
    def _implicit_cleanup(cls, name, ignore_errors, warn_message):
        cls._rmtree(name, ignore_errors=ignore_errors)
        _warnings.warn(warn_message, ResourceWarning)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        def onerror(func, path, exc_info):
            if issubclass(exc_info[0], PermissionError):
                try:
                    if path != name:
                        _os.chmod(_os.path.dirname(path), 0o700)
                    _os.chmod(path, 0o700)
                    if _os.path.isdir(path) and not _os.path.islink(path):
                        cls._rmtree(path, ignore_errors=ignore_errors)
                    else:
                        _os.unlink(path)
                except FileNotFoundError:
                    pass
            elif issubclass(exc_info[0], FileNotFoundError):
                pass
            elif not ignore_errors:
                raise exc_info[1]
        _shutil.rmtree(name, onerror=onerror)

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        if self._finalizer is not None:
            self._finalizer.detach()
        if _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(lambda cls, item: cls)
