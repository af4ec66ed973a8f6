"""Support for type hints (typing module) for tspy.

Runtime objects of the typing module: special forms (Union, Optional, ClassVar, ...),
type variables, the generic aliases made by subscription (List[int], G[T], ...), the
Generic and Protocol bases, NamedTuple, TypedDict, NewType, and the introspection
helpers (get_type_hints, get_origin, get_args).

Aliases made by subscripting are instances of _GenericAlias (or a subclass): they keep
__origin__ (the class or special form subscripted), __args__ and __parameters__ (the
type variables still free in the arguments).  Subscripting an alias again substitutes
its __parameters__.  Subscriptions are cached, so equal subscriptions usually give the
same object.
"""

from abc import abstractmethod, ABCMeta
import collections
import collections.abc
import contextlib
import functools
import operator
import sys
import types
from types import WrapperDescriptorType, MethodWrapperType, MethodDescriptorType, GenericAlias

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager',
    'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

_NoneType = type(None)


# ================================================================ small helpers

def _type_repr(obj):
    """How a type shows inside an alias repr: builtins by bare name, other classes
    as module.qualname, ... as '...', functions by name, anything else by repr()."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        module = obj.__module__
        return obj.__qualname__ if module == 'builtins' else f'{module}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    return obj.__name__ if isinstance(obj, types.FunctionType) else repr(obj)


def _caller(depth=1, default='__main__'):
    """__name__ of the module `depth` frames above the caller of this function."""
    try:
        frame = sys._getframe(depth + 1)
    except (AttributeError, ValueError):
        return None
    return frame.f_globals.get('__name__', default)


def _is_dunder(attr):
    return attr[:2] == '__' == attr[-2:]


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None stands for NoneType and strings for forward references."""
    if isinstance(arg, str):
        arg = ForwardRef(arg, module=module, is_class=allow_special_forms)
    return _NoneType if arg is None else arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Validate one argument of a subscription (or annotation) and return it converted
    (None -> NoneType, str -> ForwardRef).  `msg` prefixes the error for tuples."""
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias):
        # ClassVar[...] and Final[...] only make sense as whole annotations
        wrapper = arg.__origin__
        refused = [Generic, Protocol]
        if not allow_special_forms:
            refused.append(ClassVar)
            if is_argument:
                refused.append(Final)
        if wrapper in refused:
            raise TypeError(f"{arg} is not valid as type argument")
    usable_bare = [Any, LiteralString, NoReturn, Never, Self, TypeAlias]
    if allow_special_forms:
        usable_bare += [ClassVar, Final]
    if arg in usable_bare:
        return arg
    if arg in (Generic, Protocol) or isinstance(arg, _SpecialForm):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is not tuple:
        return arg
    raise TypeError(f"{msg} Got {arg!r:.100}.")


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _is_unpacked_typevartuple(x):
    return not isinstance(x, type) and getattr(x, '__typing_is_unpacked_typevartuple__', False)


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(x)


def _collect_parameters(args):
    """The free type variables of args, in first-appearance order."""
    found = []
    for arg in args:
        if isinstance(arg, type):
            continue    # a plain class: its own __parameters__ do not count
        if hasattr(arg, '__typing_subst__'):
            candidates = (arg, )
        else:
            candidates = getattr(arg, '__parameters__', ())
        for candidate in candidates:
            if candidate not in found:
                found.append(candidate)
    return tuple(found)


def _arity_error(target, given, wanted):
    return TypeError(f"Too {'many' if given > wanted else 'few'} arguments for {target}; "
                     f"actual {given}, expected {wanted}")


def _check_generic(cls, parameters, elen):
    """Arity check of a subscription."""
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    if len(parameters) != elen:
        raise _arity_error(cls, len(parameters), elen)


def _unpack_args(args):
    expanded = []
    for arg in args:
        inner = getattr(arg, '__typing_unpacked_tuple_args__', None)
        if inner is not None and not (inner and inner[-1] is ...):
            expanded.extend(inner)
        else:
            expanded.append(arg)
    return expanded


def _deduplicate(params):
    """params without later duplicates (by equality)."""
    unique = []
    for param in params:
        if param not in unique:
            unique.append(param)
    return unique


def _remove_dups_flatten(parameters):
    """Union arguments with nested unions spliced in and duplicates removed."""
    flat = []
    for param in parameters:
        if isinstance(param, (_UnionGenericAlias, types.UnionType)):
            flat.extend(param.__args__)
        else:
            flat.append(param)
    return tuple(_deduplicate(flat))


def _flatten_literal_params(parameters):
    flat = []
    for param in parameters:
        if isinstance(param, _LiteralGenericAlias):
            flat.extend(param.__args__)
        else:
            flat.append(param)
    return tuple(flat)


# cache_clear functions of every subscription cache (tests empty them all)
_cleanups = []


def _tp_cache(func=None, /, *, typed=False):
    """Cache subscriptions (equal arguments give the same alias); unhashable
    arguments bypass the cache."""
    def decorate(function):
        memo = functools.lru_cache(typed=typed)(function)
        _cleanups.append(memo.cache_clear)

        def inner(*args, **kwds):
            try:
                hash((args, tuple(kwds.items())))
                hashable = True
            except TypeError:
                hashable = False
            return (memo if hashable else function)(*args, **kwds)
        return functools.wraps(function)(inner)

    return decorate if func is None else decorate(func)


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Evaluate the forward references inside t (recursively)."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    builtin_alias = isinstance(t, GenericAlias)
    if not (builtin_alias or isinstance(t, (_GenericAlias, types.UnionType))):
        return t
    if builtin_alias:
        # list['X'] keeps 'X' as a str: rebuild it with ForwardRefs
        refs = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        starred = t.__unpacked__
        key = (refs[:-1], refs[-1]) if _should_unflatten_callable_args(t, refs) else refs
        t = t.__origin__[key]
        if starred:
            t = Unpack[t]
    evaluated = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
    if evaluated == t.__args__:
        return t
    return _rebuild(t, evaluated)


def _rebuild(t, args):
    """An alias like t (typing, builtin or X | Y) with other arguments."""
    if isinstance(t, GenericAlias):
        return GenericAlias(t.__origin__, args)
    if isinstance(t, types.UnionType):
        return functools.reduce(operator.or_, args)
    return t.copy_with(args)


# ================================================================ base classes

class _Final:
    """Classes of typing's runtime objects cannot be subclassed (unless _root=True)."""

    __slots__ = ('__weakref__', )

    def __init_subclass__(cls, /, *args, **kwds):
        if kwds.get('_root', False) is False and '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


