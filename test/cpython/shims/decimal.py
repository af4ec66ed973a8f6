"""Stand-in decimal for CPython's test files under tspy (not part of tspy's library): tspy
has no decimal yet, so using Decimal raises (those tests count as errors); importing works."""


class DecimalException(ArithmeticError):
    pass


class InvalidOperation(DecimalException):
    pass


class Decimal:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("decimal is not available in tspy")


class Context:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("decimal is not available in tspy")


def getcontext():
    raise NotImplementedError("decimal is not available in tspy")


def localcontext(*args, **kwargs):
    raise NotImplementedError("decimal is not available in tspy")
