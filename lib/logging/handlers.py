"""More logging handlers: rotating files, buffering/memory, queues (CPython 3.11 subset).

Written for tspy from the documented behaviour. Provided: WatchedFileHandler,
BaseRotatingHandler, RotatingFileHandler, TimedRotatingFileHandler, BufferingHandler,
MemoryHandler, QueueHandler and a QueueListener that works without threads (start() is
accepted; records are handled when dequeue()/stop() runs). Network handlers (Socket, Datagram,
SysLog, SMTP, NTEventLog, HTTP) are not provided.
"""
import os
import re
import time
import io
import logging

(DEFAULT_TCP_LOGGING_PORT, DEFAULT_UDP_LOGGING_PORT, DEFAULT_HTTP_LOGGING_PORT,
 DEFAULT_SOAP_LOGGING_PORT) = range(9020, 9024)
SYSLOG_UDP_PORT = SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may switch to a new file before writing a record."""

    namer = rotator = None  # optional callables: rename a rotated file / do the rotation

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        super().__init__(filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.__dict__.update(mode=mode, encoding=encoding, errors=errors)

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            super().emit(record)
        except Exception:
            logging.Handler.handleError(self, record)

    def rotation_filename(self, default_name):
        custom = self.namer
        return custom(default_name) if callable(custom) else default_name

    def rotate(self, source, dest):
        custom = self.rotator
        if callable(custom):
            custom(source, dest)
        elif os.path.exists(source):
            os.replace(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Switches to a new file when the current one would exceed maxBytes; keeps backupCount
    old files as NAME.1 (newest) to NAME.N."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        mode = 'a' if maxBytes > 0 else mode
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        super().__init__(filename, mode, encoding=encoding, delay=delay, errors=errors)
        self.__dict__.update(maxBytes=maxBytes, backupCount=backupCount)

    def _close_stream(self):
        current, self.stream = self.stream, None
        if current:
            current.close()

    def doRollover(self):
        self._close_stream()
        base = self.baseFilename
        if self.backupCount >= 1:
            for n in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename('%s.%d' % (base, n))
                newer = self.rotation_filename('%s.%d' % (base, n + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(base + '.1')
            if os.path.exists(first):
                os.remove(first)
            self.rotate(base, first)
        if not self.delay:
            self.stream = self._open()

    def _special_file(self):
        path = self.baseFilename
        return os.path.exists(path) and not os.path.isfile(path)

    def shouldRollover(self, record):
        if self._special_file():
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        text = '%s\n' % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(text) >= self.maxBytes


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Switches to a new file at time intervals (S, M, H, D, MIDNIGHT, W0-W6)."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        super().__init__(filename, 'a', encoding=io.text_encoding(encoding), delay=delay,
                         errors=errors)
        self.__dict__.update(when=when.upper(), backupCount=backupCount, utc=utc,
                             atTime=atTime)
        unit = self.when
        table = {'S': (1, '%Y-%m-%d_%H-%M-%S', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}'),
                 'M': (60, '%Y-%m-%d_%H-%M', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}'),
                 'H': (3600, '%Y-%m-%d_%H', r'\d{4}-\d{2}-\d{2}_\d{2}'),
                 'D': (_MIDNIGHT, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
                 'MIDNIGHT': (_MIDNIGHT, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}')}
        if unit[:1] == 'W':
            if len(unit) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 '(0 is Monday): %s' % unit)
            if unit[1] not in '0123456':
                raise ValueError('Invalid day specified for weekly rollover: %s' % unit)
            self.dayOfWeek = '0123456'.index(unit[1])
            seconds, self.suffix, pattern = 7 * _MIDNIGHT, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'
        elif self.when in table:
            seconds, self.suffix, pattern = table[self.when]
        else:
            raise ValueError('Invalid rollover interval specified: %s' % self.when)
        self.extMatch = re.compile(r'(?<!\d)' + pattern + r'(?!\d)', re.ASCII)
        self.interval = seconds * interval
        path = self.baseFilename
        when_made = os.stat(path).st_mtime if os.path.exists(path) else int(time.time())
        self.rolloverAt = self.computeRollover(when_made)

    def computeRollover(self, currentTime):
        weekly = self.when[:1] == 'W'
        if self.when != 'MIDNIGHT' and not weekly:
            return currentTime + self.interval
        t = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
        now = (t[3] * 60 + t[4]) * 60 + t[5]
        if self.atTime is None:
            target = _MIDNIGHT
        else:
            target = (self.atTime.hour * 60 + self.atTime.minute) * 60 + \
                self.atTime.second
        left = target - now
        if left < 0:
            left += _MIDNIGHT
            day = (t[6] + 1) % 7
        else:
            day = t[6]
        due = currentTime + left
        if weekly and day != self.dayOfWeek:
            due += ((self.dayOfWeek - day) % 7) * _MIDNIGHT
        return due

    def shouldRollover(self, record):
        path = self.baseFilename
        if os.path.exists(path) and not os.path.isfile(path):
            return False
        return time.time() >= self.rolloverAt

    def getFilesToDelete(self):
        folder, base = os.path.split(self.baseFilename)
        prefix = base + '.'
        found = []
        for name in os.listdir(folder):
            if name.startswith(prefix) and self.extMatch.fullmatch(name[len(prefix):]):
                found.append(os.path.join(folder, name))
        if len(found) <= self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        current, self.stream = self.stream, None
        if current:
            current.close()
        now = int(time.time())
        start = self.rolloverAt - self.interval
        stamp = time.gmtime(start) if self.utc else time.localtime(start)
        target = self.rotation_filename(self.baseFilename + '.' + time.strftime(self.suffix,
                                                                               stamp))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount >= 1:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        nxt = self.computeRollover(now)
        while nxt <= now:
            nxt += self.interval
        self.rolloverAt = nxt


class WatchedFileHandler(logging.FileHandler):
    """Reopens the file when it was moved or removed since the last record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        super().__init__(filename, mode=mode, delay=delay, errors=errors,
                         encoding=encoding if 'b' in mode else io.text_encoding(encoding))
        self.dev = self.ino = -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            info = os.fstat(self.stream.fileno())
            self.dev, self.ino = info.st_dev, info.st_ino

    def reopenIfNeeded(self):
        try:
            info = os.stat(self.baseFilename)
            same = info.st_dev == self.dev and info.st_ino == self.ino
        except FileNotFoundError:
            same = False
        if same or self.stream is None:
            return
        old, self.stream = self.stream, None
        old.flush()
        old.close()
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        super().emit(record)


