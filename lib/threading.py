"""Thread objects and synchronisation primitives over `_thread` (CPython 3.11 API), for tspy.

tspy's threads are green threads run by the VM's scheduler: one runs at a time and the VM switches
between them every sys.getswitchinterval() seconds and whenever one blocks (see
docs/internals/threads.md). Everything here is built from _thread's lock and RLock.

Layout: the registry of live threads (_live, by ident, and _starting, for threads between
start() and their first instruction) is guarded by _registry_lock. A Thread's end is signalled by
its _end_lock, a lock from _thread._set_sentinel() that the VM releases when the thread's code
has returned; join() waits on it.
"""
import sys as _sys
import _thread
from time import monotonic as _clock
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id', 'getprofile', 'gettrace']

from _thread import (start_new_thread as _spawn, allocate_lock as _new_lock, _set_sentinel as _end_signal,
                     get_ident, get_native_id, error as ThreadError, TIMEOUT_MAX, stack_size,
                     RLock as _NativeRLock)

Lock = _new_lock
# CPython has a C and a Python RLock; tspy's one is native (src/modules/_thread.ts)
_CRLock = _PyRLock = _NativeRLock

_new_thread_trace = None
_new_thread_profile = None


def settrace(func):
    """Set the trace function given to sys.settrace() in each thread started from now on."""
    global _new_thread_trace
    _new_thread_trace = func


def gettrace():
    return _new_thread_trace


def setprofile(func):
    """Set the profile function given to sys.setprofile() in each thread started from now on."""
    global _new_thread_profile
    _new_thread_profile = func


def getprofile():
    return _new_thread_profile


def RLock(*args, **kwargs):
    """A reentrant lock: the thread holding it may take it again; it is free after as many releases."""
    return _NativeRLock(*args, **kwargs)


def _call(fn, args, kwargs):
    # f(*args, **kwargs) through a plain CALL where possible: the VM can switch threads inside a
    # Python function called that way (a call through CALL_FUNCTION_EX nests an eval loop)
    if kwargs:
        return fn(*args, **kwargs)
    n = len(args)
    if n == 0:
        return fn()
    if n == 1:
        return fn(args[0])
    if n == 2:
        return fn(args[0], args[1])
    if n == 3:
        return fn(args[0], args[1], args[2])
    if n == 4:
        return fn(args[0], args[1], args[2], args[3])
    return fn(*args)


# ---- Condition -----------------------------------------------------------------------------------

class Condition:
    """A condition variable: threads wait() until another notify()s them, holding the lock around both."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._mutex = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # an RLock is given up whole while waiting, and taken back with its count
        self._give_up = getattr(lock, '_release_save', None) or self._plain_give_up
        self._take_back = getattr(lock, '_acquire_restore', None) or self._plain_take_back
        owned = getattr(lock, '_is_owned', None)
        if owned is not None:
            self._is_owned = owned
        self._sleepers = _deque()

    def __enter__(self):
        return self._mutex.__enter__()

    def __exit__(self, *exc):
        return self._mutex.__exit__(*exc)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._mutex, len(self._sleepers))

    def _plain_give_up(self):
        self._mutex.release()

    def _plain_take_back(self, state):
        self._mutex.acquire()

    def _is_owned(self):
        # a plain lock: owned by someone if it cannot be taken now
        if self._mutex.acquire(False):
            self._mutex.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or `timeout` seconds passed, take the lock back.
        Returns False when the timeout passed first."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _new_lock()
        gate.acquire()
        self._sleepers.append(gate)
        state = self._give_up()
        woken = False
        try:
            if timeout is None:
                gate.acquire()
                woken = True
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._take_back(state)
            if not woken:
                try:
                    self._sleepers.remove(gate)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """wait() until predicate() is true (or the timeout passes); returns the last predicate value."""
        deadline = None
        result = predicate()
        while not result:
            if timeout is not None:
                if deadline is None:
                    deadline = _clock() + timeout
                left = deadline - _clock()
                if left <= 0:
                    break
                self.wait(left)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n of the threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        sleepers = self._sleepers
        while n > 0 and sleepers:
            gate = sleepers.popleft()
            n -= 1
            try:
                gate.release()
            except RuntimeError:
                pass

    def notify_all(self):
        """Wake every thread waiting on this condition."""
        self.notify(len(self._sleepers))

    def notifyAll(self):
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead', DeprecationWarning, stacklevel=2)
        self.notify_all()


# ---- Semaphore -------------------------------------------------------------------------------------

class Semaphore:
    """A counter: acquire() takes one (waiting while it is 0), release() gives some back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._guard = Condition(Lock())
        self._units = value

    def __repr__(self):
        cls = type(self)
        return "<%s.%s at %#x: value=%d>" % (cls.__module__, cls.__qualname__, id(self), self._units)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        got = False
        deadline = None
        with self._guard:
            while self._units == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if deadline is None:
                        deadline = _clock() + timeout
                    else:
                        timeout = deadline - _clock()
                        if timeout <= 0:
                            break
                self._guard.wait(timeout)
            else:
                self._units -= 1
                got = True
        return got

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._guard:
            self._units += n
            self._guard.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may never go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._ceiling = value

    def __repr__(self):
        cls = type(self)
        return "<%s.%s at %#x: value=%d/%d>" % (cls.__module__, cls.__qualname__, id(self), self._units,
                                                self._ceiling)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._guard:
            if self._units + n > self._ceiling:
                raise ValueError("Semaphore released too many times")
            self._units += n
            self._guard.notify(n)


