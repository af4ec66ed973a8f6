"""Logging: loggers in a dotted-name hierarchy, handlers, formatters, filters (CPython 3.11).

Written for tspy from the documented behaviour of the module.

Shape of the module:
  - levels: two dicts (number -> name, name -> number) and _checkLevel;
  - LogRecord, the record factory, makeLogRecord;
  - the three formatting styles ('%', '{', '$') and Formatter/BufferingFormatter;
  - Filter/Filterer, Handler, StreamHandler, FileHandler, NullHandler, the last-resort
    stderr handler;
  - the logger tree: Logger, RootLogger, PlaceHolder and the Manager that links loggers to
    their nearest existing ancestor (placeholders stand for ancestors not created yet);
  - LoggerAdapter, basicConfig and the module-level convenience functions.
tspy has no threads, so the module lock and handler locks are a no-op reentrant lock unless
`threading` can be imported.
"""
import sys
import os
import weakref as _weakref
import time
import io
import traceback
import warnings
import collections.abc as _cabc
from string import Template, Formatter as _StrFormatter

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL',
           'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger',
           'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler', 'WARN', 'WARNING',
           'addLevelName', 'basicConfig', 'captureWarnings', 'critical', 'debug', 'disable',
           'error', 'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown', 'warn', 'warning',
           'getLogRecordFactory', 'setLogRecordFactory', 'lastResort', 'raiseExceptions',
           'getLevelNamesMapping']

try:
    import threading
except ImportError:
    threading = None

__author__ = 'Vinay Sajip <vinay_sajip@red-dove.com>'
__status__ = 'production'
__version__ = '0.5.1.2'
__date__ = '07 February 2010'

_startTime = time.time()

# switches: raise errors met while emitting; fill the thread/process fields of records
raiseExceptions = logThreads = logMultiprocessing = logProcesses = True

