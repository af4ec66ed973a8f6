"""Data classes (dataclasses module) for tspy.

@dataclass reads the class annotations (and those of dataclass bases, in reverse MRO
order) into Field objects stored in __dataclass_fields__, then adds the methods the
parameters ask for.  __init__ is compiled from generated source, so that its signature
(and therefore its argument errors) is the real one; the other methods are closures
over the field names.  The class __doc__, when missing, is the class name followed by
the constructor signature, computed here from the code object (no inspect).
"""

import sys
import copy
import types
import keyword
import abc

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',

           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError):
    pass


# ---------------------------------------------------------------- sentinels

class _HAS_DEFAULT_FACTORY_CLASS:
    # stands for "use the factory" as the default value of an __init__ parameter
    __repr__ = lambda self: '<factory>'


class _MISSING_TYPE:
    pass


class _KW_ONLY_TYPE:
    pass


# the sentinel instances: no default, default factory in use, keyword-only marker
MISSING, _HAS_DEFAULT_FACTORY, KW_ONLY = (
    _MISSING_TYPE(), _HAS_DEFAULT_FACTORY_CLASS(), _KW_ONLY_TYPE())

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    """Kind of a Field: a real field, a ClassVar or an InitVar pseudo-field."""

    def __init__(self, name):
        self.label = name

    def __repr__(self):
        return self.label


_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = (
    _FIELD_BASE(label) for label in ('_FIELD', '_FIELD_CLASSVAR', '_FIELD_INITVAR'))

# class attributes a dataclass gets, and the hook __init__ calls
_FIELDS, _PARAMS, _POST_INIT_NAME = (
    '__dataclass_fields__', '__dataclass_params__', '__post_init__')


class InitVar:
    """Annotation of an init-only pseudo-field: InitVar[T] is passed to __init__ and
    __post_init__ but not stored."""

    __slots__ = 'type',

    def __init__(self, type):
        setattr(self, 'type', type)

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


# ---------------------------------------------------------------- Field

class Field:
    """Description of one field (made by field() or from an annotation)."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        if metadata is None:
            metadata = _EMPTY_METADATA
        else:
            metadata = types.MappingProxyType(metadata)
        settings = dict(name=None, type=None, default=default,
                        default_factory=default_factory, init=init, repr=repr, hash=hash,
                        compare=compare, metadata=metadata, kw_only=kw_only, _field_type=None)
        for slot, value in settings.items():
            setattr(self, slot, value)

    def __repr__(self):
        return _guarded_repr(self, ',', _FIELD_REPR_ORDER, 'Field')

    def __set_name__(self, owner, name):
        # a field() default that is itself a descriptor still gets its name
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                     'compare', 'metadata', 'kw_only', '_field_type')


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        for slot, value in zip(_DataclassParams.__slots__,
                               (init, repr, eq, order, unsafe_hash, frozen)):
            setattr(self, slot, value)

    def __repr__(self):
        shown = ','.join(f'{slot}={getattr(self, slot)!r}'
                         for slot in _DataclassParams.__slots__)
        return f'_DataclassParams({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default (or a zero-argument default_factory), whether
    __init__ takes it, whether repr/comparisons/hash use it (hash=None: as compare),
    read-only metadata, and whether it is keyword-only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------- annotations

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (type(a_type) is typing._GenericAlias and a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _leading_names(text):
    """For a string annotation 'mod.Name[...]' or 'Name[...]': (mod or None, Name);
    None when it does not start that way."""
    def identifier(pos):
        start = pos
        while pos < len(text) and (text[pos].isalnum() or text[pos] == '_'):
            pos += 1
        return text[start:pos], pos

    def skip_spaces(pos):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return pos

    first, pos = identifier(skip_spaces(0))
    if not first:
        return None
    after = skip_spaces(pos)
    if after < len(text) and text[after] == '.':
        second, _ = identifier(skip_spaces(after + 1))
        if second:
            return first, second
    return None, first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Whether the string annotation names a_type (of module a_module) the way the
    class's module can see it: 'Name' or 'module.Name'."""
    parsed = _leading_names(annotation)
    if parsed is None:
        return False
    module_name, name = parsed
    home = sys.modules.get(cls.__module__)
    if module_name:
        if not (home and home.__dict__.get(module_name) is a_module):
            return False
    namespace = home.__dict__ if home is not None else None
    return bool(namespace) and is_type_predicate(namespace.get(name), a_module)


