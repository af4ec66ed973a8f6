"""Enumerations (enum module) for tspy.

How a class statement with an Enum base becomes an enumeration:

1. EnumType.__prepare__ returns an _EnumDict.  As the class body runs, the dict decides
   for every name whether it is a member (a plain value, an auto(), a member(...)) or an
   ordinary attribute (descriptors, dunders, _sunder_ hooks, private names, ignored
   names, nonmember(...)); auto() values are resolved there, in definition order.
2. EnumType.__new__ replaces each member value by a _MemberSlot placeholder and creates
   the class with type.__new__.  type.__new__ calls __set_name__ on every placeholder,
   in definition order and before __init_subclass__, and that is where each member
   object is made (see _MemberSlot.__set_name__).
3. EnumType.__new__ then fixes up the reprs and Flag operators and checks _order_.

Members are stored as class attributes; the class keeps _member_names_ (canonical
members in order), _member_map_ (every name, aliases included) and _value2member_map_
(value -> member; unhashable values are searched linearly).
"""

import sys
import builtins as _builtins
from types import MappingProxyType, DynamicClassAttribute
from operator import or_ as _or_
from functools import reduce

__all__ = [
        'EnumType', 'EnumMeta',
        'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
        'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
        'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
        'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
        'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
        'pickle_by_global_name', 'pickle_by_enum_name',
        ]

# Placeholders until the classes exist: EnumType.__new__ runs for them too.
Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None


# ================================================================ name helpers

def _is_descriptor(obj):
    """Whether obj has any of the descriptor methods."""
    # (an or-chain rather than any() over a generator: it runs for every name an enum body
    # assigns, and a generator per call is most of the cost)
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    """__name__ (at least one character between the double underscores)."""
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    """_name_ (single underscores)."""
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_internal_class(cls_name, obj):
    # a class nested in the enum body (e.g. a helper enum) is not a member
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    parts = qualname.split('.')
    return len(parts) > 1 and parts[-2] == cls_name


def _is_private(cls_name, name):
    """Whether name is the mangled form of a __private name of class cls_name."""
    prefix = '_' + cls_name.lstrip('_') + '__'
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith('__'))


def _is_single_bit(num):
    """True for values with exactly one bit set."""
    return num != 0 and not num & (num - 1)


def _make_class_unpicklable(obj):
    """Make instances of the class (or class dict) fail to pickle."""
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    settings = {'__reduce_ex__': _break_on_call_reduce, '__module__': '<unknown>'}
    for name, value in settings.items():
        if isinstance(obj, dict):
            obj[name] = value
        else:
            setattr(obj, name, value)


def _iter_bits_lsb(num):
    """The powers of two making up num, lowest first."""
    while num:
        lowest = num & -num
        yield lowest
        num ^= lowest


def show_flag_values(value):
    return [*_iter_bits_lsb(value)]


def bin(num, max_bits=None):
    """Binary text of an int as '0b<sign bit> <digits>': digits are the value's bits
    (two's complement for negative numbers, with sign bit 1), sign-extended to
    max_bits when given.  bin(5) is '0b0 101', bin(-5) is '0b1 011'."""
    width = num.bit_length()
    if num >= 0:
        sign = '0b0'
        digits = format(num, 'b') if num else ''
    else:
        sign = '0b1'
        digits = format((1 << width) + num, 'b').rjust(width, '0')
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f'{sign} {digits}'


def _high_bit(value):
    """Index of the highest set bit (-1 for 0)."""
    top = value.bit_length()
    return top - 1


# ================================================================ markers

class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder for a member value, resolved by _generate_next_value_ when the class
    body assigns it."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


class _Wrapped:
    def __init__(self, value):
        self.value = value


class nonmember(_Wrapped):
    """Wraps a value in an enum body so that it stays a plain class attribute."""


class member(_Wrapped):
    """Wraps a value in an enum body so that it becomes a member even when it would
    not (a function, for example)."""


class property(DynamicClassAttribute):
    """Enum-aware property: on members it behaves like builtins.property; looked up on
    the class it gives the member of the same name (if any), so that members and
    attributes may share names."""

    member = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# ================================================================ member creation