# ---------------------------------------------------------------------------------------------
# Levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO',
                DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING,
                'WARNING': WARNING, 'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a numeric level ('Level N' when unnamed), or the number of a level name."""
    if level in _levelToName:
        return _levelToName[level]
    if level in _nameToLevel:
        return _nameToLevel[level]
    return 'Level %s' % level


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError('Unknown level: %r' % level)
        return _nameToLevel[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


class _NoLock(object):
    """Reentrant lock stand-in for a runtime without threads."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc):
        return False


def _new_lock():
    if threading is not None:
        return threading.RLock()
    return _NoLock()


_lock = _new_lock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


# Frames from this file are skipped when looking for the caller of a logging call.
_srcfile = os.path.normcase(addLevelName.__code__.co_filename)


def _is_internal_frame(frame):
    name = os.path.normcase(frame.f_code.co_filename)
    return name == _srcfile or ('importlib' in name and '_bootstrap' in name)


def currentframe():
    return sys._getframe(1)


# ---------------------------------------------------------------------------------------------
# Records


class LogRecord(object):
    """Everything known about one logging event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        now = time.time()
        # log('%(a)s', {'a': 1}): a single mapping argument is used for %-formatting by key
        if args and len(args) == 1 and isinstance(args[0], _cabc.Mapping) and args[0]:
            args = args[0]
        try:
            base = os.path.basename(pathname)
            mod = os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            base, mod = pathname, 'Unknown module'
        if not logThreads:
            tid = tname = None
        elif threading is not None:
            tid, tname = threading.get_ident(), threading.current_thread().name
        else:
            tid, tname = 1, 'MainThread'
        self.__dict__.update(
            name=name, msg=msg, args=args, levelname=getLevelName(level), levelno=level,
            pathname=pathname, filename=base, module=mod, exc_info=exc_info, exc_text=None,
            stack_info=sinfo, lineno=lineno, funcName=func, created=now,
            msecs=int((now - int(now)) * 1000) + 0.0,
            relativeCreated=(now - _startTime) * 1000, thread=tid, threadName=tname,
            processName='MainProcess' if logMultiprocessing else None,
            process=os.getpid() if logProcesses and hasattr(os, 'getpid') else None)

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                      self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes come from dict (e.g. one received over a socket)."""
    rec = _logRecordFactory(None, None, '', 0, '', (), None, None)
    rec.__dict__.update(dict)
    return rec


# ---------------------------------------------------------------------------------------------
# Formatting styles


def _percent_fields_ok(fmt):
    """Is there at least one valid %(name)<conversion> directive in fmt?"""
    i = fmt.find('%(')
    while i >= 0:
        close = fmt.find(')', i + 2)
        if close < 0:
            return False
        key = fmt[i + 2:close]
        if key and all(c.isalnum() or c == '_' for c in key):
            j = close + 1
            while j < len(fmt) and fmt[j] in '#0+ -':
                j += 1
            if j < len(fmt) and fmt[j] == '*':
                j += 1
            else:
                while j < len(fmt) and fmt[j].isdigit():
                    j += 1
            if j < len(fmt) and fmt[j] == '.':
                j += 1
                if j < len(fmt) and fmt[j] == '*':
                    j += 1
                else:
                    while j < len(fmt) and fmt[j].isdigit():
                        j += 1
            if j < len(fmt) and fmt[j] in 'diouxefgcrsa%':
                return True
        i = fmt.find('%(', i + 2)
    return False


class PercentStyle(object):
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        if not _percent_fields_ok(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            merged = dict(self._defaults)
            merged.update(record.__dict__)
            return merged
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        names = set()
        try:
            for _lit, field, spec, conv in _StrFormatter().parse(self._fmt):
                if field is None:
                    continue
                head = field
                for k, ch in enumerate(field):
                    if ch in '.[':
                        head = field[:k]
                        break
                if not head or not all(c.isalnum() or c == '_' for c in head):
                    raise ValueError('invalid field name/expression: %r' % field)
                names.add(head)
                if conv and conv not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conv)
                if spec and not _spec_ok(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not names:
            raise ValueError('invalid format: no fields')


def _spec_ok(spec):
    """Format-spec grammar [[fill]align][sign][z][#][0][width][grouping][.precision][type];
    nested {fields} are accepted as they are."""
    if '{' in spec:
        return True
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        i = 1
    if i < n and spec[i] in '+- ':
        i += 1
    if i < n and spec[i] == 'z':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        i += 1
    while i < n and spec[i].isdigit():
        i += 1
    if i < n and spec[i] in ',_':
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        if i >= n or not spec[i].isdigit():
            return False
        while i < n and spec[i].isdigit():
            i += 1
    if i < n and spec[i] in 'bcdeEfFgGnosxX%':
        i += 1
    return i == n


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        found = False
        for m in self._tpl.pattern.finditer(self._fmt):
            parts = m.groupdict()
            if parts['named'] or parts['braced']:
                found = True
            elif parts['invalid'] is not None:
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not found:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class Formatter(object):
    """Turns a LogRecord into text with a format string in one of three styles."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        chosen = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            chosen.validate()
        self._style, self._fmt, self.datefmt = chosen, chosen._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        out = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, out)
        text = out.getvalue()
        out.close()
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        style = self._style
        return style.usesTime()

    def formatMessage(self, record):
        style = self._style
        return style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        setattr(record, 'message', record.getMessage())
        if self.usesTime():
            setattr(record, 'asctime', self.formatTime(record, self.datefmt))
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            setattr(record, 'exc_text', self.formatException(record.exc_info))
        for extra in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if extra:
                if not text.endswith('\n'):
                    text += '\n'
                text += extra
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: header, each record, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if not records:
            return ''
        body = ''.join([self.linefmt.format(r) for r in records])
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------------------------------------
# Filters


class Filter(object):
    """Passes records from the logger called name and its descendants (all when name is '')."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name) and record.name[self.nlen] == '.'


class Filterer(object):
    """Base of loggers and handlers: a list of filters that all must pass a record."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            check = f.filter if hasattr(f, 'filter') else f
            if not check(record):
                return False
        return True


# ---------------------------------------------------------------------------------------------
# Handlers

_handlers = _weakref.WeakValueDictionary()  # name -> handler, while the handler lives
# every live handler, oldest first, as weak references (shutdown() flushes them at exit); a
# handler that goes away takes its entry with it
_handlerList = []


def _removeHandlerRef(wr):
    lock, handlers = _lock, _handlerList
    if lock is None or handlers is None:
        return  # interpreter shutdown
    with lock:
        if wr in handlers:
            handlers.remove(wr)


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(_weakref.ref(handler, _removeHandlerRef))


class Handler(Filterer):
    """Base class of handlers: dispatches formatted records somewhere."""

    def __init__(self, level=NOTSET):
        super().__init__()
        self.__dict__.update(_name=None, level=_checkLevel(level), formatter=None,
                             _closed=False)
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _new_lock()

    def _at_fork_reinit(self):
        self.createLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            with self.lock:
                self.emit(record)
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised while emitting (when raiseExceptions is set)."""
        if not (raiseExceptions and sys.stderr):
            return
        etype, value, tb = sys.exc_info()
        try:
            err = sys.stderr
            err.write('--- Logging error ---\n')
            traceback.print_exception(etype, value, tb, None, err)
            err.write('Call stack:\n')
            frame = tb.tb_frame if tb is not None else None
            while frame is not None and _is_internal_frame(frame):
                frame = frame.f_back
            if frame is not None:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments - possible formatting '
                          'error.\nUse the traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            del etype, value, tb

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, 'flush'):
                self.stream.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        with self.lock:
            old = self.stream
            self.flush()
            self.stream = stream
        return old

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, label, getLevelName(self.level))

    __class_getitem__ = classmethod(lambda cls, item: cls)


class FileHandler(StreamHandler):
    """Writes formatted records to a file."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        self.__dict__.update(baseFilename=os.path.abspath(os.fspath(filename)), mode=mode,
                             encoding=encoding, errors=errors, delay=delay,
                             _builtin_open=open)
        if not delay:
            StreamHandler.__init__(self, self._open())
        else:
            Handler.__init__(self)
            self.stream = None

    def close(self):
        with self.lock:
            try:
                try:
                    if self.stream:
                        try:
                            self.flush()
                        finally:
                            s = self.stream
                            self.stream = None
                            if hasattr(s, 'close'):
                                s.close()
                finally:
                    StreamHandler.close(self)
            finally:
                pass

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode, encoding=self.encoding,
                                  errors=self.errors)

    def emit(self, record):
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the time of each record."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing; libraries add it to avoid the last-resort output."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------------------------
# The logger tree