def _get_field(cls, a_name, a_type, default_kw_only):
    """The Field for annotation a_name: a_type of cls."""
    found = getattr(cls, a_name, MISSING)
    if not isinstance(found, Field):
        if isinstance(found, types.MemberDescriptorType):
            found = MISSING   # a __slots__ entry, not a default
        found = field(default=found)
    f = found
    f.name, f.type, f._field_type = a_name, a_type, _FIELD

    typing = sys.modules.get('typing')
    if typing and (_is_classvar(a_type, typing) or (
            isinstance(a_type, str)
            and _is_type(a_type, cls, typing, typing.ClassVar, _is_classvar))):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        this = sys.modules[__name__]
        if _is_initvar(a_type, this) or (
                isinstance(a_type, str)
                and _is_type(a_type, cls, this, this.InitVar, _is_initvar)):
            f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    # unhashable defaults are taken for mutable ones
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} '
                         f'is not allowed: use default_factory')
    return f


# ---------------------------------------------------------------- generated methods

def _name_method(cls, fn):
    # python3 compiles these in the class's module: their __module__ is the class's
    fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
    if isinstance(fn, types.FunctionType):
        fn.__module__ = cls.__module__
    return fn


def _install(cls, name, fn):
    """Add fn as cls.<name> unless the class body defined it; True when it did."""
    if name in cls.__dict__:
        return True
    if callable(fn) and hasattr(fn, '__qualname__'):
        _name_method(cls, fn)
    setattr(cls, name, fn)
    return False


def _make_init(cls, every, positional, keyword_only, frozen, post_init, self_name,
               module_globals, slots):
    """Compile __init__(self, <positional>, *, <keyword_only>) storing the fields."""
    seen_default = False
    for f in positional:
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        else:
            seen_default = True

    env = {'__dc_object__': object, '__dc_factory__': _HAS_DEFAULT_FACTORY,
           '__dc_return__': None}

    def parameter(f):
        env[f'__dc_type_{f.name}__'] = f.type
        text = f'{f.name}: __dc_type_{f.name}__'
        if f.default is not MISSING:
            env[f'__dc_dflt_{f.name}__'] = f.default
            text += f' = __dc_dflt_{f.name}__'
        elif f.default_factory is not MISSING:
            text += ' = __dc_factory__'
        return text

    def store(name, expression):
        if frozen:
            return f'__dc_object__.__setattr__({self_name}, {name!r}, {expression})'
        return f'{self_name}.{name} = {expression}'

    body = []
    for f in every:
        env[f'__dc_type_{f.name}__'] = f.type
        if f.default_factory is not MISSING:
            env[f'__dc_make_{f.name}__'] = f.default_factory
            if f.init:
                value = f'__dc_make_{f.name}__() if {f.name} is __dc_factory__ else {f.name}'
            else:
                value = f'__dc_make_{f.name}__()'
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            env[f'__dc_dflt_{f.name}__'] = f.default
            value = f'__dc_dflt_{f.name}__'
        else:
            continue    # the class attribute holds the default
        if f._field_type is _FIELD_INITVAR:
            continue    # passed on to __post_init__, never stored
        body.append(store(f.name, value))
    if post_init:
        extras = ', '.join(f.name for f in every if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({extras})')

    params = [self_name] + [parameter(f) for f in positional]
    if keyword_only:
        params.append('*')
        params.extend(parameter(f) for f in keyword_only)
    source = (f"def __dc_build__({', '.join(env)}):\n"
              f"    def __init__({', '.join(params)}) -> __dc_return__:\n"
              + ''.join(f'        {line}\n' for line in body or ['pass'])
              + "    return __init__\n")
    scope = {}
    exec(source, module_globals, scope)
    return scope['__dc_build__'](**env)


try:
    from _thread import get_ident as _get_ident
except ImportError:
    def _get_ident():
        return 0

_repr_running = set()


def _guarded_repr(obj, sep, names, title):
    # an object that (indirectly) contains itself shows as '...' there, per thread
    key = (id(obj), _get_ident())
    if key in _repr_running:
        return '...'
    _repr_running.add(key)
    try:
        shown = sep.join(f'{name}={getattr(obj, name)!r}' for name in names)
    finally:
        _repr_running.discard(key)
    return f'{title}({shown})'


def _make_repr(names):
    def __repr__(self):
        return _guarded_repr(self, ', ', names, self.__class__.__qualname__)
    # lets pprint recognise a generated repr (and lay the fields out itself)
    __repr__._dataclass_generated = True
    return __repr__


def _make_comparison(name, compare, names):
    def method(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return compare(tuple(getattr(self, n) for n in names),
                       tuple(getattr(other, n) for n in names))
    method.__name__ = name
    return method


def _make_hash(names):
    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))
    return __hash__


