"""Cache lines from Python source files (linecache), for tspy.

This is intended to read lines from modules imported -- hence if a filename is not found,
it will look down the module search path for a file by that name.
"""

import functools
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# The cache. Maps filenames to either a thunk which will provide source code, or a tuple
# (size, mtime, lines, fullname) once loaded.
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    import os
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue  # no-op for files loaded via a __loader__
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def _detect_encoding(data):
    """The source encoding of bytes `data`: a UTF-8 BOM or a coding cookie in the first two
    lines (PEP 263), else utf-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    for line in data.split(b"\n", 2)[:2]:
        text = line.decode("latin-1").strip()
        if not text.startswith("#"):
            if text:
                break
            continue
        i = text.find("coding")
        if i >= 0 and i + 6 < len(text) and text[i + 6] in ":=":
            j = i + 7
            while j < len(text) and text[j] in " \t":
                j += 1
            k = j
            while k < len(text) and (text[k].isalnum() or text[k] in "-_."):
                k += 1
            if k > j:
                return text[j:k]
    return "utf-8"


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry, and return an empty
    list."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []

    import os
    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        basename = filename

        # Realise a lazy loader based lookup if there is one, otherwise try to lookup
        # right now.
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    # No luck, the PEP302 loader cannot find the source for this module.
                    return []
                cache[filename] = (
                    len(data),
                    None,
                    [line + "\n" for line in data.splitlines()],
                    fullname
                )
                return cache[filename][2]

        # Try looking through the module search path, which is only useful when handling
        # a relative filename.
        if os.path.isabs(filename):
            return []

        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        with open(fullname, "rb") as fp:
            data = fp.read()
        lines = data.decode(_detect_encoding(data)).splitlines(True)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    size, mtime = stat.st_size, stat.st_mtime
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is called, not
    immediately. Returns True if a lazy load is registered in the cache, otherwise False.
    """
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        else:
            return False
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return False
    if module_globals and "__name__" in module_globals:
        spec = module_globals.get("__spec__")
        name = getattr(spec, "name", None) or module_globals["__name__"]
        loader = getattr(spec, "loader", None)
        if loader is None:
            loader = module_globals.get("__loader__")
        get_source = getattr(loader, "get_source", None)

        if name and get_source:
            get_lines = functools.partial(get_source, name)
            cache[filename] = (get_lines,)
            return True
    return False
