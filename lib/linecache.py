"""Cache of source file lines (linecache module) for tspy.

cache maps a file name to (size, mtime, lines, full path), or to a 1-tuple holding a
function that returns the source (a "lazy" entry from a module's loader).  Files are
decoded the way the compiler decodes source: a UTF-8 BOM or a PEP 263 coding
declaration on one of the first two lines, UTF-8 otherwise.
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line number lineno (1-based, with its newline) of the file, or '' when the file
    or the line does not exist."""
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ''


def getlines(filename, module_globals=None):
    """All lines of the file (read and cached on first use); [] if unreadable."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries (all, or the one for filename) whose file changed on disk
    or disappeared."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    import os
    for name in names:
        entry = cache[name]
        if len(entry) == 1 or entry[1] is None:
            continue    # lazy entries and loader-provided sources are kept
        size, mtime, _, fullname = entry
        try:
            info = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if (size, mtime) != (info.st_size, info.st_mtime):
            cache.pop(name, None)


def _coding_declaration(line):
    """The encoding named by a PEP 263 comment line, or None."""
    text = line.lstrip(b' \t\f')
    if not text.startswith(b'#'):
        return None
    at = text.find(b'coding')
    if at < 0 or text[at + 6:at + 7] not in (b':', b'='):
        return None
    rest = text[at + 7:].lstrip(b' \t')
    end = 0
    while end < len(rest) and (chr(rest[end]).isalnum() or rest[end] in b'-_.'):
        end += 1
    return rest[:end].decode('ascii') or None


def _decode_source(data):
    """The text of Python source bytes (BOM, coding declaration or UTF-8)."""
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8')
    encoding = 'utf-8'
    head = data.split(b'\n', 2)[:2]
    for line in head:
        declared = _coding_declaration(line)
        if declared is not None:
            encoding = declared
            break
        if line.strip() and not line.lstrip().startswith(b'#'):
            break   # a declaration must come before any code
    text = data.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _store_text(filename, text, fullname, size, mtime):
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (size, mtime, lines, fullname)
    return lines


def updatecache(filename, module_globals=None):
    """(Re)read the file into the cache and return its lines ([] on failure)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if not filename or (filename[0] == '<' and filename[-1] == '>'):
        return []
    import os
    fullname = filename
    try:
        info = os.stat(fullname)
    except OSError:
        if lazycache(filename, module_globals):
            try:
                source = cache[filename][0]()
            except (ImportError, OSError):
                source = None
            else:
                if source is None:
                    return []
                lines = [line + '\n' for line in source.splitlines()]
                cache[filename] = (len(source), None, lines, fullname)
                return lines
        if os.path.isabs(filename):
            return []
        for folder in sys.path:
            try:
                candidate = os.path.join(folder, filename)
                info = os.stat(candidate)
            except (TypeError, AttributeError, OSError):
                continue
            fullname = candidate
            break
        else:
            return []
    try:
        with open(fullname, 'rb') as stream:
            text = _decode_source(stream.read())
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    return _store_text(filename, text, fullname, info.st_size, info.st_mtime)


def lazycache(filename, module_globals):
    """Record (without reading it) that the source of filename can be obtained from
    the loader in module_globals; True when the entry exists afterwards."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    spec = module_globals.get('__spec__')
    loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if name and get_source:
        cache[filename] = (lambda: get_source(name), )
        return True
    return False