def _make_frozen_methods(cls, names):
    field_names = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


# ---------------------------------------------------------------- __doc__ signature

def _format_annotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _constructor(cls):
    """The Python function whose signature the class's call has (__new__ or __init__
    of the first class in the MRO defining one), or None.  A metaclass that defines its
    own __call__ decides the call instead (as inspect.signature sees it): a Python function
    there is the answer, a builtin function or slot wrapper is ignored, anything else has
    no signature (ValueError)."""
    for meta in type(cls).__mro__:
        if meta is type:
            break
        if '__call__' in meta.__dict__:
            call = meta.__dict__['__call__']
            if isinstance(call, types.FunctionType):
                return call
            if not isinstance(call, (types.BuiltinFunctionType, types.WrapperDescriptorType,
                                     types.MethodWrapperType, types.ClassMethodDescriptorType)):
                raise ValueError(f'no signature found for {cls.__name__}')
            break
    for base in cls.__mro__:
        for name in ('__new__', '__init__'):
            if name in base.__dict__:
                method = getattr(cls, name)
                if isinstance(method, types.FunctionType):
                    return method
    return None


def _signature_text(cls):
    """Text of the signature used to call cls, without the first parameter (and
    without a '-> None' return annotation)."""
    fn = _constructor(cls)
    if fn is None:
        return '()'
    code = fn.__code__
    names = code.co_varnames
    n_pos = code.co_argcount
    n_posonly = code.co_posonlyargcount
    n_kwonly = code.co_kwonlyargcount
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    annotations = fn.__annotations__

    def render(name, has_default, default):
        text = name
        if name in annotations:
            text += f': {_format_annotation(annotations[name])}'
            if has_default:
                text += f' = {default!r}'
        elif has_default:
            text += f'={default!r}'
        return text

    parts = []
    first_default = n_pos - len(defaults)
    for i in range(1, n_pos):
        has = i >= first_default
        parts.append(render(names[i], has, defaults[i - first_default] if has else None))
        if i == n_posonly - 1:
            parts.append('/')
    slot = n_pos + n_kwonly
    if code.co_flags & 0x04:
        parts.append('*' + render(names[slot], False, None))
        slot += 1
    elif n_kwonly:
        parts.append('*')
    for name in names[n_pos:n_pos + n_kwonly]:
        parts.append(render(name, name in kwdefaults, kwdefaults.get(name)))
    if code.co_flags & 0x08:
        parts.append('**' + render(names[slot], False, None))
    text = f"({', '.join(parts)})"
    if 'return' in annotations:
        text += f" -> {_format_annotation(annotations['return'])}"
    return text.replace(' -> None', '')


# ---------------------------------------------------------------- the decorator

