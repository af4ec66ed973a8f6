"""faulthandler: Python tracebacks on demand.

tspy cannot die of SIGSEGV or SIGABRT in Python code the way a C extension can, so enable()
only records the request; dump_traceback() writes the stack as CPython's faulthandler does,
straight to the file's descriptor ('Stack (most recent call first):' or, with all_threads, one
'Current thread 0x... (most recent call first):' block)."""

import os
import sys

_state = {'enabled': False, 'file': None, 'all_threads': True, 'later': None}
_MAX_DEPTH = 100


def _fd_of(file):
    """The descriptor to write to; the file object is flushed first."""
    if isinstance(file, int):
        if file < 0:
            raise ValueError('file is not a valid file descriptor')
        return file
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError('sys.stderr is None')
    fd = file.fileno()
    try:
        file.flush()
    except Exception:
        pass
    return fd


def _stack_text(frame):
    out = []
    depth = 0
    while frame is not None:
        if depth >= _MAX_DEPTH:
            out.append('  ...\n')
            break
        code = frame.f_code
        out.append('  File "%s", line %d in %s\n' % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
        depth += 1
    return ''.join(out)


def _thread_ident():
    try:
        import threading
        return threading.get_ident()
    except ImportError:
        return 0


def dump_traceback(file=None, all_threads=True):
    """Write the current stack (most recent call first) to file (default sys.stderr)."""
    fd = _fd_of(file)
    if all_threads:
        head = 'Current thread 0x%016x (most recent call first):\n' % _thread_ident()
    else:
        head = 'Stack (most recent call first):\n'
    os.write(fd, (head + _stack_text(sys._getframe(1))).encode('utf-8', 'backslashreplace'))


def enable(file=None, all_threads=True):
    """Ask for tracebacks on fatal errors (recorded: see the module doc)."""
    _fd_of(file)
    _state.update(enabled=True, file=file, all_threads=bool(all_threads))


def disable():
    _state.update(enabled=False, file=None)


def is_enabled():
    return _state['enabled']


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump the stacks after timeout seconds (recorded; tspy has no watchdog thread)."""
    if timeout <= 0:
        raise ValueError('timeout must be greater than 0')
    _fd_of(file)
    _state['later'] = (timeout, repeat, file, exit)


def cancel_dump_traceback_later():
    _state['later'] = None


_registered = {}


def register(signum, file=None, all_threads=True, chain=False):
    """Remember a signal whose arrival should dump the stacks."""
    _fd_of(file)
    _registered[signum] = (file, all_threads, chain)


def unregister(signum):
    """Forget a register()ed signal; True if it was registered."""
    return _registered.pop(signum, None) is not None
