"""Unix shell-style pathname expansion: glob(), iglob(), escape() (CPython 3.11 behaviour).

Written for tspy from the documented behaviour. A pattern is split at separators; each
component without wildcards is checked with lexists, a wildcard component is matched
(fnmatch rules) against the directory's entries, and '**' (with recursive=True) stands for
any number of directories. Names starting with '.' match only a component that itself starts
with '.', unless include_hidden=True. Results come in directory-listing order.
"""
import os
import sys
import fnmatch
import itertools

__all__ = ['glob', 'iglob', 'escape']

_MAGIC = '*?['


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (which may contain shell wildcards)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob(), as an iterator."""
    sys.audit('glob.glob', pathname, recursive)
    sys.audit('glob.glob/2', pathname, recursive, root_dir, dir_fd)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    found = _expand(root_dir, pathname, recursive, include_hidden)
    if not pathname or (recursive and _is_double_star(pathname[:2])):
        # a leading '**' must not yield the empty name for the start directory
        try:
            first = next(found)
            if first:
                found = itertools.chain((first,), found)
        except StopIteration:
            pass
    return found


def _is_double_star(text):
    return text == ('**' if isinstance(text, str) else b'**')


def has_magic(s):
    if isinstance(s, bytes):
        return b'*' in s or b'?' in s or b'[' in s
    return '*' in s or '?' in s or '[' in s


def _hidden(name):
    return name[:1] in ('.', b'.')


def _join(root, path):
    if root and path:
        return os.path.join(root, path)
    return path or root


def _exists(root, path):
    return os.path.lexists(_join(root, path))


def _isdir(root, path):
    return os.path.isdir(_join(root, path))


def _expand(root, pathname, recursive, dironly_hidden):
    include_hidden = dironly_hidden
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root, pathname):
                yield pathname
        elif _isdir(root, dirname):
            yield pathname
        return
    if not dirname:
        if recursive and _is_double_star(basename):
            yield from _all_below(root, dirname, include_hidden, False)
        else:
            yield from _match_in(root, dirname, basename, include_hidden, False)
        return
    if dirname != pathname and has_magic(dirname):
        parents = _expand(root, dirname, recursive, include_hidden)
    else:
        parents = [dirname]
    for parent in parents:
        if has_magic(basename):
            if recursive and _is_double_star(basename):
                names = _all_below(root, parent, include_hidden, False)
            else:
                names = _match_in(root, parent, basename, include_hidden, False)
        else:
            names = _literal(root, parent, basename)
        for name in names:
            yield os.path.join(parent, name)


def _literal(root, dirname, basename):
    if not basename:
        if _isdir(root, dirname):
            return [basename]
    elif _exists(root, os.path.join(dirname, basename)):
        return [basename]
    return []


def _entries(root, dirname, dironly):
    """Names in the directory (only subdirectories when dironly); [] when unreadable."""
    target = _join(root, dirname)
    if not target:
        target = os.curdir if isinstance(dirname, str) else os.curdir.encode('ascii')
    try:
        with os.scandir(target) as it:
            out = []
            for e in it:
                try:
                    if not dironly or e.is_dir():
                        out.append(e.name if isinstance(dirname, str) or isinstance(e.name, bytes)
                                   else os.fsencode(e.name))
                except OSError:
                    pass
            return out
    except OSError:
        return []


def _match_in(root, dirname, pattern, include_hidden, dironly):
    names = _entries(root, dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _all_below(root, dirname, include_hidden, dironly):
    """'' (the directory itself), then every name below it, depth first, as relative paths."""
    yield dirname[:0]
    yield from _walk(root, dirname, include_hidden, dironly)


def _walk(root, dirname, include_hidden, dironly):
    for name in _entries(root, dirname, dironly):
        if not include_hidden and _hidden(name):
            continue
        yield name
        sub = os.path.join(dirname, name) if dirname else name
        if os.path.isdir(_join(root, sub)) and not os.path.islink(_join(root, sub)):
            for deeper in _walk(root, sub, include_hidden, dironly):
                yield os.path.join(name, deeper)


def glob0(dirname, pattern):
    return _literal(None, dirname, pattern)


def glob1(dirname, pattern):
    return _match_in(None, dirname, pattern, False, False)


def escape(pathname):
    """Escape the special characters '*', '?', '[' (not in a drive part)."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        out = b''.join(b'[' + bytes([c]) + b']' if bytes([c]) in (b'*', b'?', b'[')
                       else bytes([c]) for c in rest)
    else:
        out = ''.join('[' + c + ']' if c in _MAGIC else c for c in rest)
    return drive + out


magic_check = None
magic_check_bytes = None
