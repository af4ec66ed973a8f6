"""_contextvars: the name CPython's C module has; tspy's classes live in contextvars.py."""
from contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
