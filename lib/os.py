"""Operating-system interfaces (written for tspy over the posix builtin module).

Everything posix offers is re-exported; this module adds os.path (posixpath), the environ
mapping, makedirs/removedirs/renames, walk, fsencode/fsdecode, get_exec_path, PathLike and the
platform constants.
"""

import abc
import sys

import posix
from posix import *
from posix import _exit

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError

import posixpath as path
sys.modules['os.path'] = path

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name', 'path',
           'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'fsencode', 'fsdecode',
           'get_exec_path', 'fdopen', 'extsep', 'makedirs', 'removedirs', 'renames', 'walk',
           'getenv', 'putenv', 'unsetenv', 'environ', 'PathLike', 'get_terminal_size', 'popen']
__all__.extend(n for n in dir(posix) if not n.startswith('_'))

supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = {stat, listdir, scandir, chdir}
supports_follow_symlinks = {stat}


# ---- encodings of file names ---------------------------------------------------------------------

def fsencode(filename):
    """A file name as bytes (UTF-8 with surrogateescape)."""
    name = fspath(filename)
    return name.encode('utf-8', 'surrogateescape') if type(name) is str or isinstance(name, str) and not isinstance(name, bytes) else name


def fsdecode(filename):
    """A file name as str (UTF-8 with surrogateescape)."""
    name = fspath(filename)
    return name.decode('utf-8', 'surrogateescape') if isinstance(name, (bytes, bytearray)) else name


# ---- PathLike ------------------------------------------------------------------------------------

class PathLike(abc.ABC):
    """Abstract base class for objects with a file system path (__fspath__)."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# ---- the environment -----------------------------------------------------------------------------

try:
    from _collections_abc import MutableMapping as _MutableMapping
except ImportError:
    _MutableMapping = object


class _Environ(_MutableMapping):
    """os.environ (str keys and values) and os.environb (bytes): one shared table of bytes,
    written through to the process environment with putenv/unsetenv."""

    def __init__(self, table, to_bytes, from_bytes):
        self._table = table          # bytes -> bytes, shared by environ and environb
        self._in = to_bytes          # checks a key/value and gives its bytes
        self._out = from_bytes       # bytes back to the user's type

    def __getitem__(self, key):
        raw = self._table.get(self._in(key))
        if raw is None:
            raise KeyError(key)
        return self._out(raw)

    def __setitem__(self, key, value):
        k, v = self._in(key), self._in(value)
        putenv(k, v)
        self._table[k] = v

    def __delitem__(self, key):
        k = self._in(key)
        if k not in self._table:
            raise KeyError(key)
        unsetenv(k)
        self._table.pop(k)

    def __iter__(self):
        return iter([self._out(k) for k in self._table])

    def __len__(self):
        return len(self._table)

    def __repr__(self):
        shown = ", ".join(repr(self._out(k)) + ": " + repr(self._out(v)) for k, v in self._table.items())
        return "environ({" + shown + "})"

    def copy(self):
        return {k: self[k] for k in self}

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def _merged(self, first, second):
        out = {}
        for source in (first, second):
            for k in source:
                out[k] = source[k]
        return out

    def __or__(self, other):
        if isinstance(other, (dict, _Environ)):
            return self._merged(self, other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, _Environ)):
            return self._merged(other, self)
        return NotImplemented


def _need(kind):
    def check(value):
        if type(value) is not kind and not isinstance(value, kind):
            raise TypeError(f"{kind.__name__} expected, not {type(value).__name__}")
        return value.encode("utf-8", "surrogateescape") if kind is str else value
    return check


environ = _Environ(posix.environ, _need(str), lambda raw: raw.decode("utf-8", "surrogateescape"))
environb = _Environ(posix.environ, _need(bytes), bytes)
supports_bytes_environ = True


def getenv(key, default=None):
    """The environment variable KEY, or DEFAULT when it is not set."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """Bytes version of getenv()."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """The directories searched for executables, from PATH (or the default path)."""
    source = environ if env is None else env
    found = source.get("PATH")
    return (defpath if found is None else found).split(pathsep)


# ---- directories ---------------------------------------------------------------------------------

def _parents_first(name):
    """NAME's missing ancestors, outermost first (stops at the first one that exists)."""
    missing = []
    current = path.dirname(path.normpath(name)) if name else name
    while current and not path.exists(current):
        missing.append(current)
        parent = path.dirname(current)
        if parent == current:
            break
        current = parent
    return reversed(missing)


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir -p: create NAME and any missing parent directories."""
    for parent in _parents_first(fspath(name)):
        try:
            mkdir(parent, mode)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if exist_ok and path.isdir(name):
            return
        raise


def removedirs(name):
    """Remove the leaf directory NAME, then each parent that becomes empty."""
    rmdir(name)
    parent = path.dirname(path.normpath(name))
    while parent and parent != path.dirname(parent):
        try:
            rmdir(parent)
        except OSError:
            return
        parent = path.dirname(parent)


def renames(old, new):
    """rename() that creates the new parents and prunes the old, emptied ones."""
    target_dir = path.dirname(new)
    if target_dir and path.basename(new) and not path.exists(target_dir):
        makedirs(target_dir)
    rename(old, new)
    source_dir = path.dirname(old)
    if source_dir and path.basename(old):
        try:
            removedirs(source_dir)
        except OSError:
            pass


def _listing(top, onerror):
    """(subdirectory entries, file names, subdirectory names) of TOP, or None after an error."""
    subdirs, files, names = [], [], []
    try:
        with scandir(top) as entries:
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                (names if is_dir else files).append(entry.name)
                if is_dir:
                    subdirs.append(entry)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return None
    return subdirs, files, names


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    pending = [(fspath(top), None)]
    while pending:
        where, done = pending.pop()
        if done is not None:            # bottom-up: the children have been yielded
            yield done
            continue
        listed = _listing(where, onerror)
        if listed is None:
            continue
        subdirs, files, names = listed
        if topdown:
            yield where, names, files
            # the caller may have pruned or reordered NAMES
            for n in reversed(names):
                child = path.join(where, n)
                if followlinks or not path.islink(child):
                    pending.append((child, None))
        else:
            pending.append((where, (where, names, files)))
            for entry in reversed(subdirs):
                try:
                    linked = entry.is_symlink()
                except OSError:
                    linked = False
                if followlinks or not linked:
                    pending.append((entry.path, None))


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """open() for an already open file descriptor."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# ---- popen: a shell command's output (mode "r") or input (mode "w") as a text stream ---------------

class _PipeStream:
    """The stream os.popen returns: close() waits for the command and returns None for
    status 0, else its returncode shifted left by 8 (negative for a signal, as python3 gives)."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        if code == 0:
            return None
        return code << 8

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Run `cmd` with the shell; read its output (mode "r") or write its input (mode "w")."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _PipeStream(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _PipeStream(proc.stdin, proc)


def get_terminal_size(fd=1):
    return posix.get_terminal_size(fd)
