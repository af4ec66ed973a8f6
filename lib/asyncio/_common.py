"""Small helpers shared by the asyncio modules (kept free of `inspect`/`enum` imports so that
`import asyncio` stays cheap)."""
import functools
import types
from collections.abc import Awaitable, Coroutine

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _StateValue(object):
    """One member of a small state enumeration: `.name`, `.value`, an Enum-like repr."""

    __slots__ = ('owner', 'name', 'value')

    def __init__(self, owner, name, value):
        self.owner = owner
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<{self.owner}.{self.name}: {self.value!r}>'


def states(owner, **members):
    """A namespace of _StateValue members: states('_State', CREATED='created', ...)."""
    space = types.SimpleNamespace()
    for name, value in members.items():
        setattr(space, name, _StateValue(owner, name, value))
    return space


def plain_function(func):
    """The function under bound methods and functools.partial layers, or None."""
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
        elif isinstance(func, functools.partial):
            func = func.func
        else:
            break
    return func if isinstance(func, types.FunctionType) else None


def is_async_def(func):
    """inspect.iscoroutinefunction: an `async def` function (through methods and partials)."""
    func = plain_function(func)
    return func is not None and bool(func.__code__.co_flags & _CO_COROUTINE)


def is_awaitable(obj):
    """inspect.isawaitable."""
    if isinstance(obj, types.CoroutineType):
        return True
    if isinstance(obj, types.GeneratorType):
        return bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)
    return isinstance(obj, Awaitable)


def unwrap(func):
    """Follow __wrapped__ links (inspect.unwrap without the cycle check's message)."""
    seen = set()
    while hasattr(func, '__wrapped__') and id(func) not in seen:
        seen.add(id(func))
        func = func.__wrapped__
    return func


def short_repr(obj):
    """reprlib.repr (imported on first use: only reprs need it)."""
    import reprlib
    return reprlib.repr(obj)
