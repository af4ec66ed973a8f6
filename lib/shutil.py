"""High-level file operations: copying files and trees, removing trees, moving, which().

Written for tspy from the documented behaviour. Everything goes through os (and so through the
host layer); there is no platform fast-copy path, data moves in COPY_BUFSIZE chunks.
Archiving (make_archive/unpack_archive), chown and disk_usage are not provided.
"""
import os
import sys
import stat as _stat
import fnmatch

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'ignore_patterns',
           'which', 'get_terminal_size', 'SameFileError']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile() was asked to copy a file onto itself."""


class SpecialFileError(OSError):
    """The operation (such as copying) cannot be done on this kind of special file (a FIFO)."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """An archive format registry operation failed."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy data from file-like object fsrc to file-like object fdst."""
    size = length if length and length > 0 else COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(size)
        if not chunk:
            return
        write(chunk)


def _same(src, dst):
    if isinstance(src, os.DirEntry):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except OSError:
        pass
    return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def _st(path, follow=True):
    if isinstance(path, os.DirEntry):
        return path.stat(follow_symlinks=follow)
    return os.stat(path) if follow else os.lstat(path)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents (no metadata) of src to dst; return dst."""
    sys.audit('shutil.copyfile', src, dst)
    if _same(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    for name in (src, dst):
        try:
            info = _st(name)
        except OSError:
            continue
        if _stat.S_ISFIFO(info.st_mode):
            shown = name.path if isinstance(name, os.DirEntry) else name
            raise SpecialFileError('`%s` is a named pipe' % shown)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fin:
        with open(dst, 'wb') as fout:
            copyfileobj(fin, fout)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits from src to dst."""
    sys.audit('shutil.copymode', src, dst)
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    info = _st(src, follow_symlinks)
    os.chmod(dst, _stat.S_IMODE(info.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits, access and modification times from src to dst."""
    sys.audit('shutil.copystat', src, dst)
    links = not follow_symlinks and os.path.islink(src) and os.path.islink(dst)
    if links:
        return
    info = _st(src, follow_symlinks)
    os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
    try:
        os.chmod(dst, _stat.S_IMODE(info.st_mode))
    except NotImplementedError:
        pass


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"); dst may be a directory. Returns the target."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), and the times too ("cp -p src dst")."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """A copytree ignore callable that skips names matching any glob pattern."""
    def ignored(path, names):
        out = set()
        for pat in patterns:
            out.update(fnmatch.filter(names, pat))
        return out
    return ignored


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the directory tree src to dst; return dst."""
    sys.audit('shutil.copytree', src, dst)
    with os.scandir(src) as it:
        entries = list(it)
    skip = set() if ignore is None else ignore(os.fspath(src), [e.name for e in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in skip:
            continue
        s = os.path.join(src, entry.name)
        d = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                target = os.readlink(s)
                if symlinks:
                    os.symlink(target, d)
                    copystat(s, d, follow_symlinks=False)
                    continue
                if not os.path.exists(target if os.path.isabs(target)
                                      else os.path.join(os.path.dirname(s), target)):
                    if ignore_dangling_symlinks:
                        continue
                if entry.is_dir():
                    copytree(s, d, symlinks, ignore, copy_function,
                             ignore_dangling_symlinks, dirs_exist_ok)
                else:
                    copy_function(s, d)
            elif entry.is_dir():
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                         dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            problems.extend(err.args[0])
        except OSError as why:
            problems.append((s, d, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        if getattr(why, 'winerror', None) is None:
            problems.append((src, dst, str(why)))
    if problems:
        raise Error(problems)
    return dst


def _remove_tree(path, onerror):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        full = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _remove_tree(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Recursively delete a directory tree."""
    sys.audit('shutil.rmtree', path, dir_fd)
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        if os.path.islink(path):
            raise OSError('Cannot call rmtree on a symbolic link')
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _remove_tree(path, onerror)


rmtree.avoids_symlink_attacks = False


def _trailing_sep_free(path):
    return path.rstrip(os.sep + (os.altsep or ''))


def move(src, dst, copy_function=copy2):
    """Move a file or directory to another location (like "mv"); return the destination."""
    sys.audit('shutil.move', src, dst)
    target = dst
    if os.path.isdir(dst):
        if _same(src, dst):
            os.rename(src, dst)
            return
        target = os.path.join(dst, os.path.basename(_trailing_sep_free(os.fspath(src))))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), target)
            os.unlink(src)
        elif os.path.isdir(src):
            a = os.path.abspath(src)
            b = os.path.abspath(target)
            if not a.endswith(os.sep):
                a += os.sep
            if not b.endswith(os.sep):
                b += os.sep
            if b.startswith(a):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, target))
            copytree(src, target, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, target)
            os.unlink(src)
    return target


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable cmd as the shell would find it on PATH, or None."""
    def usable(name):
        return os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name)

    if os.path.dirname(cmd):
        return cmd if usable(cmd) else None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            try:
                path = os.confstr('CS_PATH')
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        path = os.fsencode(path)
        dirs = path.split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path)
        dirs = path.split(os.pathsep)
    visited = set()
    for folder in dirs:
        key = os.path.normcase(folder)
        if key in visited:
            continue
        visited.add(key)
        full = os.path.join(folder, cmd)
        if usable(full):
            return full
    return None


def get_terminal_size(fallback=(80, 24)):
    """The terminal size: $COLUMNS/$LINES first, then the real terminal, then fallback."""
    def env_int(name):
        try:
            return int(os.environ[name])
        except (KeyError, ValueError):
            return 0

    cols = env_int('COLUMNS')
    rows = env_int('LINES')
    if cols <= 0 or rows <= 0:
        try:
            real = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            real = os.terminal_size(fallback)
        if cols <= 0:
            cols = real.columns or fallback[0]
        if rows <= 0:
            rows = real.lines or fallback[1]
    return os.terminal_size((cols, rows))
