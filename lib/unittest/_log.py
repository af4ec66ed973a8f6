"""assertLogs / assertNoLogs: capture what a logger emits during a with block."""

import collections
import logging

from .case import _AssertRaisesBaseContext

__unittest = True

_LoggingWatcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])


class _CapturingHandler(logging.Handler):
    """Keeps every record it gets, and its formatted text."""

    def __init__(self):
        super().__init__()
        self.watcher = _LoggingWatcher([], [])

    def flush(self):
        pass

    def emit(self, record):
        seen = self.watcher
        seen.records.append(record)
        seen.output.append(self.format(record))


class _AssertLogsContext(_AssertRaisesBaseContext):
    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        super().__init__(None, test_case)
        self.logger_name, self.no_logs = logger_name, no_logs
        if not level:
            level = logging.INFO
        self.level = logging._nameToLevel.get(level, level)

    def __enter__(self):
        target = self.logger_name
        if not isinstance(target, logging.Logger):
            target = logging.getLogger(target)
        self.logger = target
        catcher = _CapturingHandler()
        catcher.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        catcher.setLevel(self.level)
        self.watcher = catcher.watcher
        self._before = (list(target.handlers), target.level, target.propagate)
        target.handlers, target.propagate = [catcher], False
        target.setLevel(self.level)
        return None if self.no_logs else catcher.watcher

    def __exit__(self, exc_type, exc_value, tb):
        handlers, level, propagate = self._before
        self.logger.handlers, self.logger.propagate = handlers, propagate
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        got = self.watcher.records
        if self.no_logs and got:
            self._raiseFailure("Unexpected logs found: {!r}".format(self.watcher.output))
        elif not self.no_logs and not got:
            self._raiseFailure("no logs of level {} or higher triggered on {}".format(
                logging.getLevelName(self.level), self.logger.name))
