"""asyncio's exception classes (CPython 3.11 names and hierarchy)."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')

# 3.11: asyncio.TimeoutError is the builtin TimeoutError.
TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this Future's or Task's state."""


class SendfileNotAvailableError(RuntimeError):
    """sendfile() is not available for this socket or file."""


class IncompleteReadError(EOFError):
    """Fewer bytes were read than requested."""

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {wanted} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A separator was not found within the buffer limit."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """The Barrier was reset or broken while tasks waited on it."""