# ---- Event -----------------------------------------------------------------------------------------

class Event:
    """A flag threads can wait for: set() wakes every waiter, clear() lowers it again."""

    def __init__(self):
        self._guard = Condition(Lock())
        self._is_up = False

    def __repr__(self):
        cls = type(self)
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(self), 'set' if self._is_up else 'unset')

    def _at_fork_reinit(self):
        self._guard = Condition(Lock())

    def is_set(self):
        return self._is_up

    def isSet(self):
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead', DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        with self._guard:
            self._is_up = True
            self._guard.notify_all()

    def clear(self):
        with self._guard:
            self._is_up = False

    def wait(self, timeout=None):
        """Block until the flag is set or `timeout` seconds passed; returns the flag."""
        with self._guard:
            flag = self._is_up
            if not flag:
                flag = self._guard.wait(timeout)
            return flag


# ---- Barrier ---------------------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """`parties` threads meet: each wait() returns (0..parties-1) once all of them are waiting."""

    # phases of a round: filling (threads arrive), draining (they leave), resetting, broken
    _FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2

    def __init__(self, parties, action=None, timeout=None):
        self._guard = Condition(Lock())
        self._on_trip = action
        self._default_timeout = timeout
        self._size = parties
        self._phase = self._FILLING
        self._arrived = 0

    def __repr__(self):
        cls = type(self)
        if self.broken:
            return "<%s.%s at %#x: broken>" % (cls.__module__, cls.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (cls.__module__, cls.__qualname__, id(self), self.n_waiting,
                                                  self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._default_timeout
        with self._guard:
            self._wait_round_open()
            index = self._arrived
            self._arrived += 1
            try:
                if index + 1 == self._size:
                    self._trip()
                else:
                    self._wait_trip(timeout)
                return index
            finally:
                self._arrived -= 1
                self._leave()

    def _wait_round_open(self):
        # threads of the previous round still leaving, or a reset in progress: wait for them
        while self._phase in (self._DRAINING, self._RESETTING):
            self._guard.wait()
        if self._phase < 0:
            raise BrokenBarrierError

    def _trip(self):
        try:
            if self._on_trip is not None:
                self._on_trip()
            self._phase = self._DRAINING
            self._guard.notify_all()
        except BaseException:
            self._mark_broken()
            raise

    def _wait_trip(self, timeout):
        if not self._guard.wait_for(lambda: self._phase != self._FILLING, timeout):
            self._mark_broken()
            raise BrokenBarrierError
        if self._phase < 0:
            raise BrokenBarrierError

    def _leave(self):
        if self._arrived == 0 and self._phase in (self._RESETTING, self._DRAINING):
            self._phase = self._FILLING
            self._guard.notify_all()

    def reset(self):
        """Return the barrier to its empty state; threads waiting get BrokenBarrierError."""
        with self._guard:
            if self._arrived > 0:
                if self._phase == self._FILLING:
                    self._phase = self._RESETTING
                elif self._phase == self._BROKEN:
                    self._phase = self._RESETTING
            else:
                self._phase = self._FILLING
            self._guard.notify_all()

    def abort(self):
        """Put the barrier into the broken state: every wait() now raises BrokenBarrierError."""
        with self._guard:
            self._mark_broken()

    def _mark_broken(self):
        self._phase = self._BROKEN
        self._guard.notify_all()

    @property
    def parties(self):
        return self._size

    @property
    def n_waiting(self):
        if self._phase == self._FILLING:
            return self._arrived
        return 0

    @property
    def broken(self):
        return self._phase == self._BROKEN


# ---- the registry of threads -----------------------------------------------------------------------

def _make_counter():
    n = 0

    def next_number():
        nonlocal n
        n += 1
        return n
    return next_number


_new_thread_number = _make_counter()
_registry_lock = _new_lock()
_live = {}        # ident -> Thread, for threads that are running
_starting = {}    # Thread -> Thread, between start() and their first instruction
_non_daemon_ends = set()  # the _end_locks of non-daemon threads, for _shutdown
# the names CPython's test support looks at: every Thread made (weakly), and the two registries
from _weakrefset import WeakSet as _WeakSet
_dangling = _WeakSet()
_active = _live
_limbo = _starting


def _default_name(template="Thread-%d"):
    return template % _new_thread_number()


# ---- ExceptHookArgs, excepthook ---------------------------------------------------------------------

from collections import namedtuple as _namedtuple

_ExceptHookArgs = _namedtuple('ExceptHookArgs', 'exc_type exc_value exc_traceback thread')


def ExceptHookArgs(args):
    return _ExceptHookArgs(*args)


def excepthook(args, /):
    """Report an exception that ended a thread's run(): "Exception in thread NAME:" and its traceback."""
    if args.exc_type is SystemExit:
        return
    out = _sys.stderr
    if out is None:
        if args.thread is None:
            return
        out = getattr(args.thread, '_err_stream', None)
        if out is None:
            return
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=out, flush=True)
    from traceback import print_exception
    print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=out)
    out.flush()


