"""asyncio.events: CPython's module name for names tspy defines in asyncio/_loop.py."""
from ._loop import (AbstractEventLoop, AbstractEventLoopPolicy, BaseDefaultEventLoopPolicy,
    Handle, TimerHandle, get_event_loop_policy, set_event_loop_policy, get_event_loop,
    set_event_loop, new_event_loop, get_running_loop, _get_running_loop, _set_running_loop)

__all__ = ('AbstractEventLoop', 'AbstractEventLoopPolicy', 'BaseDefaultEventLoopPolicy',
           'Handle', 'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_running_loop',)
