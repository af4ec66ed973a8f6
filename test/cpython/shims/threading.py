"""Stand-in threading for CPython's test files under tspy (not part of tspy's library): one
thread only; Thread.start() runs the target at once, locks never block."""
import sys

TIMEOUT_MAX = 1e9


def get_ident():
    return 1


def get_native_id():
    return 1


class Lock:
    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if self._held and not blocking:
            return False
        self._held = True
        return True

    def release(self):
        self._held = False

    def locked(self):
        return self._held

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()


RLock = Lock


class Event:
    def __init__(self):
        self._flag = False

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def is_set(self):
        return self._flag

    def wait(self, timeout=None):
        return self._flag


class Condition:
    def __init__(self, lock=None):
        self._lock = lock or Lock()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        return True

    def wait_for(self, predicate, timeout=None):
        return predicate()

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass


class Semaphore:
    def __init__(self, value=1):
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        return True

    def release(self, n=1):
        pass

    __enter__ = acquire

    def __exit__(self, *args):
        pass


BoundedSemaphore = Semaphore


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self.parties = parties

    def wait(self, timeout=None):
        return 0


class local:
    pass


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target, self._args, self._kwargs = target, args, kwargs or {}
        self.name = name or "Thread"
        self.daemon = bool(daemon)
        self._alive = False
        self.ident = None

    def start(self):
        self.ident = 1
        self.run()

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        pass

    def is_alive(self):
        return False


_main = Thread(name="MainThread")
_main.ident = 1


def current_thread():
    return _main


def main_thread():
    return _main


def active_count():
    return 1


def enumerate():
    return [_main]


_dangling = set()
_shutdown_locks = set()


def excepthook(args):
    pass


def settrace(func):
    pass


def setprofile(func):
    pass


def stack_size(size=0):
    return 0
