"""A general purpose event scheduler (CPython 3.11 API), written for tspy.

Events live in a heap ordered by (time, priority, sequence); run() waits with delayfunc
until the first event is due, runs it, and repeats. timefunc and delayfunc can be any
callables, so a simulated clock works as well as the real one.
"""
import heapq
import itertools
import time
from collections import namedtuple

__all__ = ['scheduler']

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'When the event is due, on the scale of the timefunc.'
Event.priority.__doc__ = 'Events scheduled for the same time run in priority order.'
Event.sequence.__doc__ = 'A number that keeps events of equal time and priority in order.'
Event.action.__doc__ = 'The callable run when the event is due.'
Event.argument.__doc__ = 'Positional arguments of the action.'
Event.kwargs.__doc__ = 'Keyword arguments of the action.'

_NO_KWARGS = object()


class scheduler(object):

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self._counter = itertools.count()
        self.timefunc = timefunc
        self.delayfunc = delayfunc

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at an absolute time; return the event."""
        event = Event(time, priority, next(self._counter), action, argument,
                      {} if kwargs is _NO_KWARGS else kwargs)
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule an event `delay` time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event (ValueError when it is not in the queue)."""
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        return not self._queue

    def run(self, blocking=True):
        """Run due events, waiting for later ones; with blocking=False return the time until
        the next event instead of waiting (None when the queue is empty)."""
        pending = self._queue
        clock = self.timefunc
        wait = self.delayfunc
        while pending:
            first = pending[0]
            now = clock()
            if first.time > now:
                if not blocking:
                    return first.time - now
                wait(first.time - now)
                continue
            heapq.heappop(pending)
            first.action(*first.argument, **first.kwargs)
            wait(0)
        return None

    @property
    def queue(self):
        """The pending events in the order they will run."""
        return sorted(self._queue)