class PlaceHolder(object):
    """Stands in the tree for a logger name that has only descendants so far."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Holds every named logger and keeps parent links pointing at the nearest ancestor."""

    def __init__(self, rootnode):
        self.__dict__.update(root=rootnode, emittedNoHandlerWarning=False, loggerDict={},
                             loggerClass=None, logRecordFactory=None)
        self.disable = 0

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if existing is not None and not isinstance(existing, PlaceHolder):
                return existing
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            if isinstance(existing, PlaceHolder):
                self._fixupChildren(existing, made)
            self._fixupParents(made)
            return made

    def setLoggerClass(self, klass):
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        """Link alogger to its nearest existing ancestor; placeholders for the missing ones."""
        name = alogger.name
        parent = None
        cut = name.rfind('.')
        while cut > 0 and parent is None:
            prefix = name[:cut]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(node, Logger):
                parent = node
            else:
                node.append(alogger)
            cut = name.rfind('.', 0, cut)
        alogger.parent = parent if parent is not None else self.root

    def _fixupChildren(self, ph, alogger):
        """alogger replaces placeholder ph: descendants that pointed above it now point to it."""
        prefix = alogger.name + '.'
        for child in ph.loggerMap.keys():
            if not child.parent.name.startswith(prefix):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        with _lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


def _emitter(level, name):
    """A Logger method that logs at a fixed level."""
    def emit_at_level(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    emit_at_level.__name__ = emit_at_level.__qualname__ = name
    return emit_at_level


def _deprecated_warn(kind):
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % kind,
                  DeprecationWarning, 3)


