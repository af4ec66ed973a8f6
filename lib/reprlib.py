"""Size-limited alternative repr() (reprlib module) for tspy.

Repr.repr(x) dispatches on the type name to a repr_<typename> method (spaces in the
name become underscores), so subclasses can add types.  Containers show at most
max<type> items and are cut off below maxlevel nesting levels; long strings,
integers and other reprs keep their start and end around the fill value.
"""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice

try:
    from _thread import get_ident
except ImportError:
    def get_ident():
        return 0


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a recursive call for the same object (in the
    same thread) returns fillvalue instead of recursing."""
    def decorating_function(user_function):
        active = set()

        def wrapper(self):
            key = (id(self), get_ident())
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_function(self)
            finally:
                active.discard(key)

        # copied by hand: functools may not be importable yet
        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, name, getattr(user_function, name))
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper

    return decorating_function


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Configurable limits (attributes) for the abbreviated repr."""

    _DEFAULT_LIMITS = dict(fillvalue='...', maxlevel=6, maxtuple=6, maxlist=6, maxarray=5,
                           maxdict=4, maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30,
                           maxlong=40, maxother=30)

    def __init__(self):
        vars(self).update(self._DEFAULT_LIMITS)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        handler = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _shorten(self, text, limit):
        """text cut to its first and last characters around the fill value."""
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if count and level <= 0:
            inside = self.fillvalue
        else:
            shown = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if count > maxiter:
                shown.append(self.fillvalue)
            inside = ', '.join(shown)
            if count == 1 and trail:
                right = trail + right
        return left + inside + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        code = x.typecode
        if len(x) == 0:
            return f"array('{code}')"
        return self._repr_iterable(x, level, f"array('{code}', [", '])', self.maxarray)

    def repr_set(self, x, level):
        if len(x) == 0:
            return 'set()'
        return self._repr_iterable(_sorted_if_possible(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if len(x) == 0:
            return 'frozenset()'
        return self._repr_iterable(_sorted_if_possible(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if len(x) == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        shown = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            shown.append(f'{self.repr1(key, level - 1)}: {self.repr1(x[key], level - 1)}')
        if len(x) > self.maxdict:
            shown.append(self.fillvalue)
        return '{' + ', '.join(shown) + '}'

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        limit = self.maxstring
        if len(text) <= limit:
            return text
        # cut the string (not its repr) so that escapes stay whole
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return self._shorten(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # a broken __repr__: describe the object instead
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._shorten(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