__excepthook__ = excepthook


# ---- Thread ---------------------------------------------------------------------------------------

class Thread:
    """A thread of control: run() (by default target(*args, **kwargs)) runs in it after start()."""

    _set_up = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _default_name()
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._fn = target
        self._tname = name
        self._fn_args = args
        self._fn_kwargs = kwargs
        self._is_daemon = current_thread().daemon if daemon is None else daemon
        self._tid = None
        self._ntid = None
        self._end_lock = None
        self._began = Event()
        self._ended = False
        self._set_up = True
        self._err_stream = _sys.stderr
        self._report_error = _make_invoke_excepthook()
        _dangling.add(self)

    def __repr__(self):
        assert self._set_up, "Thread.__init__() was not called"
        status = "initial"
        if self._began.is_set():
            status = "started"
        self.is_alive()
        if self._ended:
            status = "stopped"
        if self._is_daemon:
            status += " daemon"
        if self._tid is not None:
            status += " %s" % self._tid
        return "<%s(%s, %s)>" % (type(self).__name__, self._tname, status)

    def start(self):
        """Start the thread: run() is called in it. At most once per Thread object."""
        if not self._set_up:
            raise RuntimeError("thread.__init__() not called")
        if self._began.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _starting[self] = self
        try:
            _spawn(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                del _starting[self]
            raise
        self._began.wait()

    def run(self):
        """The thread's work: by default calls target(*args, **kwargs)."""
        try:
            if self._fn is not None:
                _call(self._fn, self._fn_args, self._fn_kwargs)
        finally:
            del self._fn, self._fn_args, self._fn_kwargs

    def _bootstrap(self):
        # the thread's first frame: register, run, report, unregister
        try:
            self._tid = get_ident()
            self._ntid = get_native_id()
            self._end_lock = _end_signal()
            with _registry_lock:
                _live[self._tid] = self
                del _starting[self]
                if not self._is_daemon:
                    _non_daemon_ends.add(self._end_lock)
            self._began.set()
            if _new_thread_trace is not None:
                _sys.settrace(_new_thread_trace)
            if _new_thread_profile is not None:
                _sys.setprofile(_new_thread_profile)
            try:
                self.run()
            except:
                self._report_error(self)
        finally:
            self._ended = True
            with _registry_lock:
                _live.pop(get_ident(), None)

    def _wait_for_end(self, timeout):
        lock = self._end_lock
        if lock is None:
            return
        if timeout is None or timeout < 0:
            got = lock.acquire()
        else:
            got = lock.acquire(True, timeout)
        if got:
            lock.release()
            self._ended = True

    def join(self, timeout=None):
        """Wait until the thread ends, or at most `timeout` seconds (then check is_alive())."""
        if not self._set_up:
            raise RuntimeError("Thread.__init__() not called")
        if not self._began.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_end(None)
        else:
            self._wait_for_end(max(timeout, 0))

    @property
    def name(self):
        assert self._set_up, "Thread.__init__() not called"
        return self._tname

    @name.setter
    def name(self, name):
        assert self._set_up, "Thread.__init__() not called"
        self._tname = str(name)

    @property
    def ident(self):
        assert self._set_up, "Thread.__init__() not called"
        return self._tid

    @property
    def native_id(self):
        assert self._set_up, "Thread.__init__() not called"
        return self._ntid

    def is_alive(self):
        """True from the start of run() until just after it ended."""
        assert self._set_up, "Thread.__init__() not called"
        if self._ended or not self._began.is_set():
            return False
        lock = self._end_lock
        if lock is not None and not lock.locked():
            self._ended = True
            return False
        return True

    @property
    def daemon(self):
        assert self._set_up, "Thread.__init__() not called"
        return self._is_daemon

    @daemon.setter
    def daemon(self, daemonic):
        if not self._set_up:
            raise RuntimeError("Thread.__init__() not called")
        if self._began.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._is_daemon = daemonic

    def isDaemon(self):
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead', DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead', DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead', DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead', DeprecationWarning, stacklevel=2)
        self.name = name


