"""Run callables asynchronously: Future objects, thread (and process) pool executors, wait(),
as_completed() (CPython 3.11 API), written for tspy.

ProcessPoolExecutor runs its calls on threads of this process (tspy has no worker processes):
the results are the same for functions without process-wide side effects.
"""
from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
                                      wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor')


def __dir__():
    return __all__ + ('__author__', '__doc__')
