"""Names for the interpreter's built-in types, plus dynamic class creation helpers
(types module) for tspy.

The type objects are read off live sample objects made below.
"""

import sys
import builtins as _builtins_module


def _sample_function():
    pass


def _sample_generator():
    yield None


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield None


def _sample_cell():
    captured = None

    def reader():
        return captured
    return reader.__closure__[0]


def _sample_traceback():
    try:
        raise TypeError
    except TypeError as caught:
        return caught.__traceback__


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)
MappingProxyType = type(type.__dict__)
CellType = type(_sample_cell())
GeneratorType = type(_sample_generator())

_pending = _sample_coroutine()
CoroutineType = type(_pending)
_pending.close()  # never awaited: close it to avoid the RuntimeWarning
AsyncGeneratorType = type(_sample_async_generator())
del _pending

# a function bound by hand: no sample class, whose cycles would be garbage for the collector
MethodType = type(_sample_function.__get__(0))
BuiltinFunctionType = BuiltinMethodType = type(abs)
# slot wrappers, bound slot wrappers, method and classmethod descriptors of C types
WrapperDescriptorType = type(int.__add__)
MethodWrapperType = type((0).__add__)
MethodDescriptorType = type(list.append)
ClassMethodDescriptorType = type(bytes.__dict__['fromhex'])
ModuleType = type(_builtins_module)
TracebackType = type(_sample_traceback())
FrameType = type(_sample_traceback().tb_frame)
GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
# builtin types here expose getsets only: a member comes from a slot class, kept (deleting it
# would leave a class cycle for the next collection to find, not at a point CPython has one)
class _WithSlot:
    __slots__ = ('slot',)
MemberDescriptorType = type(_WithSlot.__dict__['slot'])

GenericAlias, UnionType = type(list[int]), type(int | str)
EllipsisType, NoneType, NotImplementedType = type(...), type(None), type(NotImplemented)

SimpleNamespace = type(sys.implementation)
if SimpleNamespace is dict:
    # The VM does not give sys.implementation its own namespace type yet.
    class SimpleNamespace:
        """A simple attribute-based namespace.

        SimpleNamespace(**kwargs)"""

        def __init__(self, /, **kwargs):
            self.__dict__.update(kwargs)

        def __repr__(self):
            if id(self) in _namespace_reprs:
                return 'namespace(...)' if type(self) is SimpleNamespace \
                    else f'{type(self).__name__}(...)'
            _namespace_reprs.add(id(self))
            try:
                fields = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
            finally:
                _namespace_reprs.discard(id(self))
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            return f'{name}({fields})'

        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        def __reduce__(self):
            return type(self), (), dict(self.__dict__)

        __hash__ = None

    SimpleNamespace.__module__ = 'types'
    _namespace_reprs = set()

del _sample_function, _sample_generator, _sample_coroutine, _sample_async_generator
del _sample_cell, _sample_traceback, _builtins_module


# ---------------------------------------------------------------- class creation

