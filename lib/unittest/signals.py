"""Control-C handling for test runs (-c): results to stop when the user interrupts."""

import weakref

__unittest = True

_results = weakref.WeakKeyDictionary()
_handler_installed = False


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


def installHandler():
    """Make Control-C stop the running tests after the current one (needs signal)."""
    global _handler_installed
    try:
        import signal
    except ImportError:
        return
    if _handler_installed:
        return
    previous = signal.getsignal(signal.SIGINT)

    def on_interrupt(signum, frame):
        stopped = False
        for r in list(_results):
            r.stop()
            stopped = True
        if not stopped and callable(previous):
            previous(signum, frame)
    signal.signal(signal.SIGINT, on_interrupt)
    _handler_installed = True


def removeHandler(method=None):
    if method is not None:
        return method
    return None