def _same_object(self, *memo):
    return self


class _Immutable:
    """Copies of these objects are the objects themselves."""

    __slots__ = ()
    __copy__ = __deepcopy__ = _same_object


class _NotIterable:
    """Makes `*alias` and iteration fail for objects that define __getitem__."""

    __slots__ = ()
    __iter__ = None


class _AnyMeta(type):
    # only Any itself is special: its subclasses are ordinary classes
    def __instancecheck__(self, obj):
        if self is not Any:
            return type.__instancecheck__(self, obj)
        raise TypeError("typing.Any cannot be used with isinstance()")

    def __repr__(self):
        if self is not Any:
            return type.__repr__(self)
        return "typing.Any"


class Any(metaclass=_AnyMeta):
    """The type compatible with every type (and every type with it).  It may be
    subclassed (e.g. to make mocks); it cannot be used with isinstance()."""

    def __new__(cls, *args, **kwargs):
        if cls is not Any:
            return object.__new__(cls, *args, **kwargs)
        raise TypeError("Any cannot be instantiated")


# ================================================================ special forms

def _refusal(template):
    """A method that only raises TypeError(template formatted with the object)."""
    def refuse(self, *args, **kwargs):
        raise TypeError(template.format(self))
    return refuse


def _union_operators(cls):
    """Give cls `|` operators building typing.Union."""
    cls.__or__ = lambda self, other: Union[self, other]
    cls.__ror__ = lambda self, other: Union[other, self]
    return cls


@_union_operators
class _SpecialForm(_Final, _NotIterable, _root=True):
    # A typing primitive like Union or ClassVar, made from the function that implements
    # its subscription (whose name and docstring it takes).  No class docstring: the
    # instances have their own __doc__ slot.

    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._name, self.__doc__ = getitem.__name__, getitem.__doc__
        self._getitem = getitem

    def __getattr__(self, item):
        if item not in ('__name__', '__qualname__'):
            raise AttributeError(item)
        return self._name

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name

    __call__ = _refusal("Cannot instantiate {!r}")
    __mro_entries__ = _refusal("Cannot subclass {!r}")
    __instancecheck__ = _refusal("{} cannot be used with isinstance()")
    __subclasscheck__ = _refusal("{} cannot be used with issubclass()")

    @_tp_cache
    def __getitem__(self, parameters):
        implementation = self._getitem
        return implementation(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        values = parameters if isinstance(parameters, tuple) else (parameters, )
        implementation = self._getitem
        return implementation(self, *values)


_not_subscriptable = _refusal("{} is not subscriptable")


def _single_type_form(self, parameters, message):
    return _GenericAlias(self, (_type_check(parameters, message), ))


@_SpecialForm
def NoReturn(self, parameters):
    """Return type of functions that never return normally (they always raise)."""
    _not_subscriptable(self, parameters)


@_SpecialForm
def Never(self, parameters):
    """The bottom type: no value has it."""
    _not_subscriptable(self, parameters)


@_SpecialForm
def Self(self, parameters):
    """The type of the current class (in its methods)."""
    _not_subscriptable(self, parameters)


@_SpecialForm
def LiteralString(self, parameters):
    """Strings built only from literal strings."""
    _not_subscriptable(self, parameters)


@_SpecialForm
def ClassVar(self, parameters):
    """ClassVar[T]: a class attribute, not an instance attribute."""
    return _single_type_form(self, parameters, f'{self} accepts only single type.')


@_SpecialForm
def Final(self, parameters):
    """Final[T]: a name that must not be reassigned or overridden."""
    return _single_type_form(self, parameters, f'{self} accepts only single type.')


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y]: either X or Y.  Nested unions are flattened, duplicates and
    single-argument unions collapse, argument order does not matter for equality."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters, )
    checked = tuple(_type_check(p, "Union[arg, ...]: each arg must be a type.")
                    for p in parameters)
    checked = _remove_dups_flatten(checked)
    if len(checked) == 1:
        return checked[0]
    if len(checked) == 2 and _NoneType in checked:
        return _UnionGenericAlias(self, checked, name="Optional")
    return _UnionGenericAlias(self, checked)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, _NoneType]


@_LiteralSpecialForm
@_tp_cache(typed=True)
def Literal(self, *parameters):
    """Literal[v1, v2]: exactly one of the given values."""
    values = _flatten_literal_params(parameters)
    try:
        pairs = _deduplicate(list(_value_and_type_iter(values)))
        values = tuple(value for value, _ in pairs)
    except TypeError:
        pass    # unhashable values are kept as they are
    return _LiteralGenericAlias(self, values)