class Logger(Filterer):
    """A named channel of the application; passes records to its handlers and ancestors'."""

    def __init__(self, name, level=NOTSET):
        super().__init__()
        self.__dict__.update(name=name, level=_checkLevel(level), parent=None, propagate=True,
                             handlers=[], disabled=False, _cache={})

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    debug = _emitter(DEBUG, 'debug')
    info = _emitter(INFO, 'info')
    warning = _emitter(WARNING, 'warning')
    error = _emitter(ERROR, 'error')
    critical = _emitter(CRITICAL, 'critical')
    fatal = critical

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs['exc_info'] = exc_info
        self.error(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if isinstance(level, int):
            if self.isEnabledFor(level):
                self._log(level, msg, args, **kwargs)
        elif raiseExceptions:
            raise TypeError('level must be an integer')

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line, function, stack text) of the code that called the logger."""
        frame = currentframe()
        while frame is not None and _is_internal_frame(frame):
            frame = frame.f_back
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            while frame is not None and _is_internal_frame(frame):
                frame = frame.f_back
            stacklevel -= 1
        if frame is None:
            return '(unknown file)', 0, '(unknown function)', None
        sinfo = None
        if stack_info:
            buf = io.StringIO()
            buf.write('Stack (most recent call last):\n')
            traceback.print_stack(frame, file=buf)
            sinfo = buf.getvalue()
            if sinfo.endswith('\n'):
                sinfo = sinfo[:-1]
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        rec = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in rec.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                rec.__dict__[key] = extra[key]
        return rec

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func, sinfo = '(unknown file)', 0, '(unknown function)', None
        else:
            fn, lno, func, sinfo = '(unknown file)', 0, '(unknown function)', None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func,
                                    extra, sinfo))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        node = self
        while node:
            if node.handlers:
                return True
            if not node.propagate:
                return False
            node = node.parent
        return False

    def callHandlers(self, record):
        """Offer the record to this logger's handlers and its ancestors' (while propagating)."""
        called = 0
        node = self
        while node:
            for h in node.handlers:
                called += 1
                if record.levelno >= h.level:
                    h.handle(record)
            node = node.parent if node.propagate else None
        if called:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            pass
        with _lock:
            ok = self.manager.disable < level and level >= self.getEffectiveLevel()
            self._cache[level] = ok
        return ok

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the tree ('root'); it always has a level."""

    def __init__(self, level):
        Logger.__init__(self, 'root', level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def _adapter_emitter(level, name):
    def log_at_level(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    log_at_level.__name__ = log_at_level.__qualname__ = name
    return log_at_level


class LoggerAdapter(object):
    """Wraps a logger to add contextual information (extra) to every call."""

    def __init__(self, logger, extra=None):
        self.__dict__.update(logger=logger, extra=extra)

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    debug = _adapter_emitter(DEBUG, 'debug')
    info = _adapter_emitter(INFO, 'info')
    warning = _adapter_emitter(WARNING, 'warning')
    error = _adapter_emitter(ERROR, 'error')
    critical = _adapter_emitter(CRITICAL, 'critical')

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs['exc_info'] = exc_info
        self.log(ERROR, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        text, options = self.process(msg, kwargs)
        self.logger.log(level, text, *args, **options)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        target = self.logger
        target.setLevel(level)

    def getEffectiveLevel(self):
        target = self.logger
        return target.getEffectiveLevel()

    def hasHandlers(self):
        target = self.logger
        return target.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))

    __class_getitem__ = classmethod(lambda cls, item: cls)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------------------------------------
# Configuration and module-level functions


def basicConfig(**kwargs):
    """Give the root logger a handler (stderr, a stream or a file) and a formatter, once."""
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in list(root.handlers):
                root.removeHandler(h)
                h.close()
        if root.handlers:
            return
        handlers = kwargs.pop('handlers', None)
        if handlers is None:
            if 'stream' in kwargs and 'filename' in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        elif 'stream' in kwargs or 'filename' in kwargs:
            raise ValueError("'stream' or 'filename' should not be specified together "
                             "with 'handlers'")
        if handlers is None:
            filename = kwargs.pop('filename', None)
            mode = kwargs.pop('filemode', 'a')
            if filename:
                if 'b' in mode:
                    errors = None
                else:
                    encoding = io.text_encoding(encoding)
                handlers = [FileHandler(filename, mode, encoding=encoding, errors=errors)]
            else:
                handlers = [StreamHandler(kwargs.pop('stream', None))]
        dfs = kwargs.pop('datefmt', None)
        style = kwargs.pop('style', '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        fs = kwargs.pop('format', _STYLES[style][1])
        shared = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(shared)
            root.addHandler(h)
        level = kwargs.pop('level', None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def getLogger(name=None):
    """The logger called name (created on first use); the root logger for no name."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _root_function(name):
    def call_root(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, name)(msg, *args, **kwargs)
    call_root.__name__ = call_root.__qualname__ = name
    return call_root


critical = _root_function('critical')
fatal = critical
error = _root_function('error')
warning = _root_function('warning')
info = _root_function('info')
debug = _root_function('debug')


def exception(msg, *args, exc_info=True, **kwargs):
    kwargs['exc_info'] = exc_info
    error(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated_warn('function')
    warning(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler (newest first); registered with atexit."""
    for wr in reversed(handlerList[:]):
        try:
            h = wr()
            if h:
                try:
                    h.acquire()
                    h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except BaseException:
            if raiseExceptions:
                raise


try:
    import atexit
    atexit.register(shutdown)
except ImportError:
    pass


_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger('py.warnings')
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning('%s', text)


def captureWarnings(capture):
    """Route warnings.showwarning output to the 'py.warnings' logger (or stop doing so)."""
    global _warnings_showwarning
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    elif _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
