"""Signal handlers (tspy), with CPython 3.11's API on Linux.

tspy's VM delivers SIGINT to Python code (src/vm/sigint.ts); the handler installed here for
SIGINT runs there: default_int_handler raises KeyboardInterrupt, a Python callable is called
with (signum, frame), SIG_IGN ignores it, SIG_DFL ends the process as killed by SIGINT.
Handlers for the other signals are recorded and run by raise_signal(); the operating system
does not deliver those signals to them.
"""

import sys as _sys
from enum import IntEnum as _IntEnum
import _signal

default_int_handler = _signal.default_int_handler

# Linux x86-64 signal numbers, in number order (aliases come after their first name).
_NUMBERS = [
    ('SIGHUP', 1, 'Hangup'), ('SIGINT', 2, 'Interrupt'), ('SIGQUIT', 3, 'Quit'),
    ('SIGILL', 4, 'Illegal instruction'), ('SIGTRAP', 5, 'Trace/breakpoint trap'),
    ('SIGABRT', 6, 'Aborted'), ('SIGBUS', 7, 'Bus error'), ('SIGFPE', 8, 'Floating point exception'),
    ('SIGKILL', 9, 'Killed'), ('SIGUSR1', 10, 'User defined signal 1'),
    ('SIGSEGV', 11, 'Segmentation fault'), ('SIGUSR2', 12, 'User defined signal 2'),
    ('SIGPIPE', 13, 'Broken pipe'), ('SIGALRM', 14, 'Alarm clock'), ('SIGTERM', 15, 'Terminated'),
    ('SIGSTKFLT', 16, 'Stack fault'), ('SIGCHLD', 17, 'Child exited'), ('SIGCONT', 18, 'Continued'),
    ('SIGSTOP', 19, 'Stopped (signal)'), ('SIGTSTP', 20, 'Stopped'),
    ('SIGTTIN', 21, 'Stopped (tty input)'), ('SIGTTOU', 22, 'Stopped (tty output)'),
    ('SIGURG', 23, 'Urgent I/O condition'), ('SIGXCPU', 24, 'CPU time limit exceeded'),
    ('SIGXFSZ', 25, 'File size limit exceeded'), ('SIGVTALRM', 26, 'Virtual timer expired'),
    ('SIGPROF', 27, 'Profiling timer expired'), ('SIGWINCH', 28, 'Window changed'),
    ('SIGIO', 29, 'I/O possible'), ('SIGPWR', 30, 'Power failure'), ('SIGSYS', 31, 'Bad system call'),
]
_ALIASES = {'SIGIOT': 6, 'SIGCLD': 17, 'SIGPOLL': 29}
SIGRTMIN, SIGRTMAX = 34, 64
NSIG = 65
_DESCRIPTIONS = {number: text for _, number, text in _NUMBERS}

Signals = _IntEnum('Signals', [(label, number) for label, number, _ in _NUMBERS]
                   + sorted(_ALIASES.items(), key=lambda item: item[1])
                   + [('SIGRTMIN', SIGRTMIN), ('SIGRTMAX', SIGRTMAX)],
                   module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)],
                    module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2

# Signals whose default action is to do nothing.
_IGNORED_BY_DEFAULT = {SIGCHLD, SIGCONT, SIGURG, SIGWINCH}

# The handler of every signal. At start-up CPython ignores SIGPIPE and SIGXFSZ and installs
# default_int_handler for SIGINT.
_handlers = {number: SIG_DFL for number in range(1, NSIG)}
_handlers[SIGPIPE] = SIG_IGN
_handlers[SIGXFSZ] = SIG_IGN
_handlers[SIGINT] = default_int_handler
_handlers[32] = _handlers[33] = None  # glibc's reserved real-time signals


def _as_enum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


def _signum(signalnum):
    number = int(signalnum) if isinstance(signalnum, int) else signalnum
    if not isinstance(number, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if not 1 <= number < NSIG:
        raise ValueError('signal number out of range')
    return number


def getsignal(signalnum):
    """The current handler of a signal: SIG_DFL, SIG_IGN, a callable, or None."""
    return _as_enum(_handlers[_signum(signalnum)], Handlers)


def signal(signalnum, handler):
    """Install handler for the signal; returns the previous handler."""
    if not (callable(handler) or (isinstance(handler, int) and int(handler) in (0, 1))):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    number = _signum(signalnum)
    if number in (SIGKILL, SIGSTOP) or 32 <= number < SIGRTMIN:
        raise OSError(22, 'Invalid argument')
    previous = _handlers[number]
    if not callable(handler):
        handler = int(handler)
    _handlers[number] = handler
    if number == SIGINT:
        _signal.set_sigint(None if handler is default_int_handler else handler)
    return _as_enum(previous, Handlers)


def raise_signal(signalnum):
    """Send a signal to this process (its handler runs before raise_signal returns)."""
    number = int(signalnum) if isinstance(signalnum, int) else signalnum
    if not isinstance(number, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if number == 0:
        return
    if not 1 <= number < NSIG or 32 <= number < SIGRTMIN:
        raise OSError(22, 'Invalid argument')
    if number == SIGINT:
        _signal.deliver_sigint()
        return
    handler = _handlers[number]
    if handler == SIG_IGN or (handler == SIG_DFL and number in _IGNORED_BY_DEFAULT):
        return
    if handler == SIG_DFL:
        # The default action ends the process; tspy reports it as an exit with 128 + signum.
        _sys.stdout.flush()
        import os
        os._exit(128 + number)
    handler(number, _sys._getframe(1))


def strsignal(signalnum):
    """The description of a signal ('Interrupt'), or None for an unknown number."""
    number = _signum(signalnum)
    if number in _DESCRIPTIONS:
        return _DESCRIPTIONS[number]
    if SIGRTMIN <= number <= SIGRTMAX:
        return 'Real-time signal %d' % (number - SIGRTMIN)
    return None


def valid_signals():
    """The set of signal numbers of this platform."""
    return {_as_enum(n, Signals) for n in range(1, NSIG) if not 32 <= n < SIGRTMIN}