class _MemberSlot:
    """Stands for a member in the namespace given to type.__new__; its __set_name__
    turns the raw value into the member object."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        delattr(enum_class, member_name)
        raw = self.value
        args = raw if isinstance(raw, tuple) else (raw,)
        if enum_class._member_type_ is tuple:
            # tuple members take their whole value as the one argument
            args = (args,)
        maker = enum_class._new_member_
        made = maker(enum_class, *args) if enum_class._use_args_ else maker(enum_class)
        if not hasattr(made, '_value_'):
            if enum_class._member_type_ is object:
                made._value_ = raw
            else:
                try:
                    made._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    problem = TypeError('_value_ not set in __new__, unable to create it')
                    problem.__cause__ = exc
                    raise problem
        value = made._value_
        made._name_ = member_name
        made.__objclass__ = enum_class
        made.__init__(*args)
        made._sort_order_ = len(enum_class._member_names_)

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

        # An equal value defined earlier makes this name an alias of that member.
        canonical = _lookup_value(enum_class, value)
        if canonical is None:
            if not is_flag or _is_single_bit(value):
                enum_class._member_names_.append(member_name)
        else:
            made = canonical

        # A property of the same name further up the MRO (e.g. Enum.name) must keep
        # working on members: install an enum.property that knows the member.
        inherited = None
        for base in enum_class.__mro__[1:]:
            found = base.__dict__.get(member_name)
            if found is None:
                continue
            if isinstance(found, (property, DynamicClassAttribute)):
                inherited = found
                break
            if all(hasattr(found, a) for a in ('fget', 'fset', 'fdel')):
                inherited = found
        if inherited is not None:
            redirect = property()
            redirect.member = made
            redirect.__set_name__(enum_class, member_name)
            redirect.fget = inherited.fget
            redirect.fset = inherited.fset
            redirect.fdel = inherited.fdel
            setattr(enum_class, member_name, redirect)
        else:
            setattr(enum_class, member_name, made)

        enum_class._member_map_[member_name] = made
        try:
            enum_class._value2member_map_.setdefault(value, made)
        except TypeError:
            enum_class._unhashable_values_.append(value)


def _lookup_value(enum_class, value):
    """The member with this value, or None."""
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for candidate in enum_class._member_map_.values():
            if candidate._value_ == value:
                return candidate
        return None


# ================================================================ class namespace

_HOOK_NAMES = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
               '_ignore_', '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_')


class _EnumDict(dict):
    """Namespace of an enum class body: records member names in order and resolves
    auto() values as they are assigned."""

    def __init__(self):
        super().__init__()
        self._member_names = {}     # used as an ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None

    def _kind(self, key, value):
        """How an assignment in the class body is treated: 'plain' (ordinary
        attribute), 'hook' (a _sunder_ name), 'member', or 'unwrap' (nonmember)."""
        if _is_private(self._cls_name, key):
            return 'plain'
        if _is_sunder(key):
            return 'hook'
        if _is_dunder(key):
            return 'plain'
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if key in self._ignore:
            return 'plain'
        if isinstance(value, nonmember):
            return 'unwrap'
        if _is_descriptor(value):
            return 'plain'
        return 'member'

    def __setitem__(self, key, value):
        kind = self._kind(key, value)
        if kind == 'hook':
            value = self._hook(key, value)
        elif kind == 'unwrap':
            value = value.value
        elif kind == 'member':
            if _is_internal_class(self._cls_name, value):
                import warnings
                warnings.warn("In 3.13 classes created inside an enum will not become a "
                              "member.  Use the `member` decorator to keep the current "
                              "behavior.", DeprecationWarning, stacklevel=2)
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            value = self._member_value(key, value)
        elif key == '__order__':
            key = '_order_'
        dict.__setitem__(self, key, value)

    def _hook(self, key, value):
        if key not in _HOOK_NAMES:
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                             % (key, ))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate_next_value = (value.__func__ if isinstance(value, staticmethod)
                                         else value)
        elif key == '_ignore_':
            names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            self._ignore = names
            clash = set(names) & set(self._member_names)
            if clash:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (clash, ))
            value = names
        return value

    def _member_value(self, key, value):
        """Record key as a member and return its value with auto() resolved."""
        if isinstance(value, member):
            value = value.value
        lone_auto = isinstance(value, auto)
        parts = (value,) if lone_auto else value
        record_whole = True
        if type(parts) is tuple and any(isinstance(p, auto) for p in parts):
            resolved = []
            for part in parts:
                if isinstance(part, auto):
                    record_whole = False
                    if part.value == _auto_null:
                        part.value = self._generate_next_value(
                            key, 1, len(self._member_names), self._last_values[:])
                        self._auto_called = True
                    part = part.value
                    self._last_values.append(part)
                resolved.append(part)
            value = resolved[0] if lone_auto else tuple(resolved)
        self._member_names[key] = None
        if record_whole:
            self._last_values.append(value)
        return value

    def update(self, members, **more_members):
        pairs = ([(k, members[k]) for k in members.keys()] if hasattr(members, 'keys')
                 else members)
        for source in (pairs, more_members.items()):
            for name, value in source:
                self[name] = value


# ================================================================ the metaclass

class EnumType(type):
    """The metaclass of enumerations (see the module docstring)."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        EnumType._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            namespace['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)

        classdict.setdefault('_ignore_', []).append('_ignore_')
        for name in classdict['_ignore_']:
            classdict.pop(name, None)

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)

        member_names = list(classdict._member_names)
        bad = set(member_names) & {'mro', ''}
        if bad:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in bad), ))

        order = classdict.pop('_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()

        namespace = dict(classdict.items())
        for name in member_names:
            namespace[name] = _MemberSlot(namespace[name])
        namespace.update(
            _new_member_=new_member,
            _use_args_=use_args,
            _member_names_=[],
            _member_map_={},
            _value2member_map_={},
            _unhashable_values_=[],
            _member_type_=member_type,
            _value_repr_=metacls._find_data_repr_(cls, bases),
            _boundary_=boundary or getattr(first_enum, '_boundary_', None),
            _flag_mask_=0,
            _singles_mask_=0,
            _all_bits_=0,
            _inverted_=None,
        )
        try:
            failure = None
            enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        except RuntimeError as wrapped:
            # errors of __set_name__ arrive wrapped in a RuntimeError
            failure = wrapped.__cause__ or wrapped
        if failure is not None:
            raise failure
        namespace.update(enum_class.__dict__)

        _settle_methods(enum_class, namespace, bases, member_type, first_enum)
        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new_member
            enum_class.__new__ = Enum.__new__

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if not is_flag and not (Flag is None and cls == 'Flag'):
            for name in ('_boundary_', '_flag_mask_', '_singles_mask_', '_all_bits_',
                         '_inverted_'):
                delattr(enum_class, name)
        elif is_flag:
            by_definition = [m._value_ for m in enum_class]
            if by_definition != sorted(by_definition):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            if order:
                order = [name for name in order if name not in enum_class._member_map_
                         or _is_single_bit(enum_class[name]._value_)]
        if order and order != enum_class._member_names_:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        # an enumeration is true even without members
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Look up a member by value (`names` omitted), or create a new enumeration
        named `value` with the given member names (the functional API)."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        """Whether member is a member of this enumeration."""
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True "
                "or\nFalse depending on whether the value is a member or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr not in cls._member_map_:
            return type.__delattr__(cls, attr)
        raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                 '__len__', '__members__', '__module__', '__name__', '__qualname__',
                 *cls._member_names_}
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names |= set(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        """Members by name (reached when normal lookup fails, e.g. through an
        enum.property of the same name)."""
        found = None if _is_dunder(name) else cls._member_map_.get(name)
        if found is None:
            raise AttributeError(name)
        return found

    def __getitem__(cls, name):
        """The member called name."""
        return cls._member_map_[name]

    def __iter__(cls):
        """Canonical members (no aliases) in definition order."""
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        """Number of canonical members."""
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """Read-only mapping of every member name, aliases included, to its member."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return f"<{kind} {cls.__name__!r}>"

    def __reversed__(cls):
        """Canonical members, last defined first."""
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        """Members cannot be replaced; other attributes can."""
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """The functional API: a new enumeration deriving from cls (and type)."""
        metacls = cls.__class__
        bases = (cls, ) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        namespace = metacls.__prepare__(class_name, bases)

        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            # bare names: values come from _generate_next_value_
            pairs, seen = [], []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, seen[:])
                seen.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                namespace[item] = names[item]
            else:
                name, value = item
                namespace[name] = value

        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(namespace)
        else:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Make an enumeration of the module-level constants of `module` that pass
        filter(name), and put it (and its members) in that module."""
        module_globals = sys.modules[module].__dict__
        source = module_globals if not source else source.__dict__
        found = [(key, value) for key, value in source.items() if filter(key)]
        try:
            found.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            found.sort(key=lambda pair: pair[0])
        body = dict(found)
        body['__module__'] = module
        template = type(name, (object, ), body)
        made = _simple_enum(etype=cls, boundary=boundary or KEEP)(template)
        if as_global:
            global_enum(made)
        else:
            sys.modules[made.__module__].__dict__.update(made.__members__)
        module_globals[name] = made
        return made

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        # an enumeration with members is final
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f"<enum {class_name!r}> cannot extend {base!r}")

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(data type of the members, last Enum base) of a new enumeration."""
        if bases:
            mcls._check_for_existing_members_(class_name, bases)
            last = bases[-1]
            if isinstance(last, EnumType):
                return (mcls._find_data_type_(class_name, bases) or object), last
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        return object, Enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        """The repr used for member values: the first __repr__ defined by a mixin, or
        the one an Enum base uses."""
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        """The class (other than an enum) whose instances the members are: the first
        base along each chain that defines __new__ (or the class that derives from
        it), or the data type of an enum base."""
        data_types = set()
        for chain in bases:
            nearest = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__:
                    data_types.add(nearest or base)
                    break
                else:
                    nearest = nearest or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        return data_types.pop() if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(function creating members, whether the class body defined __new__, whether
        it takes the member value as arguments)."""
        maker = classdict.get('__new__', None)
        save_new = first_enum is not None and maker is not None
        if maker is None:
            unusable = {None, None.__new__, object.__new__, Enum.__new__}
            for attr in ('__new_member__', '__new__'):
                for owner in (member_type, first_enum):
                    candidate = getattr(owner, attr, None)
                    if candidate not in unusable:
                        maker = candidate
                        break
                if maker is not None:
                    break
            else:
                maker = object.__new__
        use_args = not (first_enum is None or maker in (Enum.__new__, object.__new__))
        return maker, save_new, use_args


EnumMeta = EnumType


def _settle_methods(enum_class, namespace, bases, member_type, first_enum):
    """Choose __repr__/__str__/__format__/__reduce_ex__ (and Flag's operators) the way
    enumerations expect, unless the class body defines them."""
    if ReprEnum is not None and ReprEnum in bases:
        if member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type '
                            '(i.e. int, str, float, etc.)')
        if '__format__' not in namespace:
            enum_class.__format__ = member_type.__format__
            namespace['__format__'] = enum_class.__format__
        if '__str__' not in namespace:
            chosen = member_type.__str__
            if chosen is object.__str__:
                chosen = member_type.__repr__
            enum_class.__str__ = chosen
            namespace['__str__'] = enum_class.__str__
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name in namespace:
            continue
        current = getattr(enum_class, name)
        if current in (getattr(member_type, name), getattr(object, name)):
            setattr(enum_class, name, getattr(first_enum, name))
    if Flag is not None and issubclass(enum_class, Flag):
        for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                     '__invert__'):
            if name not in namespace:
                operator_method = getattr(Flag, name)
                setattr(enum_class, name, operator_method)
                namespace[name] = operator_method


# ================================================================ Enum

class Enum(metaclass=EnumType):
    """Base class of enumerations: a class whose class attributes are its members.

        >>> class Color(Enum):
        ...     RED = 1
        ...     GREEN = 2
        >>> Color.RED, Color(2), Color['RED'], len(Color)
        (<Color.RED: 1>, <Color.GREEN: 2>, <Color.RED: 1>, 2)

    See the enum documentation for mixins, auto() and the functional API.
    """

    def __new__(cls, value):
        # Members exist once the class is made; this finds one by value (Color(1),
        # unpickling), falling back to the _missing_ hook.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        try:
            failure = None
            result = cls._missing_(value)
        except Exception as problem:
            failure = problem
            result = None
        try:
            if isinstance(result, cls):
                return result
            if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                    and isinstance(result, int)):
                return result
            not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            if result is None and failure is None:
                raise not_valid
            if failure is None:
                failure = TypeError('error in %s._missing_: returned %r instead of None '
                                    'or a valid member' % (cls.__name__, result))
            if not isinstance(failure, ValueError):
                failure.__context__ = not_valid
            raise failure
        finally:
            # no reference cycles through the traceback
            failure = None
            not_valid = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """Value for an auto() member: one more than the last value (`start` for the
        first member)."""
        if not last_values:
            return start
        try:
            newest = last_values[-1]
            if newest != max(last_values):
                raise TypeError   # not increasing: the deprecated rule applies
            return newest + 1
        except TypeError:
            import warnings
            warnings.warn(
                "In 3.13 the default `auto()`/`_generate_next_value_` will require all "
                "values to be sortable and support adding +1\nand the value returned will "
                "be the largest value in the enum incremented by 1",
                DeprecationWarning, stacklevel=3)
            for previous in reversed(last_values):
                try:
                    return previous + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        shown = (self.__class__._value_repr_ or repr)(self._value_)
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, shown)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_, )

    def __dir__(self):
        """Public attributes of members: name, value, methods and properties."""
        members = self._member_map_
        if self.__class__._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name',
                     'value'}
        else:
            names = set(object.__dir__(self))
        names.update(n for n in getattr(self, '__dict__', ()) if n[0] != '_')
        for klass in self.__class__.mro():
            for name, obj in klass.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in members:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in members:
                    names.add(name)
        return sorted(names | {'__class__', '__doc__', '__eq__', '__hash__', '__module__'})

    def __format__(self, format_spec):
        text = str(self)
        return text.__format__(format_spec)

    def __hash__(self):
        # members hash like their names
        return self._name_.__hash__()

    def __reduce_ex__(self, proto):
        # pickled as "the member of this class with this value"
        return (self.__class__, (self._value_, ))

    # members are singletons
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """Enum whose str() and format() are those of its data type (only repr() shows
    the enum)."""


class IntEnum(int, ReprEnum):
    """Enumeration whose members are ints."""


class StrEnum(str, ReprEnum):
    """Enumeration whose members are strs."""

    def __new__(cls, *values):
        # the value is what str(*values) makes, given only str arguments
        count = len(values)
        if count > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        for position, arg in enumerate(values):
            if isinstance(arg, str):
                continue
            if position == 0 and count == 1:
                raise TypeError(f'{arg!r} is not a string')
            if position == 1:
                raise TypeError(f'encoding must be a string, not {arg!r}')
            if position == 2:
                raise TypeError(f'errors must be a string, not {arg!r}')
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the lower-cased member name."""
        return name.lower()


def pickle_by_global_name(self, proto):
    # the member is a module global of the same name
    return self.name


def pickle_by_enum_name(self, proto):
    # the member is found again as getattr(its class, its name)
    return (getattr, (self.__class__, self._name_))


_reduce_ex_by_global_name = pickle_by_global_name


# ================================================================ Flag

class FlagBoundary(StrEnum):
    """What a Flag does with values that have bits no member covers: STRICT raises,
    CONFORM drops them, EJECT gives a plain int, KEEP keeps them."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Enumeration of bit flags: members combine with |, & , ^ and ~ into other
    values of the class (named after their bits)."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the next power of two above the largest value so far."""
        if not count:
            return start if start is not None else 1
        highest = max(last_values)
        try:
            top = _high_bit(highest)
        except Exception:
            raise TypeError('invalid flag value %r' % highest) from None
        return 2 ** (top + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """Members (or None) of the bits of value, lowest bit first."""
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """Members of the bits of value in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Make (and cache) the pseudo-member for a combination of bits, applying the
        class boundary to bits no member has."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        named = cls._flag_mask_
        singles = cls._singles_mask_
        span = cls._all_bits_
        negative = None
        boundary = cls._boundary_
        outside = value > span or value < ~span or value & (span ^ named)
        if outside:
            if boundary is STRICT:
                width = max(value.bit_length(), named.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value, width), bin(named, width)))
            if boundary is CONFORM:
                value &= named
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(span + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary, ))
        if value < 0:
            # two's complement within the class's bits
            negative = value
            value += span + 1
        unknown = value & ~named
        aliased = value & ~singles
        single_bits = value & singles
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))

        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value

        if single_bits or aliased:
            parts = list(cls._iter_member_(single_bits))
            covered = 0
            for part in parts:
                covered |= part._value_
            if aliased:
                wanted = single_bits | aliased
                for candidate in cls._member_map_.values():
                    bits = candidate._value_
                    if candidate not in parts and bits and bits & wanted == bits:
                        parts.append(candidate)
                        covered |= bits
            leftover = value ^ covered
            if not covered:
                pseudo._name_ = None
            elif leftover and boundary is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, leftover))
            else:
                pseudo._name_ = '|'.join(part._name_ for part in parts)
                if leftover:
                    pseudo._name_ += '|%s' % cls._numeric_repr_(leftover)
        else:
            pseudo._name_ = None

        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        """Whether every bit of other is set in self."""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The members whose bits make up self."""
        return iter(list(self._iter_member_(self._value_)))

    def __len__(self):
        # number of set bits
        return self._value_.bit_count()

    def __repr__(self):
        shown = (self.__class__._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, shown)
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, shown)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        """other's bits, or None when it cannot combine with self."""
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        bits = self._operand(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = self._operand(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = self._operand(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        cached = self._inverted_
        if cached is None:
            bits = ~self._value_
            if self._boundary_ not in (EJECT, KEEP):
                # only the bits of named single-bit members flip
                bits &= self._singles_mask_
            cached = self._inverted_ = self.__class__(bits)
        return cached

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints (and combine with ints)."""


# ================================================================ decorators

def _aliases(enumeration):
    """[(alias name, canonical name)] of an enumeration."""
    return [(name, found.name) for name, found in enumeration.__members__.items()
            if name != found.name]


def unique(enumeration):
    """Class decorator rejecting enumerations that have aliases (equal values)."""
    pairs = _aliases(enumeration)
    if pairs:
        details = ', '.join('%s -> %s' % pair for pair in pairs)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


def _dataclass_repr(self):
    fields = self.__dataclass_fields__
    return '%s(%s)' % (self.__class__.__qualname__,
                       ', '.join('%s=%r' % (k, getattr(self, k)) for k in fields
                                 if fields[k].repr))


def _module_tail(member):
    return member.__class__.__module__.rpartition('.')[2]


def global_enum_repr(self):
    """repr() of a member of a global_enum class: module.NAME."""
    return f'{_module_tail(self)}.{self._name_}'


def global_flag_repr(self):
    """repr() of a member of a global_enum Flag: module.A|module.B."""
    module = _module_tail(self)
    if self._name_ is None:
        return f'{module}.{self.__class__.__name__}({self._value_!r})'
    if _is_single_bit(self):
        return f'{module}.{self._name_}'
    pieces = []
    for piece in self._name_.split('|'):
        if self._boundary_ is FlagBoundary.KEEP and piece[0].isdigit():
            pieces.append(piece)
        else:
            pieces.append('%s.%s' % (module, piece))
    return '|'.join(pieces)


def global_str(self):
    """str() of a member of a global_enum class: just its name."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: the members become globals of the class's module and their
    repr() (and str(), except for ReprEnum classes unless update_str) shows them as
    such."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator making an enumeration of base `etype` from a plain class whose
    public non-descriptor attributes are the members (used for stdlib enumerations)."""
    def convert(cls):
        body = {}
        for name, value in cls.__dict__.items():
            if name in ('__dict__', '__weakref__'):
                continue
            body[name] = value
        bases = (etype, )
        namespace = type(etype).__prepare__(cls.__name__, bases)
        for name, value in body.items():
            namespace[name] = value
        namespace.setdefault('__qualname__', cls.__qualname__)
        extra = {} if boundary is None else {'boundary': boundary}
        made = type(etype)(cls.__name__, bases, namespace, **extra)
        return made
    return convert


class EnumCheck(StrEnum):
    """Properties verify() can check."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


class verify:
    """Class decorator checking EnumCheck properties of an enumeration."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if not issubclass(enumeration, Enum):
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                pairs = _aliases(enumeration)
                if pairs:
                    details = ', '.join('%s -> %s' % pair for pair in pairs)
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                self._check_continuous(enumeration, kind, cls_name)
            elif check is NAMED_FLAGS:
                self._check_named_flags(enumeration, cls_name)
        return enumeration

    @staticmethod
    def _check_continuous(enumeration, kind, cls_name):
        values = {m.value for m in enumeration}
        if len(values) < 2:
            return
        low, high = min(values), max(values)
        if kind == 'flag':
            gaps = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high))
                    if 2 ** i not in values]
        else:
            gaps = [i for i in range(low + 1, high) if i not in values]
        if gaps:
            message = 'invalid %s %r: missing values %s' % (
                kind, cls_name, ', '.join(str(g) for g in gaps))
            raise ValueError(message[:256])

    @staticmethod
    def _check_named_flags(enumeration, cls_name):
        canonical = enumeration._member_names_
        known = [m.value for m in enumeration]
        culprits = []
        missing_bits = 0
        for name, alias in enumeration._member_map_.items():
            if name in canonical or alias.value < 0:
                continue
            unnamed = [bit for bit in _iter_bits_lsb(alias.value) if bit not in known]
            if unnamed:
                culprits.append(name)
                missing_bits |= reduce(_or_, unnamed)
        if not culprits:
            return
        if len(culprits) == 1:
            who = 'alias %s is missing' % culprits[0]
        else:
            who = 'aliases %s and %s are missing' % (', '.join(culprits[:-1]), culprits[-1])
        if _is_single_bit(missing_bits):
            what = 'value 0x%x' % missing_bits
        else:
            what = 'combined values of 0x%x' % missing_bits
        raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                         % (cls_name, who, what))


def _test_simple_enum(checked_enum, simple_enum):
    """Raise TypeError when two enumerations (one made with _simple_enum) differ in
    their members or their values."""
    failed = []
    if list(checked_enum.__members__) != list(simple_enum.__members__):
        failed.append('member names differ')
    else:
        for name, checked in checked_enum.__members__.items():
            simple = simple_enum.__members__[name]
            if checked._value_ != simple._value_:
                failed.append('%s: %r != %r' % (name, checked._value_, simple._value_))
    if failed:
        raise TypeError('enum mismatch:\n   %s' % '\n   '.join(failed))


def _old_convert_(etype, name, module, filter, source=None, *, boundary=None):
    """Make an enumeration of `etype` from the module constants passing filter(name)."""
    module_globals = sys.modules[module].__dict__
    source = module_globals if not source else source.__dict__
    found = [(key, value) for key, value in source.items() if filter(key)]
    try:
        found.sort(key=lambda pair: (pair[1], pair[0]))
    except TypeError:
        found.sort(key=lambda pair: pair[0])
    made = etype(name, found, module=module, boundary=boundary or KEEP)
    made.__reduce_ex__ = _reduce_ex_by_global_name
    global_enum(made)
    module_globals[name] = made
    return made


_stdlib_enums = IntEnum, StrEnum, IntFlag