def _make_invoke_excepthook():
    # the hooks are looked up when the thread starts, so that they still work at shutdown
    local_sys_excepthook = _sys.excepthook

    def invoke(thread):
        info = _sys.exc_info()
        hook = excepthook
        try:
            if hook is None:
                hook = __excepthook__
            hook(_ExceptHookArgs(info[0], info[1], info[2], thread))
        except Exception as err:
            err.__suppress_context__ = True
            sys_hook = _sys.excepthook if _sys.excepthook is not None else local_sys_excepthook
            sys_hook(type(err), err, err.__traceback__)
        finally:
            info = None
    return invoke


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval` seconds, unless cancel()led."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        # set by cancel() or once the call is done; run() waits on it for the interval
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            _call(self.function, self.args, self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._began.set()
        self._tid = get_ident()
        self._ntid = get_native_id()
        with _registry_lock:
            _live[self._tid] = self


class _DummyThread(Thread):
    # a thread not started by this module (_thread.start_new_thread): always alive, daemonic

    def __init__(self):
        Thread.__init__(self, name=_default_name("Dummy-%d"), daemon=True)
        self._began.set()
        self._tid = get_ident()
        self._ntid = get_native_id()
        with _registry_lock:
            _live[self._tid] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """The Thread object of the calling thread (a dummy one for threads not started by threading)."""
    try:
        return _live[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead', DeprecationWarning, stacklevel=2)
    return current_thread()


def active_count():
    """The number of Thread objects alive (started, not ended; the main thread included)."""
    with _registry_lock:
        return len(_live) + len(_starting)


def activeCount():
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead', DeprecationWarning, stacklevel=2)
    return active_count()


def enumerate():
    """A list of the Thread objects alive."""
    with _registry_lock:
        return list(_live.values()) + list(_starting.values())


def main_thread():
    """The main Thread object (the thread the interpreter started in)."""
    return _the_main_thread


_exit_callbacks = []
_exit_callbacks_closed = False


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) at interpreter exit, before the non-daemon threads are joined
    (the standard library's executors stop their workers this way)."""
    if _exit_callbacks_closed:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_callbacks.append((func, arg, kwargs))


def _shutdown():
    # interpreter exit (called by the VM before atexit): the _register_atexit callbacks (last
    # registered first), then wait for the non-daemon threads
    global _exit_callbacks_closed
    if _the_main_thread._ended:
        return
    _the_main_thread._ended = True
    _exit_callbacks_closed = True
    for func, arg, kwargs in reversed(_exit_callbacks):
        func(*arg, **kwargs)
    while True:
        with _registry_lock:
            pending = [lock for lock in _non_daemon_ends if lock.locked()]
            _non_daemon_ends.clear()
        if not pending:
            break
        for lock in pending:
            lock.acquire()
            lock.release()


def _after_fork(*args, **kwargs):
    pass


_the_main_thread = _MainThread()

from _threading_local import local