@_SpecialForm
def TypeAlias(self, parameters):
    """Marks an assignment as a type alias definition."""
    _not_subscriptable(self, parameters)


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[X, P]: parameters X followed by those of ParamSpec P."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters, )
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    leading = tuple(_type_check(p, "Concatenate[arg, ...]: each arg must be a type.")
                    for p in parameters[:-1])
    return _ConcatenateGenericAlias(self, (*leading, parameters[-1]), _paramspec_tvars=True)


@_SpecialForm
def TypeGuard(self, parameters):
    """TypeGuard[T]: return type of a function telling whether its argument is a T."""
    return _single_type_form(self, parameters, f'{self} accepts only single type.')


@_SpecialForm
def Required(self, parameters):
    """Required[T]: a TypedDict key that must be present."""
    return _single_type_form(self, parameters, f'{self._name} accepts only a single type.')


@_SpecialForm
def NotRequired(self, parameters):
    """NotRequired[T]: a TypedDict key that may be absent."""
    return _single_type_form(self, parameters, f'{self._name} accepts only a single type.')


@_SpecialForm
def Unpack(self, parameters):
    """Unpack[Ts] (also written *Ts): the types of a TypeVarTuple, spread."""
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _UnpackGenericAlias(origin=self, args=(item, ))


def _value_and_type_iter(parameters):
    return ((p, type(p)) for p in parameters)


# ================================================================ forward references

@_union_operators
class ForwardRef(_Final, _root=True):
    """A type given as a string, evaluated on demand (get_type_hints)."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # '*Ts' is not an expression on its own
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        state = (arg, code, False, None, is_argument, is_class, module)
        for slot, value in zip(ForwardRef.__slots__, state):
            setattr(self, slot, value)

    def _evaluate(self, globalns, localns, recursive_guard):
        name = self.__forward_arg__
        if name in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        home = sys.modules.get(self.__forward_module__) if self.__forward_module__ else None
        if home is not None:
            globalns = getattr(home, '__dict__', globalns)
        found = eval(self.__forward_code__, globalns, localns)
        found = _type_check(found, "Forward references must evaluate to types.",
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _eval_type(found, globalns, localns, recursive_guard | {name})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_arg__ != other.__forward_arg__:
            return False
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_value__ == other.__forward_value__
        return self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        key = (self.__forward_arg__, self.__forward_module__)
        return hash(key)

    def __repr__(self):
        module = self.__forward_module__
        suffix = '' if module is None else f', module={module!r}'
        return f'ForwardRef({self.__forward_arg__!r}{suffix})'


# ================================================================ type variables

@_union_operators
class _BoundVarianceMixin:
    """Variance flags, bound and the ~T/+T/-T repr of TypeVar and ParamSpec."""

    def _set_variance(self, bound, covariant, contravariant):
        if contravariant and covariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__, self.__contravariant__ = bool(covariant), bool(contravariant)
        self.__bound__ = None if not bound else _type_check(bound, "Bound must be a type.")

    def __repr__(self):
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return f'{sign}{self.__name__}'


class _PickleUsingNameMixin:
    """Pickled as the module-level name it is bound to."""

    def __reduce__(self):
        return self.__name__


def _set_defining_module(obj):
    module = _caller(2)
    if module != 'typing':
        obj.__module__ = module


class TypeVar(_Final, _Immutable, _BoundVarianceMixin, _PickleUsingNameMixin, _root=True):
    """Type variable: TypeVar('T'), optionally constrained to some types
    (TypeVar('S', int, str)) or bounded (bound=...), and co-/contravariant."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(
            _type_check(t, "TypeVar(name, constraint, ...): constraints must be types.")
            for t in constraints)
        _set_defining_module(self)

    def __typing_subst__(self, arg):
        arg = _type_check(arg, "Parameters to generic types must be types.", is_argument=True)
        if ((isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack)
                or (isinstance(arg, GenericAlias) and getattr(arg, '__unpacked__', False))):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_Final, _Immutable, _PickleUsingNameMixin, _root=True):
    """Type variable standing for any number of types: Ts = TypeVarTuple('Ts'),
    used unpacked (*Ts or Unpack[Ts])."""

    def __init__(self, name):
        self.__name__ = name
        _set_defining_module(self)

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        # Gather the arguments this TypeVarTuple stands for into one tuple. An argument
        # *tuple[X, ...] (at most one) may also fill the plain parameters around it with X.
        params = alias.__parameters__
        position = params.index(self)
        if any(isinstance(p, TypeVarTuple) for p in params[position + 1:]):
            raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        before, after = position, len(params) - position - 1
        star_at, filler = None, None
        for k, arg in enumerate(args):
            unpacked = None if isinstance(arg, type) else \
                getattr(arg, '__typing_unpacked_tuple_args__', None)
            if unpacked and len(unpacked) == 2 and unpacked[1] is ...:
                if star_at is not None:
                    raise TypeError("More than one unpacked arbitrary-length tuple argument")
                star_at, filler = k, unpacked[0]
        if star_at is None:
            if before + after > len(args):
                raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                                f"expected at least {len(params) - 1}")
            lead, trail = before, after
        else:
            lead, trail = min(before, star_at), min(after, len(args) - star_at - 1)
        middle = tuple(args[lead:len(args) - trail])
        # (the count after the middle also subtracts lead, as CPython's does)
        return (*args[:lead], *[filler] * (before - lead), middle,
                *[filler] * (after - trail - lead), *args[len(args) - trail:])


class _ParamSpecPart(_Final, _Immutable, _root=True):
    _part = None

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._part}"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other.__origin__ == self.__origin__


class ParamSpecArgs(_ParamSpecPart, _root=True):
    """The type of *args of a function whose parameters are ParamSpec P: P.args."""
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart, _root=True):
    """The type of **kwargs of a function whose parameters are ParamSpec P: P.kwargs."""
    _part = 'kwargs'