def _gather_fields(cls, kw_only):
    """(all fields by name, any frozen dataclass base, any dataclass base)."""
    collected = {}
    frozen_base = has_dataclass_base = False
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS, None)
        if inherited is None:
            continue
        has_dataclass_base = True
        collected.update((f.name, f) for f in inherited.values())
        if getattr(base, _PARAMS).frozen:
            frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    this = sys.modules[__name__]
    own = []
    marker_seen = False
    for name, kind in annotations.items():
        is_marker = _is_kw_only(kind, this) or (
            isinstance(kind, str) and _is_type(kind, cls, this, this.KW_ONLY, _is_kw_only))
        if is_marker:
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_seen = True
            kw_only = True
        else:
            own.append(_get_field(cls, name, kind, kw_only))

    for f in own:
        collected[f.name] = f
        # the class attribute becomes the plain default (or goes away)
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return collected, frozen_base, has_dataclass_base


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    home = sys.modules.get(cls.__module__)
    module_globals = home.__dict__ if home is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    by_name, frozen_base, has_dataclass_base = _gather_fields(cls, kw_only)
    if has_dataclass_base:
        if frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not frozen_base:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, by_name)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = own_hash is not MISSING and not (own_hash is None
                                                      and '__eq__' in cls.__dict__)
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    takes_init = [f for f in by_name.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    positional = tuple(f for f in takes_init if f.init and not f.kw_only)
    keyword_only = tuple(f for f in takes_init if f.init and f.kw_only)

    if init:
        _install(cls, '__init__', _make_init(
            cls, takes_init, positional, keyword_only, frozen, hasattr(cls, _POST_INIT_NAME),
            '__dataclass_self__' if 'self' in by_name else 'self', module_globals, slots))

    real = [f for f in by_name.values() if f._field_type is _FIELD]
    compared = [f.name for f in real if f.compare]
    if repr:
        _install(cls, '__repr__', _make_repr([f.name for f in real if f.repr]))
    if eq:
        _install(cls, '__eq__', _make_comparison('__eq__', _eq, compared))
    if order:
        for name, compare in (('__lt__', _lt), ('__le__', _le), ('__gt__', _gt),
                              ('__ge__', _ge)):
            if _install(cls, name, _make_comparison(name, compare, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        for method in _make_frozen_methods(cls, [f.name for f in real]):
            if _install(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute {method.__name__} '
                                f'in class {cls.__name__}')

    hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _name_method(cls, _make_hash(hashed))
    elif eq and not explicit_hash:
        # frozen: hashable by value; otherwise mutable, so unhashable
        cls.__hash__ = _name_method(cls, _make_hash(hashed)) if frozen else None

    if not getattr(cls, '__doc__'):
        try:
            signature = _signature_text(cls)
        except (TypeError, ValueError):
            signature = ''
        cls.__doc__ = cls.__name__ + signature

    if match_args:
        _install(cls, '__match_args__', tuple(f.name for f in positional))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _eq(a, b):
    return a == b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _declared_slots(cls):
    declared = cls.__dict__.get('__slots__')
    if declared is None:
        return ()
    if isinstance(declared, str):
        return (declared, )
    if hasattr(declared, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(declared)


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        # bypasses the frozen __setattr__
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    """A copy of cls with __slots__ for its fields (a class cannot gain __slots__
    after it is created)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_declared_slots(base))
    wanted = names + (('__weakref__', ) if weakref_slot else ())
    namespace['__slots__'] = tuple(name for name in wanted if name not in taken)
    for name in names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    remade = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        remade.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in namespace:
            remade.__getstate__ = _dataclass_getstate
        if '__setstate__' not in namespace:
            remade.__setstate__ = _dataclass_setstate
    return remade


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Class decorator turning the annotated class attributes into fields and adding
    __init__, __repr__ and __eq__ (and, on request, ordering, hashing, freezing,
    __match_args__, keyword-only parameters and __slots__).  Usable bare or called
    with those parameters."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    return wrap if cls is None else wrap(cls)


# ---------------------------------------------------------------- helpers

def fields(class_or_instance):
    """The fields (not ClassVar or InitVar pseudo-fields) of a dataclass or instance,
    as a tuple of Field objects."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def _convert(obj, make):
    """asdict/astuple: dataclass instances become make([(name, value)...]) (asdict)
    or make([values]) (astuple), recursively through lists, tuples, namedtuples and
    dicts; anything else is deep-copied."""
    if _is_dataclass_instance(obj):
        return make.of_instance(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(item, make) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(item, make) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, make), _convert(v, make)) for k, v in obj.items())
    return copy.deepcopy(obj)


class _AsDict:
    def __init__(self, factory):
        self.factory = factory

    def of_instance(self, obj):
        return self.factory([(f.name, _convert(getattr(obj, f.name), self))
                             for f in fields(obj)])


class _AsTuple:
    def __init__(self, factory):
        self.factory = factory

    def of_instance(self, obj):
        return self.factory([_convert(getattr(obj, f.name), self) for f in fields(obj)])


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict (name -> value), recursing into
    dataclasses, lists, tuples and dicts; other values are deep-copied."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, _AsDict(dict_factory))


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, _AsTuple(tuple_factory))


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass named cls_name.  `fields` items are a name (type
    'typing.Any'), (name, type) or (name, type, Field or default); the other
    arguments are those of @dataclass, plus bases and a namespace of extra attributes."""
    extra = {} if namespace is None else namespace
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, kind = item, 'typing.Any'
        elif len(item) == 2:
            name, kind = item
        elif len(item) == 3:
            name, kind, defaults[item[0]] = item
        else:
            raise TypeError(f'Invalid field: {item!r}')
        problem = None
        if not (isinstance(name, str) and name.isidentifier()):
            problem = 'Field names must be valid identifiers'
        elif keyword.iskeyword(name):
            problem = 'Field names must not be keywords'
        elif name in annotations:
            problem = 'Field name duplicated'
        if problem:
            raise TypeError(f'{problem}: {name!r}')
        annotations[name] = kind

    def fill(ns):
        ns.update(extra)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    made = types.new_class(cls_name, bases, {}, fill)
    return dataclass(made, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj with the given fields changed (made by calling the
    class, so __post_init__ runs; InitVars without default must be given)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot '
                                 f'be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