class BufferingHandler(logging.Handler):
    """Keeps records in a list; flush() empties it (subclasses decide what else)."""

    def __init__(self, capacity):
        super().__init__()
        self.capacity, self.buffer = capacity, []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        pending = self.buffer
        pending.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            del self.buffer[:]

    def close(self):
        try:
            self.flush()
        finally:
            super().close()


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to target when full or at flushLevel and above."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        super().__init__(capacity)
        self.__dict__.update(flushLevel=flushLevel, target=target, flushOnClose=flushOnClose)

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            setattr(self, 'target', target)

    def flush(self):
        with self.lock:
            dest = self.target
            if dest:
                for rec in self.buffer:
                    dest.handle(rec)
                del self.buffer[:]

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                setattr(self, 'target', None)
                super().close()


class QueueHandler(logging.Handler):
    """Puts prepared records on a queue (put_nowait)."""

    def __init__(self, queue):
        super().__init__()
        setattr(self, 'queue', queue)

    def enqueue(self, record):
        q = self.queue
        q.put_nowait(record)

    def prepare(self, record):
        import copy
        text = self.format(record)
        prepared = copy.copy(record)
        prepared.__dict__.update(message=text, msg=text, args=None, exc_info=None,
                                 exc_text=None, stack_info=None)
        return prepared

    def emit(self, record):
        try:
            ready = self.prepare(record)
            self.enqueue(ready)
        except Exception:
            logging.Handler.handleError(self, record)


class QueueListener(object):
    """Takes records off a queue and passes them to handlers (no thread in tspy: records are
    processed by stop())."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.__dict__.update(queue=queue, handlers=handlers, _thread=None,
                             respect_handler_level=respect_handler_level)

    def dequeue(self, block):
        q = self.queue
        return q.get(block)

    def start(self):
        self._thread = True

    def prepare(self, record):
        return record

    def handle(self, record):
        ready = self.prepare(record)
        for h in self.handlers:
            if not self.respect_handler_level or ready.levelno >= h.level:
                h.handle(ready)

    def _drain(self):
        while True:
            try:
                record = self.queue.get_nowait()
            except Exception:
                return
            if record is self._sentinel:
                return
            self.handle(record)

    def enqueue_sentinel(self):
        q = self.queue
        q.put_nowait(self._sentinel)

    def stop(self):
        running, self._thread = self._thread, None
        if running:
            self._drain()