class ParamSpec(_Final, _Immutable, _BoundVarianceMixin, _PickleUsingNameMixin, _root=True):
    """Variable standing for the whole parameter list of a callable: P = ParamSpec('P'),
    used as Callable[P, R], with P.args and P.kwargs for *args and **kwargs."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        _set_defining_module(self)

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, "Parameters to generic types must be types.")
                         for a in arg)
        if not _is_param_expr(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {arg}")
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        position = params.index(self)
        if position >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        if len(params) == 1 and not _is_param_expr(args[0]):
            # Z[int, str] means Z[[int, str]] when Z has a single ParamSpec
            args = (args, )
        elif isinstance(args[position], list):
            args = (*args[:position], tuple(args[position]), *args[position + 1:])
        return args


# ================================================================ generic aliases

class _BaseGenericAlias(_Final, _root=True):
    """Common part of the aliases: calling one makes an instance of the origin
    (recording the alias in __orig_class__); attribute reads are relayed to it."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        self.__slots__ = None

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseGenericAlias) or issubclass(b, Generic) for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in {'__origin__', '__args__'}:
            return super().__getattr__(attr)
        # relay ordinary (non-dunder) attributes to the origin
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in {'_name', '_inst', '_nparams', '_paramspec_tvars'}:
            super().__setattr__(attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        own = super().__dir__()
        relayed = [a for a in dir(self.__origin__) if not _is_dunder(a)]
        return list(set(own + relayed))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """origin[args] for typing's aliases, special forms and user generic classes."""

    def __init__(self, origin, args, *, inst=True, name=None, _paramspec_tvars=False):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args, )
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._paramspec_tvars = _paramspec_tvars
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @_tp_cache
    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args, )
        args = _unpack_args(tuple(_type_convert(p) for p in args))
        return self.copy_with(self._determine_new_args(args))

    def _determine_new_args(self, args):
        params = self.__parameters__
        for param in params:
            prepare = getattr(param, '__typing_prepare_subst__', None)
            if prepare is not None:
                args = prepare(self, args)
        if len(args) != len(params):
            raise _arity_error(self, len(args), len(params))
        return tuple(self._make_substitution(self.__args__, dict(zip(params, args))))

    def _make_substitution(self, args, new_arg_by_param):
        """The arguments of the new alias: each old argument with its type variables
        replaced."""
        result = []
        for old in args:
            if isinstance(old, type):
                result.append(old)
                continue
            substitute = getattr(old, '__typing_subst__', None)
            if substitute:
                new = substitute(new_arg_by_param[old])
            else:
                inner = getattr(old, '__parameters__', ())
                if inner:
                    picked = []
                    for var in inner:
                        if isinstance(var, TypeVarTuple):
                            picked.extend(new_arg_by_param[var])
                        else:
                            picked.append(new_arg_by_param[var])
                    new = old[tuple(picked)]
                else:
                    new = old
            if self.__origin__ == collections.abc.Callable and isinstance(new, tuple):
                # a ParamSpec replaced by a parameter list: the list is spliced in
                result.extend(new)
            elif _is_unpacked_typevartuple(old):
                result.extend(new)
            elif isinstance(old, tuple):
                result.append(tuple(self._make_substitution(old, new_arg_by_param)))
            else:
                result.append(new)
        return result

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst,
                              _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self.__args__:
            inside = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            inside = '()'
        return f'{head}[{inside}]'

    def __reduce__(self):
        # pickled as subscription of the module-level alias (or the origin)
        target = self.__origin__ if not self._name else globals()[self._name]
        key = tuple(self.__args__)
        if len(key) == 1 and type(key[0]) is not tuple and not isinstance(key[0], tuple):
            key = key[0]
        return (operator.getitem, (target, key))

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return _BaseGenericAlias.__mro_entries__(self, bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            for later in bases[bases.index(self) + 1:]:
                if isinstance(later, _BaseGenericAlias) and later is not self:
                    return ()
        return (self.__origin__, )

    def __iter__(self):
        yield Unpack[self]


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """The bare aliases List, Dict, Iterable...: subscripting checks the number of
    arguments (_nparams) and makes a _GenericAlias."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=origin.__name__ if name is None else name)
        self._nparams = nparams
        where = '' if origin.__module__ == 'builtins' else origin.__module__ + '.'
        self.__doc__ = f'A generic version of {where}{origin.__qualname__}.'

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params, )
        params = tuple(_type_check(p, "Parameters to generic types must be types.")
                       for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _GenericAlias):
            return _BaseGenericAlias.__subclasscheck__(self, cls)
        # List is a stand-in for list (and List for list too)
        own = cls.__origin__ if isinstance(cls, _SpecialGenericAlias) else cls
        return issubclass(own, self.__origin__)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _TypingEllipsis:
    """Stands for `...` in alias arguments while they are built."""


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        shown = ", ".join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{shown}], {_type_repr(args[-1])}]'

    def __reduce__(self):
        params = self.__args__
        if len(params) != 2 or not _is_param_expr(params[0]):
            params = ([*params[:-1]], params[-1])
        return (operator.getitem, (Callable, params))


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name,
                                     inst=self._inst, _paramspec_tvars=True)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        # lists are not hashable: the cached part gets a tuple
        return self.__getitem_inner__((tuple(args) if isinstance(args, list) else args, result))

    @_tp_cache
    def __getitem_inner__(self, params):
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args, )
        return self.copy_with(tuple(_type_convert(a) for a in args) + (result, ))


class _TupleType(_SpecialGenericAlias, _root=True):
    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params, )
        if len(params) >= 2 and params[-1] is ...:
            items = tuple(_type_check(p, "Tuple[t, ...]: t must be a type.")
                          for p in params[:-1])
            return self.copy_with((*items, _TypingEllipsis))
        return self.copy_with(tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a type.")
                                    for p in params))


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Union[X, Y, ...]: equal to other unions (and X | Y) with the same members in
    any order."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return frozenset(other.__args__) == frozenset(self.__args__)
        return NotImplemented

    def __hash__(self):
        members = frozenset(self.__args__)
        return hash(members)

    def __repr__(self):
        members = self.__args__
        if len(members) != 2 or _NoneType not in members:
            return super().__repr__()
        kept = members[0] if members[1] is _NoneType else members[1]
        return f'typing.Optional[{_type_repr(kept)}]'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)

    def __reduce__(self):
        reduced = super().__reduce__()
        return reduced[0], (Union, reduced[1][1])


def _typed_values(args):
    # Literal[1] and Literal[True] differ: values are compared with their types
    return frozenset(_value_and_type_iter(args))


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return _typed_values(other.__args__) == _typed_values(self.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(_typed_values(self.__args__))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        *head, tail = params
        if isinstance(tail, (list, tuple)):
            # the ParamSpec was replaced by explicit parameters: a flat tuple
            return (*head, *tail)
        if isinstance(tail, _ConcatenateGenericAlias):
            params = (*head, *tail.__args__)
        return _GenericAlias.copy_with(self, params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    """Unpack[X], shown as *X."""

    def __repr__(self):
        inner, = self.__args__
        return f'*{inner!r}'

    def __getitem__(self, args):
        if not self.__typing_is_unpacked_typevartuple__:
            return _GenericAlias.__getitem__(self, args)
        return args

    @property
    def __typing_unpacked_tuple_args__(self):
        inner, = self.__args__
        return inner.__args__ if isinstance(inner, _GenericAlias) else None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        inner, = self.__args__
        return isinstance(inner, TypeVarTuple)


# ================================================================ Generic / Protocol

class Generic:
    """Base class of generic classes: class C(Generic[T]) makes C subscriptable
    (C[int]), with C.__parameters__ == (T,)."""

    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params, )
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            for param in cls.__parameters__:
                prepare = getattr(param, '__typing_prepare_subst__', None)
                if prepare is not None:
                    params = prepare(cls, params)
            _check_generic(cls, params, len(cls.__parameters__))
            spread = []
            for param, value in zip(cls.__parameters__, params):
                if isinstance(param, TypeVarTuple):
                    spread.extend(value)
                else:
                    spread.append(value)
            params = tuple(spread)
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if '__orig_bases__' in own:
            plain = Generic in cls.__orig_bases__
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) != _TypedDictMeta)
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        found = []
        if '__orig_bases__' in own:
            found = _collect_parameters(cls.__orig_bases__)
            declared = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if declared is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    declared = base.__parameters__
            if declared is not None:
                missing = [t for t in found if t not in set(declared)]
                if missing:
                    listed = ', '.join(str(t) for t in missing)
                    wanted = ', '.join(str(g) for g in declared)
                    raise TypeError(f"Some type variables ({listed}) are not listed in "
                                    f"Generic[{wanted}]")
                found = declared
        cls.__parameters__ = tuple(found)


# Names that never count as protocol members.
_TYPING_INTERNALS = ['__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
                     '_is_runtime_protocol']
_SPECIAL_NAMES = ['__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                  '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
                  '__weakref__', '__class_getitem__']
EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS + _SPECIAL_NAMES + ['_MutableMapping__marker']

# Bases a protocol may have besides protocols.
_PROTO_ALLOWLIST = {
    'collections.abc': ['Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible', 'Buffer'],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


def _get_protocol_attrs(cls):
    """Names a protocol class requires: its (and its protocol bases') attributes and
    annotations, minus the internal ones."""
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotated = getattr(base, '__annotations__', {})
        for name in (*base.__dict__.keys(), *annotated.keys()):
            if not name.startswith('_abc_') and name not in EXCLUDED_ATTRIBUTES:
                names.add(name)
    return names


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, name, None)) for name in _get_protocol_attrs(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    """__init__ of protocol classes: protocols themselves cannot be instantiated; a
    concrete subclass gets the first real __init__ of its MRO installed on first use."""
    klass = self.__class__
    if klass._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if klass.__init__ is _no_init_or_replace_init:
        real = next((b.__dict__['__init__'] for b in klass.__mro__
                     if b.__dict__.get('__init__', _no_init_or_replace_init)
                     is not _no_init_or_replace_init), object.__init__)
        klass.__init__ = real
        real(self, *args, **kwargs)


def _allow_reckless_class_checks(depth=3):
    """abc and functools check issubclass() against every class of an MRO, protocols
    included: checks coming from them are let through."""
    return _caller(depth) in {'abc', 'functools', None}


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        is_protocol = getattr(cls, '_is_protocol', False)
        if (is_protocol and not getattr(cls, '_is_runtime_protocol', False)
                and not _allow_reckless_class_checks(depth=2)):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if ((not is_protocol or _is_callable_members_only(cls))
                and issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            def satisfied(name):
                if not hasattr(instance, name):
                    return False
                # methods set to None on the instance do not count
                return not callable(getattr(cls, name, None)) or getattr(instance, name) is not None
            if all(satisfied(name) for name in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


def _structural_hook(cls):
    """The __subclasshook__ given to protocol classes."""
    def _proto_hook(other):
        if not cls.__dict__.get('_is_protocol', False):
            return NotImplemented
        if not getattr(cls, '_is_runtime_protocol', False):
            if _allow_reckless_class_checks():
                return NotImplemented
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if not _is_callable_members_only(cls):
            if _allow_reckless_class_checks():
                return NotImplemented
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for name in _get_protocol_attrs(cls):
            for base in other.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return NotImplemented
                    break
                annotated = getattr(base, '__annotations__', {})
                if (isinstance(annotated, collections.abc.Mapping) and name in annotated
                        and issubclass(other, Generic) and other._is_protocol):
                    break
            else:
                return NotImplemented
        return True
    return _proto_hook


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of protocols (structural types): classes are instances of a
    protocol when they have its members.  isinstance()/issubclass() need
    @runtime_checkable."""

    __slots__ = ()
    _is_runtime_protocol = False
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # a class is a protocol when Protocol is a direct base
        if '_is_protocol' not in cls.__dict__ or not cls.__dict__['_is_protocol']:
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _structural_hook(cls)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            allowed = (base in (object, Generic)
                       or base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, ())
                       or (issubclass(base, Generic) and base._is_protocol))
            if not allowed:
                raise TypeError('Protocols can only inherit from other protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Class decorator allowing isinstance()/issubclass() with a protocol class (they
    only check that the members exist)."""
    if issubclass(cls, Generic) and cls._is_protocol:
        cls._is_runtime_protocol = True
        return cls
    raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: origin T with metadata (x, ...); nested ones merge."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        extras = ", ".join(repr(a) for a in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {extras}]"

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__, ) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return 'Annotated'
        return super().__getattr__(attr)


class Annotated:
    """Annotated[T, x]: the type T with context-specific metadata x (ignored by type
    checkers that do not know it); get_type_hints() drops it unless
    include_extras=True."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        if _is_unpacked_typevartuple(params[0]):
            raise TypeError("Annotated[...] should not be used with an unpacked TypeVarTuple")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.",
                             allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass {}.Annotated".format(cls.__module__))


# ================================================================ introspection

_allowed_types = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                  types.ModuleType, WrapperDescriptorType, MethodWrapperType,
                  MethodDescriptorType)


