"""Home module of WeakSet, as in CPython (tspy implements it in weakref)."""
from weakref import WeakSet

__all__ = ['WeakSet']
