"""asyncio for tspy: a single-threaded event loop without I/O, tasks, futures, synchronisation
primitives, queues, timeouts and task groups (the CPython 3.11 API for programs that compute and
sleep; no sockets, subprocesses, streams or signals). See docs/internals/asyncio.md.
"""
from .exceptions import (BrokenBarrierError, CancelledError, InvalidStateError, TimeoutError,
                         IncompleteReadError, LimitOverrunError, SendfileNotAvailableError)
from ._loop import (AbstractEventLoop, AbstractEventLoopPolicy, BaseEventLoop, Handle,
                    TimerHandle, SelectorEventLoop, DefaultEventLoopPolicy,
                    get_event_loop_policy, set_event_loop_policy, get_event_loop,
                    set_event_loop, new_event_loop, get_running_loop, _get_running_loop,
                    _set_running_loop)
from ._futures import (Future, Task, isfuture, ensure_future, wrap_future, current_task,
                       all_tasks, iscoroutine, iscoroutinefunction, _register_task,
                       _unregister_task, _enter_task, _leave_task)
from ._compose import (create_task, sleep, gather, wait, wait_for, as_completed, shield, to_thread,
                       FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
from ._sync import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
from ._queues import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
from ._scopes import Timeout, timeout, timeout_at, TaskGroup
from ._run import Runner, run
# CPython's submodule names, for code that reaches classes through them (asyncio.tasks.Task)
from . import (base_events, coroutines, events, futures, locks, queues, runners, taskgroups,
               tasks, threads, timeouts, unix_events)


__all__ = (
    'BaseEventLoop', 'iscoroutinefunction', 'iscoroutine', 'AbstractEventLoopPolicy',
    'AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop_policy',
    'set_event_loop_policy', 'get_event_loop', 'set_event_loop', 'new_event_loop',
    '_set_running_loop', 'get_running_loop', '_get_running_loop', 'BrokenBarrierError',
    'CancelledError', 'InvalidStateError', 'TimeoutError', 'IncompleteReadError',
    'LimitOverrunError', 'SendfileNotAvailableError', 'Future', 'wrap_future', 'isfuture',
    'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier', 'Runner', 'run', 'Queue',
    'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty', 'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed',
    'sleep', 'gather', 'shield', 'ensure_future', 'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task', 'to_thread',
    'Timeout', 'timeout', 'timeout_at', 'SelectorEventLoop', 'DefaultEventLoopPolicy',
)