def _should_unflatten_callable_args(typ, args):
    return (typ.__origin__ is collections.abc.Callable
            and not (len(args) == 2 and _is_param_expr(args[0])))


def _strip_annotations(t):
    """t without Annotated (and Required/NotRequired) wrappers, recursively."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if hasattr(t, '__origin__') and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        return t if stripped == t.__args__ else _rebuild(t, stripped)
    return t


def _evaluated_hint(value, globalns, localns, **forward_options):
    if value is None:
        value = _NoneType
    if isinstance(value, str):
        value = ForwardRef(value, **forward_options)
    return _eval_type(value, globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class, method or function as a dict, with string
    annotations evaluated (in the object's globals, or globalns/localns), None
    replaced by NoneType, and (unless include_extras) Annotated stripped.  For a class
    the annotations of its whole MRO are merged, base classes first."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in obj.__mro__[::-1]:
            home = sys.modules.get(base.__module__, None)
            base_globals = globalns if globalns is not None else getattr(home, '__dict__', {})
            annotations = base.__dict__.get('__annotations__', {})
            if isinstance(annotations, types.GetSetDescriptorType):
                annotations = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # class hints look names up in the module first, then in the class
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                hints[name] = _evaluated_hint(value, base_globals, base_locals,
                                              is_argument=False, is_class=True)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                target = obj
                while hasattr(target, '__wrapped__'):
                    target = target.__wrapped__
                globalns = getattr(target, '__globals__', {})
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        raw = getattr(obj, '__annotations__', None)
        if raw is None:
            if isinstance(obj, _allowed_types):
                return {}
            raise TypeError('{!r} is not a module, class, method, or function.'.format(obj))
        in_module = isinstance(obj, types.ModuleType)
        hints = {name: _evaluated_hint(value, globalns, localns,
                                       is_argument=not in_module, is_class=False)
                 for name, value in dict(raw).items()}
    if include_extras:
        return hints
    return {name: _strip_annotations(t) for name, t in hints.items()}


def get_origin(tp):
    """The unsubscripted version of a subscripted type (list for List[int], Union
    for Union[int, str], Annotated for Annotated[...]); None for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type (Callable parameters as a list; Annotated
    gives the type then the metadata); () for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, ) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, GenericAlias)):
        args = tp.__args__
        if _should_unflatten_callable_args(tp, args):
            args = (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# ================================================================ helpers and decorators

def cast(typ, val):
    """Tell type checkers that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask type checkers to confirm that val has type typ; returns val unchanged."""
    return val


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Mark code that type checkers should prove unreachable; raises if reached."""
    shown = repr(arg)
    if len(shown) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        shown = shown[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def no_type_check(arg):
    """Decorator marking a function or class (and the methods it defines) as not to
    be type checked: get_type_hints() returns {} for it."""
    if isinstance(arg, type):
        for key in dir(arg):
            member = getattr(arg, key)
            if (not hasattr(member, '__qualname__')
                    or member.__qualname__ != f'{arg.__qualname__}.{member.__name__}'
                    or getattr(member, '__module__', None) != arg.__module__):
                continue    # not defined in this class
            if isinstance(member, types.FunctionType):
                member.__no_type_check__ = True
            if isinstance(member, types.MethodType):
                member.__func__.__no_type_check__ = True
            if isinstance(member, type):
                no_type_check(member)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator's results no_type_check."""
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return functools.wraps(decorator)(wrapped_decorator)


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


# module -> qualname -> first line number -> overload
_overload_registry = collections.defaultdict(functools.partial(collections.defaultdict, dict))


def overload(func):
    """Decorator for the typed signatures of an overloaded function (the plain
    definition that follows is the implementation); they are recorded for
    get_overloads()."""
    target = getattr(func, "__func__", func)
    try:
        _overload_registry[target.__module__][target.__qualname__][
            target.__code__.co_firstlineno] = func
    except AttributeError:
        pass    # not a plain function
    return _overload_dummy


def get_overloads(func):
    """The @overload definitions recorded for func, in definition order."""
    target = getattr(func, "__func__", func)
    by_name = _overload_registry.get(target.__module__)
    if not by_name or target.__qualname__ not in by_name:
        return []
    return list(by_name[target.__qualname__].values())


def clear_overloads():
    """Forget every recorded overload."""
    _overload_registry.clear()


def final(f):
    """Decorator marking a method that must not be overridden or a class that must not
    be subclassed (sets __final__ = True when possible)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator telling type checkers that a decorator, base class or metaclass makes
    dataclass-like classes; records its arguments in __dataclass_transform__."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


# ================================================================ type variables used here

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


# ================================================================ aliases of classes

_alias = _SpecialGenericAlias
_abcs = collections.abc

# name: (origin, number of parameters, inst), in the order CPython defines them
for _name, (_origin, _count, _inst) in {
        'Hashable': (_abcs.Hashable, 0, True),
        'Awaitable': (_abcs.Awaitable, 1, True),
        'Coroutine': (_abcs.Coroutine, 3, True),
        'AsyncIterable': (_abcs.AsyncIterable, 1, True),
        'AsyncIterator': (_abcs.AsyncIterator, 1, True),
        'Iterable': (_abcs.Iterable, 1, True),
        'Iterator': (_abcs.Iterator, 1, True),
        'Reversible': (_abcs.Reversible, 1, True),
        'Sized': (_abcs.Sized, 0, True),
        'Container': (_abcs.Container, 1, True),
        'Collection': (_abcs.Collection, 1, True),
        'AbstractSet': (_abcs.Set, 1, True),
        'MutableSet': (_abcs.MutableSet, 1, True),
        'Mapping': (_abcs.Mapping, 2, True),
        'MutableMapping': (_abcs.MutableMapping, 2, True),
        'Sequence': (_abcs.Sequence, 1, True),
        'MutableSequence': (_abcs.MutableSequence, 1, True),
        'ByteString': (_abcs.ByteString, 0, True),
        'List': (list, 1, False),
        'Deque': (collections.deque, 1, True),
        'Set': (set, 1, False),
        'FrozenSet': (frozenset, 1, False),
        'MappingView': (_abcs.MappingView, 1, True),
        'KeysView': (_abcs.KeysView, 1, True),
        'ItemsView': (_abcs.ItemsView, 2, True),
        'ValuesView': (_abcs.ValuesView, 1, True),
        'ContextManager': (contextlib.AbstractContextManager, 1, True),
        'AsyncContextManager': (contextlib.AbstractAsyncContextManager, 1, True),
        'Dict': (dict, 2, False),
        'DefaultDict': (collections.defaultdict, 2, True),
        'OrderedDict': (collections.OrderedDict, 2, True),
        'Counter': (collections.Counter, 1, True),
        'ChainMap': (collections.ChainMap, 2, True),
        'Generator': (_abcs.Generator, 3, True),
        'AsyncGenerator': (_abcs.AsyncGenerator, 2, True),
        'Type': (type, 1, False),
        }.items():
    globals()[_name] = _SpecialGenericAlias(_origin, _count, inst=_inst, name=_name)
del _name, _origin, _count, _inst

Callable = _CallableType(collections.abc.Callable, 2)
Callable.__doc__ = """Callable[[arg types...], result]: a callable taking those arguments
    and returning result; Callable[..., result] takes any arguments."""
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
Tuple.__doc__ = """Tuple[X, Y]: a pair of an X and a Y; Tuple[X, ...]: any number of Xs;
    Tuple[()]: the empty tuple."""
Type.__doc__ = """Type[C]: the class C or a subclass of it (not an instance)."""


# ================================================================ protocols

def _single_method_protocol(name, method, result, parameter=None, extra=''):
    """@runtime_checkable protocol `name` requiring the abstract `method` (returning
    `result`); generic in `parameter` when given."""
    def required(self, *args):
        pass
    required.__name__ = method
    required.__qualname__ = f'{name}.{method}'
    required.__annotations__ = {'return': result}
    if extra:
        required.__annotations__ = {extra: int, 'return': result}
    namespace = {'__slots__': (), '__doc__': f'Has {method}.', '__module__': __name__,
                 '__qualname__': name, method: abstractmethod(required)}
    base = Protocol if parameter is None else Protocol[parameter]
    made = types.new_class(name, (base, ), {}, lambda ns: ns.update(namespace))
    return runtime_checkable(made)


SupportsInt = _single_method_protocol('SupportsInt', '__int__', int)
SupportsFloat = _single_method_protocol('SupportsFloat', '__float__', float)
SupportsComplex = _single_method_protocol('SupportsComplex', '__complex__', complex)
SupportsBytes = _single_method_protocol('SupportsBytes', '__bytes__', bytes)
SupportsIndex = _single_method_protocol('SupportsIndex', '__index__', int)
SupportsAbs = _single_method_protocol('SupportsAbs', '__abs__', T_co, T_co)
SupportsRound = _single_method_protocol('SupportsRound', '__round__', T_co, T_co, 'ndigits')


# ================================================================ NamedTuple

def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    checked = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    made = collections.namedtuple(name, fields, defaults=defaults, module=module)
    made.__annotations__ = made.__new__.__annotations__ = checked
    return made


# attributes a NamedTuple class body must not define, and those it does not copy
_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        annotations = ns.get('__annotations__', {})
        with_default = []
        for name in annotations:
            if name in ns:
                with_default.append(name)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"field{plural} {', '.join(with_default)}")
        made = _make_nmtuple(typename, annotations.items(),
                             defaults=[ns[n] for n in with_default], module=ns['__module__'])
        made.__bases__ = bases
        if Generic in bases:
            made.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _special and key not in made._fields:
                setattr(made, key, ns[key])
        if Generic in bases:
            made.__init_subclass__()
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple: as a base class, the annotated class
    attributes are the fields (with their defaults); called, it takes
    NamedTuple('Name', [('x', int), ...]) or keyword arguments."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple, )


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ================================================================ TypedDict

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic_base = (Generic, ) if any(issubclass(b, Generic) for b in bases) else ()
        made = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)

        message = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _type_check(tp, message, module=made.__module__)
               for key, tp in ns.get('__annotations__', {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = get_origin(tp)
            if origin is Annotated:
                inner = get_args(tp)
                if inner:
                    origin = get_origin(inner[0])
            if origin is Required:
                needed = True
            elif origin is NotRequired:
                needed = False
            else:
                needed = total
            if needed:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        made.__annotations__ = annotations
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if not hasattr(made, '__total__'):
            made.__total__ = total
        return made

    __call__ = dict     # TypedDict classes make plain dicts

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """Dictionary type with a fixed set of keys, each with its own value type.  As a
    base class the annotations are the keys; called: TypedDict('Name', {'x': int}).
    Instances are plain dicts; total=False makes every key optional."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    if kwargs:
        import warnings
        warnings.warn(
            "The kwargs-based syntax for TypedDict definitions is deprecated "
            "in Python 3.11, will be removed in Python 3.13, and may not be "
            "understood by third-party type checkers.",
            DeprecationWarning, stacklevel=2)
    ns = {'__annotations__': dict(fields)}
    module = _caller()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict, )


