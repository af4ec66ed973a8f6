"""Stand-in _thread for CPython's test files under tspy (not part of tspy's library)."""
import threading as _t

error = RuntimeError
TIMEOUT_MAX = _t.TIMEOUT_MAX
LockType = _t.Lock
allocate_lock = _t.Lock
RLock = _t.Lock
get_ident = _t.get_ident
get_native_id = _t.get_native_id
stack_size = _t.stack_size


def start_new_thread(function, args, kwargs=None):
    function(*args, **(kwargs or {}))
    return 1


def _count():
    return 0


def interrupt_main(signum=2):
    pass


class _local:
    pass