def resolve_bases(bases):
    """bases with every non-class item that has __mro_entries__ replaced by the
    classes that method returns (PEP 560); the same tuple when nothing changes."""
    expanded = []
    changed = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, '__mro_entries__', None)
        if hook is None:
            expanded.append(base)
            continue
        entries = hook(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        expanded.extend(entries)
    return tuple(expanded) if changed else bases


def _calculate_meta(meta, bases):
    """The most derived of meta and the metaclasses of bases (TypeError when they are
    not all on one line of inheritance)."""
    best = meta
    for base in bases:
        candidate = type(base)
        if issubclass(best, candidate):
            continue
        if not issubclass(candidate, best):
            raise TypeError('metaclass conflict: the metaclass of a derived class must be '
                            'a (non-strict) subclass of the metaclasses of all its bases')
        best = candidate
    return best


def prepare_class(name, bases=(), kwds=None):
    """Pick the metaclass for a new class and run its __prepare__.

    Returns (metaclass, namespace, kwds): the metaclass chosen from kwds['metaclass'] or
    the bases, the namespace __prepare__ returned (or a new dict), and the remaining
    keyword arguments (a copy of kwds without 'metaclass')."""
    extra = {} if kwds is None else dict(kwds)
    if 'metaclass' in extra:
        meta = extra.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # an explicit metaclass that is a class still yields to more derived ones
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **extra)
    return meta, namespace, extra


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class like a class statement would: resolve the bases, pick the
    metaclass, let exec_body fill the namespace, then call the metaclass."""
    resolved = resolve_bases(bases)
    meta, namespace, extra = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, resolved, namespace, **extra)


class DynamicClassAttribute:
    """Property whose class-level lookup falls through to __getattr__.

    A property-like descriptor that works on instances only: looked up on the class, it
    raises AttributeError, so the metaclass __getattr__ gets the name instead (enum
    members use this for `name` and `value`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # without an explicit doc the getter's docstring is used (and follows the
        # getter when getter() replaces it)
        self.overwrite_doc = doc is None
        self.__doc__ = fget.__doc__ if not doc else doc
        abstract = getattr(fget, '__isabstractmethod__', False)
        self.__isabstractmethod__ = True if abstract else False

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            return _accessor(self.fget, 'unreadable attribute')(instance)
        if not self.__isabstractmethod__:
            raise AttributeError()
        return self

    def __set__(self, instance, value):
        _accessor(self.fset, "can't set attribute")(instance, value)

    def __delete__(self, instance):
        _accessor(self.fdel, "can't delete attribute")(instance)

    def _with(self, fget, fset, fdel):
        doc = fget.__doc__ if self.overwrite_doc else None
        twin = type(self)(fget, fset, fdel, doc or self.__doc__)
        twin.overwrite_doc = self.overwrite_doc
        return twin

    def getter(self, fget):
        return self._with(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel)


def _accessor(function, missing_message):
    if function is None:
        raise AttributeError(missing_message)
    return function


# ---------------------------------------------------------------- coroutine

_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """Makes a generator (or generator-like object) returned by a @coroutine function
    usable with `await`, forwarding the generator protocol to it."""

    def __init__(self, gen):
        self._target = gen
        self._target_is_generator = type(gen) is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self._target.send(value)

    def throw(self, typ, *rest):
        return self._target.throw(typ, *rest)

    def close(self):
        return self._target.close()

    gi_code = cr_code = property(lambda self: self._target.gi_code)
    gi_frame = cr_frame = property(lambda self: self._target.gi_frame)
    gi_running = cr_running = property(lambda self: self._target.gi_running)
    gi_yieldfrom = cr_await = property(lambda self: self._target.gi_yieldfrom)

    def __next__(self):
        return next(self._target)

    def __await__(self):
        return self._target if self._target_is_generator else self

    __iter__ = __await__


def coroutine(func):
    """Decorator letting a generator-based function be awaited like a coroutine."""
    if callable(func):
        return _as_coroutine(func)
    raise TypeError('types.coroutine() expects a callable')


def _as_coroutine(func):
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and type(code) is CodeType:
        flags = code.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if flags & _CO_GENERATOR:
            # a generator function: flag its code as an iterable coroutine in place
            func.__code__ = code.replace(co_flags=flags | _CO_ITERABLE_COROUTINE)
            return func

    import functools
    from collections.abc import Generator, Coroutine

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        kind = type(result)
        if kind is CoroutineType or (
                kind is GeneratorType and result.gi_code.co_flags & _CO_ITERABLE_COROUTINE):
            return result
        if isinstance(result, Generator) and not isinstance(result, Coroutine):
            return _GeneratorWrapper(result)
        return result
    return functools.wraps(func)(wrapped)


__all__ = [name for name in globals() if not name.startswith('_') and name != 'sys']
