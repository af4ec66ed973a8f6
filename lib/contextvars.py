"""Context variables (PEP 567) for tspy, written from the documented behaviour.

CPython implements these in C (`_contextvars`, over a HAMT). Here a Context owns a plain dict
that is never mutated once other contexts may share it: `ContextVar.set` replaces the current
context's dict with an updated copy, so `copy_context()` is O(1) and a copy never sees later
changes. tspy runs one thread, so the current context is one module-level variable.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NOT_GIVEN = object()


def _refuse_subclass(name):
    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"type '_contextvars.{name}' is not an acceptable base type")
    return classmethod(__init_subclass__)


class Context(object):
    """A mapping of ContextVar -> value; run() executes code inside it."""

    __slots__ = ('_vars', '_outer', '_active', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self = object.__new__(cls)
        self._vars = {}
        self._outer = None
        self._active = False
        return self

    __init_subclass__ = _refuse_subclass('Context')

    def run(self, *args, **kwargs):
        if not args:
            raise TypeError('run() missing 1 required positional argument')
        global _current
        if self._active:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._outer = _current
        self._active = True
        _current = self
        try:
            return args[0](*args[1:], **kwargs)
        except BaseException as exc:
            # CPython's run() is C code: keep this frame out of the traceback.
            tb = exc.__traceback__
            if tb is not None and tb.tb_frame.f_code is _RUN_CODE:
                exc.__traceback__ = tb.tb_next
            raise
        finally:
            _current = self._outer
            self._outer = None
            self._active = False

    def copy(self):
        twin = object.__new__(Context)
        twin._vars = self._vars
        twin._outer = None
        twin._active = False
        return twin

    def _key(self, var):
        if type(var) is not ContextVar:
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var

    def __getitem__(self, var):
        try:
            return self._vars[self._key(var)]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        return self._key(var) in self._vars

    def get(self, var, default=None):
        return self._vars.get(self._key(var), default)

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(list(self._vars))

    def keys(self):
        return _View(self._vars, 0)

    def values(self):
        return _View(self._vars, 1)

    def items(self):
        return _View(self._vars, 2)

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


Context.__module__ = '_contextvars'
_RUN_CODE = Context.run.__code__


class _View(object):
    """keys()/values()/items() of a Context: a re-iterable snapshot of its dict."""

    __slots__ = ('_data', '_kind')

    def __init__(self, data, kind):
        self._data = data
        self._kind = kind

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        if self._kind == 0:
            return iter(list(self._data))
        if self._kind == 1:
            return iter(list(self._data.values()))
        return iter(list(self._data.items()))

    def __contains__(self, item):
        if self._kind == 0:
            return item in self._data
        return item in list(self)


_current = Context()


def copy_context():
    """Return a shallow copy of the current context."""
    return _current.copy()


class _Missing(object):
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_Missing.__name__ = _Missing.__qualname__ = 'Token.MISSING'
_Missing.__module__ = 'builtins'


class Token(object):
    """What ContextVar.set() returns; ContextVar.reset(token) undoes that set()."""

    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _Missing()

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    __init_subclass__ = _refuse_subclass('Token')

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Token.__module__ = '_contextvars'


def _new_token(ctx, var, old):
    tok = object.__new__(Token)
    tok._ctx = ctx
    tok._var = var
    tok._old = old
    tok._used = False
    return tok


class ContextVar(object):
    """A context variable: its value depends on the context the code runs in."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __new__(cls, *args, **kwargs):
        given = len(args) + len(kwargs)
        if given > 2:
            raise TypeError(f'ContextVar() takes at most 2 arguments ({given} given)')
        if len(args) != 1:
            how = 'at most' if args else 'exactly'
            raise TypeError(f'ContextVar() takes {how} 1 positional argument ({len(args)} given)')
        for key in kwargs:
            if key != 'default':
                raise TypeError(f"'{key}' is an invalid keyword argument for ContextVar()")
        name = args[0]
        default = kwargs.get('default', _NOT_GIVEN)
        if type(name) is not str:
            raise TypeError('context variable name must be a str')
        self = object.__new__(cls)
        self._name = name
        self._default = default
        return self

    __init_subclass__ = _refuse_subclass('ContextVar')

    @property
    def name(self):
        return self._name

    def get(self, *default):
        if len(default) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(default)}')
        data = _current._vars
        if self in data:
            return data[self]
        if default:
            return default[0]
        if self._default is not _NOT_GIVEN:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        data = ctx._vars
        old = data.get(self, Token.MISSING)
        fresh = dict(data)
        fresh[self] = value
        ctx._vars = fresh
        return _new_token(ctx, self, old)

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        fresh = dict(ctx._vars)
        if token._old is Token.MISSING:
            fresh.pop(self, None)
        else:
            fresh[self] = token._old
        ctx._vars = fresh
        token._used = True

    def __repr__(self):
        text = f'<ContextVar name={self._name!r}'
        if self._default is not _NOT_GIVEN:
            text += f' default={self._default!r}'
        return text + f' at 0x{id(self):x}>'

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ContextVar.__module__ = '_contextvars'

