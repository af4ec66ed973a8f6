"""asyncio.tasks: CPython's module name for names tspy defines in asyncio/_compose.py."""
from ._compose import (create_task, sleep, gather, wait, wait_for, as_completed, shield,
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
from ._futures import (Task, ensure_future, current_task, all_tasks, _register_task,
                       _unregister_task, _enter_task, _leave_task)

__all__ = ('create_task', 'sleep', 'gather', 'wait', 'wait_for', 'as_completed', 'shield',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'Task', 'ensure_future',
           'current_task', 'all_tasks',)