# ================================================================ NewType

def _idfunc(_, x):
    return x


class NewType:
    """NewType('Name', tp): a distinct type for type checkers; at runtime calling it
    returns its argument unchanged."""

    __call__ = _idfunc

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[-1]
        self.__supertype__ = tp
        _set_defining_module(self)

    def __mro_entries__(self, bases):
        supertype_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{sub} = NewType({sub!r}, {supertype_name})`")

        return (Dummy, )

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ================================================================ text and I/O

Text = str

AnyStr = TypeVar('AnyStr', bytes, str)

TYPE_CHECKING = False


def _abstract_members(owner, spec):
    """Abstract methods (or read-only abstract properties, marked with a leading '@')
    named in spec, a dict name -> return annotation."""
    members = {}
    for entry, result in spec.items():
        name = entry.lstrip('@')

        def stub(self, *args):
            pass
        stub.__name__ = name
        stub.__qualname__ = f'{owner}.{name}'
        stub.__annotations__ = {'return': result}
        stub = abstractmethod(stub)
        members[name] = property(stub) if entry.startswith('@') else stub
    return members


def _io_class(name, base, doc, spec):
    namespace = {'__slots__': (), '__doc__': doc, '__module__': __name__,
                 '__qualname__': name, **_abstract_members(name, spec)}
    return types.new_class(name, (base, ), {}, lambda ns: ns.update(namespace))


IO = _io_class('IO', Generic[AnyStr], "Generic base for file objects (see TextIO and "
               "BinaryIO).", {
                   '@mode': str, '@name': str, 'close': None, '@closed': bool,
                   'fileno': int, 'flush': None, 'isatty': bool, 'read': AnyStr,
                   'readable': bool, 'readline': AnyStr, 'readlines': List[AnyStr],
                   'seek': int, 'seekable': bool, 'tell': int, 'truncate': int,
                   'writable': bool, 'write': int, 'writelines': None,
                   '__enter__': 'IO[AnyStr]', '__exit__': None})
BinaryIO = _io_class('BinaryIO', IO[bytes], "Binary file object.",
                     {'write': int, '__enter__': 'BinaryIO'})
TextIO = _io_class('TextIO', IO[str], "Text file object.", {
    '@buffer': BinaryIO, '@encoding': str, '@errors': Optional[str],
    '@line_buffering': bool, '@newlines': Any, '__enter__': 'TextIO'})


class _DeprecatedType(type):
    """Class of the deprecated typing.io and typing.re pseudo-modules."""

    def __getattribute__(cls, name):
        if name not in ('__dict__', '__module__') and name in cls.__dict__:
            import warnings
            warnings.warn(
                f"{cls.__name__} is deprecated, import directly "
                f"from typing instead. {cls.__name__} will be removed "
                "in Python 3.12.",
                DeprecationWarning,
                stacklevel=2,
            )
        return super().__getattribute__(name)


def _pseudo_module(short_name, **members):
    """The deprecated namespace typing.<short_name>, also put in sys.modules."""
    full_name = f'{__name__}.{short_name}'
    namespace = {'__all__': list(members), '__module__': __name__, **members}
    made = _DeprecatedType(short_name, (), namespace)
    made.__name__ = full_name
    sys.modules[full_name] = made
    return made


io = _pseudo_module('io', IO=IO, TextIO=TextIO, BinaryIO=BinaryIO)

try:
    import re as stdlib_re
except ImportError:
    stdlib_re = None

if stdlib_re is not None:
    Pattern = _alias(stdlib_re.Pattern, 1)
    Match = _alias(stdlib_re.Match, 1)
    re = _pseudo_module('re', Pattern=Pattern, Match=Match)
