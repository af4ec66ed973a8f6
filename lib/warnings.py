"""Warning control (warnings module) for tspy.

`filters` is a list of (action, message regex or None, category, module regex or
exact str or None, lineno) tuples, newest first; the first matching filter decides
what happens to a warning (defaultaction when none matches).  Registries (one per
module, in its __warningregistry__) remember which warnings were already shown; they
are reset whenever the filters change (_filters_version).
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# ---------------------------------------------------------------- output

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (default sys.stderr), formatted by formatwarning()."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes: 'file:line: Category: message' and the source
    line (read with linecache when not given)."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    stream = sys.stderr if msg.file is None else msg.file
    if stream is None:
        return  # no stderr (e.g. pythonw)
    text = _formatwarnmsg(msg)
    try:
        stream.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    text = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    source_line = msg.line
    if source_line is None:
        try:
            import linecache
            source_line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            source_line = None
    if source_line:
        text += f"  {source_line.strip()}\n"
    if msg.source is not None:
        text += _allocation_note(msg.source)
    return text


def _allocation_note(source):
    """Where the object a ResourceWarning is about was allocated (tracemalloc)."""
    try:
        import tracemalloc
    except Exception:
        return ''
    try:
        traced = tracemalloc.is_tracing() and tracemalloc.get_object_traceback(source)
    except Exception:
        return ''
    if not traced:
        return ''
    import linecache
    note = 'Object allocated at (most recent call last):\n'
    for frame in traced:
        note += f'  File "{frame.filename}", lineno {frame.lineno}\n'
        code = linecache.getline(frame.filename, frame.lineno).strip()
        if code:
            note += f'    {code}\n'
    return note


# Keep the originals: replaced hooks (showwarning, formatwarning) are called with the
# traditional arguments instead of a WarningMessage.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    hook = formatwarning
    if hook is not _formatwarning_orig:
        return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ---------------------------------------------------------------- filters

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter: action ('error', 'ignore', 'always', 'default', 'module' or
    'once') for warnings whose text matches the regex `message` (case-insensitive,
    from the start), of class `category`, raised from modules matching the regex
    `module`, at line `lineno` (0: any).  New filters go first unless append."""
    for ok, complaint in (
            (action in _ACTIONS, "invalid action: %r" % (action,)),
            (isinstance(message, str), "message must be a string"),
            (isinstance(category, type), "category must be a class"),
            (isinstance(category, type) and issubclass(category, Warning),
             "category must be a Warning subclass"),
            (isinstance(module, str), "module must be a string"),
            (isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0")):
        assert ok, complaint
    text_re = module_re = None
    if message or module:
        import re
        text_re = re.compile(message, re.I) if message else None
        module_re = re.compile(module) if module else None
    _add_filter(action, text_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """filterwarnings() without the message and module conditions."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    present = item in filters
    if not append:
        # a filter already present moves to the front
        if present:
            del filters[filters.index(item)]
        filters[0:0] = [item]
    elif not present:
        filters[len(filters):] = [item]
    _filters_mutated()


def resetwarnings():
    """Remove every filter (warnings then get the default action)."""
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _matches(pattern, text):
    # filters installed by the interpreter hold plain strings that must match exactly
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


# ---------------------------------------------------------------- -W options

class _OptionError(Exception):
    """A malformed -W option."""
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


def _setoption(arg):
    fields = arg.split(':')
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields += [''] * (5 - len(fields))
    action, message, category, module, lineno = (field.strip() for field in fields)
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        message = re.escape(message) if message else message
        module = re.escape(module) + r'\Z' if module else module
    number = 0
    if lineno:
        try:
            number = int(lineno)
        except (ValueError, OverflowError):
            number = -1
        if number < 0:
            raise _OptionError("invalid lineno %r" % (lineno,))
    filterwarnings(action, message, category, module, number)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for candidate in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if candidate.startswith(action):
            return candidate
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' in category:
        module_name, _, class_name = category.rpartition('.')
        try:
            home = __import__(module_name, None, None, [class_name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module_name,)) from None
    else:
        import builtins as home
        class_name = category
    try:
        found = getattr(home, class_name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(found, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return found


# ---------------------------------------------------------------- issuing warnings

def _is_internal_frame(frame):
    """Frames of the import machinery are not blamed for warnings."""
    name = frame.f_code.co_filename
    return 'importlib' in name and '_bootstrap' in name


def _next_external_frame(frame):
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def _caller_frame(stacklevel):
    """The frame a warning is attributed to (None when the stack is not that deep)."""
    try:
        if stacklevel <= 1 or _is_internal_frame(sys._getframe(2)):
            return sys._getframe(stacklevel + 1)
        frame = sys._getframe(2)
    except ValueError:
        return None
    for _ in range(stacklevel - 1):
        frame = _next_external_frame(frame)
        if frame is None:
            return None
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning (message: str or Warning instance) attributed to the code
    stacklevel frames up the stack (1: the caller of warn())."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError(f"category must be a Warning subclass, not "
                        f"'{type(category).__name__}'")
    frame = _caller_frame(stacklevel)
    if frame is None:
        where, filename, lineno = sys.__dict__, "sys", 1
    else:
        where, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    module = where['__name__'] if '__name__' in where else "<string>"
    registry = where.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, where, source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Issue a warning with an explicit location (used by warn() and by the
    interpreter); registry records what was shown for the once/default/module
    actions."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module.lower().endswith(".py"):
            module = module[:-3]
    if registry is None:
        registry = {}
    elif registry.get('version', 0) != _filters_version:
        # the filters changed since this registry was filled: start afresh
        registry.clear()
    registry['version'] = _filters_version
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return  # shown already

    for item in filters:
        action, text_re, wanted, module_re, wanted_line = item
        if (_matches(text_re, text) and issubclass(category, wanted)
                and _matches(module_re, module) and wanted_line in (0, lineno)):
            break
    else:
        action = defaultaction

    if action == "ignore":
        return
    import linecache
    linecache.getlines(filename, module_globals)    # the source may come from a loader
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage(object):
    """One warning as recorded by catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        for name, value in zip(self._WARNING_DETAILS,
                               (message, category, filename, lineno, file, line, source)):
            setattr(self, name, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Context manager saving the warnings state (filters, showwarning) on entry and
    restoring it on exit.  record=True collects the WarningMessage objects of the
    warnings shown meanwhile in the list `as` binds; action (with category, lineno,
    append) installs a simplefilter for the block; module is the warnings module to
    act on (for tests)."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._entered = False
        self._module = module if module is not None else sys.modules['warnings']
        self._record = record
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules['warnings']:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        target = self._module
        self._filters = target.filters
        target.filters = self._filters[:]
        target._filters_mutated()
        self._showwarning = target.showwarning
        self._showwarnmsg_impl = target._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        target._showwarnmsg_impl = log.append
        # the default showwarning() passes everything to _showwarnmsg_impl
        target.showwarning = target._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        target.filters = self._filters
        target._filters_mutated()
        target.showwarning = self._showwarning
        target._showwarnmsg_impl = self._showwarnmsg_impl


def _warn_unawaited_coroutine(coro):
    where = [f"Coroutine created at (most recent call last)\n"]
    origin = getattr(coro, 'cr_origin', None)
    text = f"coroutine '{coro.__qualname__}' was never awaited\n"
    if origin:
        import linecache
        for filename, lineno, funcname in reversed(origin):
            line = linecache.getline(filename, lineno)
            where.append(f'  File "{filename}", line {lineno}, in {funcname}\n')
            if line:
                where.append(f'    {line.strip()}\n')
        text += ''.join(where).rstrip("\n")
    warn(text, category=RuntimeWarning, stacklevel=2, source=coro)


# ---------------------------------------------------------------- initial state

_filters_version = 1
defaultaction = "default"
onceregistry = {}

# The filters of a regular (non-debug) interpreter: DeprecationWarning is shown only
# for code in __main__; these categories are ignored elsewhere.
filters = [('default', None, DeprecationWarning, '__main__', 0)]
filters += [('ignore', None, kind, None, 0)
            for kind in (DeprecationWarning, PendingDeprecationWarning, ImportWarning,
                         ResourceWarning)]
_warnings_defaults = True

_processoptions(getattr(sys, 'warnoptions', ()))
