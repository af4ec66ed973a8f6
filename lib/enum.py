"""Support for enumerations (enum), pure Python for tspy, following Python 3.11 semantics.

Layout of an enum class (set by EnumType.__new__): _member_names_ (canonical names in
definition order), _member_map_ (every name, aliases included, to its member),
_value2member_map_ (hashable values to members), _unhashable_values_, _member_type_ (the
mixed-in data type or object), _value_repr_, _new_member_ / _use_args_ (how members are
built). Flag classes add _boundary_, _flag_mask_, _singles_mask_, _all_bits_, _inverted_.
Members are created by _proto_member.__set_name__ while type.__new__ builds the class.
"""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
        "EnumType", "EnumMeta",
        "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
        "auto", "unique", "property", "verify", "member", "nonmember",
        "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
        "global_flag_repr", "global_enum_repr", "global_str", "global_enum",
        "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE",
        "pickle_by_global_name", "pickle_by_enum_name",
        ]

# Set to the real classes once they exist (the metaclass checks them while bootstrapping).
Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None


class nonmember(object):

    def __init__(self, value):
        self.value = value


class member(object):

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__" and
            name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_" and
            name[1:2] != "_" and name[-2:-1] != "_")


def _is_internal_class(cls_name, obj):
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, "__qualname__", "")
    s_pattern = cls_name + "." + getattr(obj, "__name__", "")
    e_pattern = "." + s_pattern
    return qualname == s_pattern or qualname.endswith(e_pattern)


def _is_private(cls_name, name):
    pattern = f"_{cls_name}__"
    pat_len = len(pattern)
    return (len(name) > pat_len and name.startswith(pattern) and
            name[pat_len:pat_len + 1] != "_" and (name[-1] != "_" or name[-2] != "_"))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _make_class_unpicklable(obj):
    """Make the given obj un-picklable (obj should be either a class or a member)."""
    def _break_on_call_reduce(self, proto):
        raise TypeError(f"{self!r} cannot be pickled")
    if isinstance(obj, dict):
        obj["__reduce_ex__"] = _break_on_call_reduce
        obj["__module__"] = "<unknown>"
    else:
        setattr(obj, "__reduce_ex__", _break_on_call_reduce)
        setattr(obj, "__module__", "<unknown>")


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError(f"{original!r} is not a positive integer")
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Like built-in bin(), except negative values are represented in twos-complement,
    and the leading bit always indicates sign (0=positive, 1=negative)."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace("1", "0", 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f"{sign} {digits}"


import builtins as _builtins  # noqa: E402
_builtin_bin = _builtins.bin
_builtin_property = _builtins.property


_auto_null = type("_auto_null_type", (), {"__repr__": lambda self: "_auto_null"})()


class auto:

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


class property(DynamicClassAttribute):
    """This is a descriptor, used to define attributes that act differently when accessed
    through an enum member and through an enum class. Instance access is the same as
    property(), but access to an attribute through the enum class will instead look in the
    class' _member_map_ for a corresponding enum member.
    """

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(f"{ownerclass!r} has no attribute {self.name!r}")
        if self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(f"{ownerclass!r} has no attribute {self.name!r}") from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f"<enum {self.clsname!r}> cannot set attribute {self.name!r}")
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f"<enum {self.clsname!r}> cannot delete attribute {self.name!r}")
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


class _proto_member:
    """Intermediate step for enum members between class execution and final creation."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        """Convert each quasi-member into an instance of the new enum class."""
        delattr(enum_class, member_name)
        value = self.value
        if not isinstance(value, tuple):
            args = (value,)
        else:
            args = value
        if enum_class._member_type_ is tuple:
            args = (args,)
        if not enum_class._use_args_:
            enum_member = enum_class._new_member_(enum_class)
        else:
            enum_member = enum_class._new_member_(enum_class, *args)
        if not hasattr(enum_member, "_value_"):
            if enum_class._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    new_exc = TypeError("_value_ not set in __new__, unable to create it")
                    new_exc.__cause__ = exc
                    raise new_exc
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)

        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** ((enum_class._flag_mask_).bit_length()) - 1

        # A later member with an existing value becomes an alias of the earlier one.
        try:
            try:
                enum_member = enum_class._value2member_map_[value]
            except TypeError:
                for name, canonical_member in enum_class._member_map_.items():
                    if canonical_member._value_ == value:
                        enum_member = canonical_member
                        break
                else:
                    raise KeyError
        except KeyError:
            if Flag is None or not issubclass(enum_class, Flag):
                enum_class._member_names_.append(member_name)
            elif _is_single_bit(value):
                enum_class._member_names_.append(member_name)

        # Members are class attributes, unless a base class has a descriptor of that name
        # (then an enum.property redirects class access to the member map).
        need_override = False
        descriptor = None
        for base in enum_class.__mro__[1:]:
            descriptor = base.__dict__.get(member_name)
            if descriptor is not None:
                if isinstance(descriptor, (_builtin_property, DynamicClassAttribute)):
                    break
                else:
                    need_override = True
        if descriptor and not need_override:
            pass
        else:
            type.__setattr__(enum_class, member_name, enum_member)
        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)


_SUNDER_ALLOWED = ("_order_", "_generate_next_value_", "_numeric_repr_", "_missing_",
                   "_ignore_", "_iter_member_", "_iter_member_by_value_",
                   "_iter_member_by_def_")


class _EnumDict(dict):
    """Track enum member order and ensure member names are not reused.

    EnumType will use the names found in self._member_names as the enumeration member
    names.
    """

    def __init__(self):
        super().__init__()
        self._member_names = {}  # used as an ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False

    def __setitem__(self, key, value):
        """Changes anything not dundered or not a descriptor.

        If an enum member name is used twice, an error is raised; duplicate values are not
        checked for. Single underscore (sunder) names are reserved.
        """
        if _is_internal_class(self._cls_name, value):
            import warnings
            warnings.warn(
                    "In 3.13 classes created inside an enum will not become a member.  "
                    "Use the `member` decorator to keep the current behavior.",
                    DeprecationWarning,
                    stacklevel=2,
                    )
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_ALLOWED:
                raise ValueError(f"_sunder_ names, such as {key!r}, are reserved for future Enum use")
            if key == "_generate_next_value_":
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                _gnv = value.__func__ if isinstance(value, staticmethod) else value
                setattr(self, "_generate_next_value", _gnv)
            elif key == "_ignore_":
                if isinstance(value, str):
                    value = value.replace(",", " ").split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError(f"_ignore_ cannot specify already set names: {already!r}")
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            elif isinstance(value, member):
                value = value.value
            non_auto_store = True
            single = False
            if isinstance(value, auto):
                single = True
                value = (value,)
            if type(value) is tuple and any(isinstance(v, auto) for v in value):
                auto_valued = []
                for v in value:
                    if isinstance(v, auto):
                        non_auto_store = False
                        if v.value == _auto_null:
                            v.value = self._generate_next_value(
                                    key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        v = v.value
                        self._last_values.append(v)
                    auto_valued.append(v)
                if single:
                    value = auto_valued[0]
                else:
                    value = tuple(auto_valued)
            self._member_names[key] = None
            if non_auto_store:
                self._last_values.append(value)
        super().__setitem__(key, value)

    def update(self, members, **more_members):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


class EnumType(type):

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict["_generate_next_value_"] = getattr(
                    first_enum, "_generate_next_value_", None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        classdict.setdefault("_ignore_", []).append("_ignore_")
        ignore = classdict["_ignore_"]
        for key in ignore:
            classdict.pop(key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        __new__, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        member_names = classdict._member_names

        invalid_names = set(member_names) & {"mro", ""}
        if invalid_names:
            raise ValueError("invalid enum member name(s) %s" % (
                    ",".join(repr(n) for n in invalid_names)))

        _order_ = classdict.pop("_order_", None)
        classdict = dict(classdict.items())

        classdict["_new_member_"] = __new__
        classdict["_use_args_"] = use_args

        for name in member_names:
            classdict[name] = _proto_member(classdict[name])

        classdict["_member_names_"] = []
        classdict["_member_map_"] = {}
        classdict["_value2member_map_"] = {}
        classdict["_unhashable_values_"] = []
        classdict["_member_type_"] = member_type
        classdict["_value_repr_"] = metacls._find_data_repr_(cls, bases)
        classdict["_boundary_"] = (boundary or getattr(first_enum, "_boundary_", None))
        classdict["_flag_mask_"] = 0
        classdict["_singles_mask_"] = 0
        classdict["_all_bits_"] = 0
        classdict["_inverted_"] = None
        try:
            exc = None
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        except RuntimeError as e:
            # A __set_name__ failure is wrapped in RuntimeError before 3.12: unwrap it.
            exc = e.__cause__ or e
        if exc is not None:
            raise exc
        classdict.update(enum_class.__dict__)

        # the repr and friends of the mixed-in data type must not win over Enum's
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e."
                                " int, str, float, etc.)")
            if "__format__" not in classdict:
                enum_class.__format__ = member_type.__format__
                classdict["__format__"] = enum_class.__format__
            if "__str__" not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                enum_class.__str__ = method
                classdict["__str__"] = enum_class.__str__
        for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
            if name not in classdict:
                enum_method = getattr(first_enum, name)
                found_method = getattr(enum_class, name)
                object_method = getattr(object, name)
                data_type_method = getattr(member_type, name)
                if found_method in (data_type_method, object_method):
                    setattr(enum_class, name, enum_method)

        # Flag's operators must win over the mixed-in data type's (IntFlag: int.__or__)
        if Flag is not None and issubclass(enum_class, Flag):
            for op in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                       "__invert__"):
                if op not in classdict:
                    enum_method = getattr(Flag, op)
                    setattr(enum_class, op, enum_method)
                    classdict[op] = enum_method

        # keep the user's __new__ for subclasses; members are looked up with Enum.__new__
        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = __new__
            enum_class.__new__ = Enum.__new__

        if _order_ is not None:
            if isinstance(_order_, str):
                _order_ = _order_.replace(",", " ").split()

        if Flag is None and cls != "Flag" or Flag is not None and not issubclass(enum_class, Flag):
            delattr(enum_class, "_boundary_")
            delattr(enum_class, "_flag_mask_")
            delattr(enum_class, "_singles_mask_")
            delattr(enum_class, "_all_bits_")
            delattr(enum_class, "_inverted_")
        elif Flag is not None and issubclass(enum_class, Flag):
            member_list = [m._value_ for m in enum_class]
            if member_list != sorted(member_list):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            if _order_:
                _order_ = [o for o in _order_
                           if o not in enum_class._member_map_ or _is_single_bit(enum_class[o]._value_)]

        if _order_:
            _order_ = [o for o in _order_
                       if o not in enum_class._member_map_ or
                       (o in enum_class._member_map_ and o in enum_class._member_names_)]
            if _order_ != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, _order_))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Either returns an existing member, or creates a new enum class.

        `value` is looked up when `names` is None; otherwise a new enum class named
        `value` is created with members `names` (functional API).
        """
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            darn = ("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                    "False depending on whether the value is a member or the value of a member")
            warnings.warn(darn, DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set([
                "__class__", "__contains__", "__doc__", "__getitem__",
                "__iter__", "__len__", "__members__", "__module__",
                "__name__", "__qualname__",
                ] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add("__new__")
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add("__init_subclass__")
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        """Returns members in definition order."""
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        """Returns a mapping of member name->value (aliases included)."""
        try:
            return MappingProxyType(cls._member_map_)
        except TypeError:  # a VM that cannot make mappingproxy objects yet
            return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __reversed__(cls):
        """Returns members in reverse definition order."""
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        """Block attempts to reassign Enum members."""
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Convenience method to create a new Enum class (the functional API)."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)

        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))

        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value

        if module is None:
            try:
                module = sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname

        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Create a new Enum subclass that replaces a collection of global constants."""
        module_globals = sys.modules[module].__dict__
        if source:
            source = source.__dict__
        else:
            source = module_globals
        members = [(name, value) for name, value in source.items() if filter(name)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        body = {t[0]: t[1] for t in members}
        body["__module__"] = module
        tmp_cls = type(name, (object,), body)
        cls = _simple_enum(etype=cls, boundary=boundary or KEEP)(tmp_cls)
        if as_global:
            global_enum(cls)
        else:
            sys.modules[cls.__module__].__dict__.update(cls.__members__)
        module_globals[name] = cls
        return cls

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f"<enum {class_name!r}> cannot extend {base!r}")

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """Returns the type for creating enum members, and the first inherited enum class."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    return base._value_repr_
                elif "__repr__" in base.__dict__:
                    return base.__dict__["__repr__"]
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        base_chain = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                base_chain.add(base)
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                    if isinstance(base, EnumType):
                        continue
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError(f"too many data types for {class_name!r}: {data_types!r}")
        elif data_types:
            return data_types.pop()
        return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """Returns the __new__ to be used for creating the enum members, whether it was
        defined in the class body, and whether it takes the member value as arguments."""
        __new__ = classdict.get("__new__", None)
        save_new = first_enum is not None and __new__ is not None
        if __new__ is None:
            for method in ("__new_member__", "__new__"):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in {None, None.__new__, object.__new__, Enum.__new__}:
                        __new__ = target
                        break
                if __new__ is not None:
                    break
            else:
                __new__ = object.__new__
        if first_enum is None or __new__ in (Enum.__new__, object.__new__):
            use_args = False
        else:
            use_args = True
        return __new__, save_new, use_args


EnumMeta = EnumType


class Enum(metaclass=EnumType):

    def __new__(cls, value):
        # all enum instances are actually created during class construction without
        # calling this method; this method is called by the metaclass' __call__ (i.e.
        # Color(3) ), and by pickle
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            elif (Flag is not None and issubclass(cls, Flag)
                    and cls._boundary_ is EJECT and isinstance(result, int)):
                return result
            else:
                ve_exc = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
                if result is None and exc is None:
                    raise ve_exc
                elif exc is None:
                    exc = TypeError(f"error in {cls.__name__}._missing_: returned {result!r} "
                                    f"instead of None or a valid member")
                if not isinstance(exc, ValueError):
                    exc.__context__ = ve_exc
                raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            else:
                raise TypeError
        except TypeError:
            import warnings
            warnings.warn(
                    "In 3.13 the default `auto()`/`_generate_next_value_` will require all "
                    "values to be sortable and support adding +1\n"
                    "and the value returned will be the largest value in the enum incremented by 1",
                    DeprecationWarning,
                    stacklevel=3,
                    )
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f"<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __dir__(self):
        interesting = set()
        if self.__class__._member_type_ is not object:
            interesting = set(object.__dir__(self))
        for name in getattr(self, "__dict__", []):
            if name[0] != "_":
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == "_":
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        names = sorted(set(["__class__", "__doc__", "__eq__", "__hash__", "__module__"]) | interesting)
        return names

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    ...


class IntEnum(int, ReprEnum):
    ...


class StrEnum(str, ReprEnum):

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError(f"{values[0]!r} is not a string")
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError(f"encoding must be a string, not {values[1]!r}")
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError(f"errors must be a string, not {values[2]!r}")
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """Control how out of range values are handled.

    "strict" -> error is raised             [default for Flag]
    "conform" -> extra bits are discarded
    "eject" -> lose flag status
    "keep" -> keep flag status and all bits [default for IntFlag]
    """
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given: the next power of two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError(f"invalid flag value {last_value!r}") from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask)):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                        cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = (max(all_bits + 1, 2 ** (value.bit_length())) + value)
            else:
                raise ValueError(f"{cls!r} unknown flag boundary {cls._boundary_!r}")
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]" % (
                    cls.__name__, value, unknown, _builtin_bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, "_value_"):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for n, pv in cls._member_map_.items():
                    if pv not in members and pv._value_ and pv._value_ & value == pv._value_:
                        members.append(pv)
                        combined_value |= pv._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = "|".join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError(f"{cls!r}: no members with value {unknown!r}")
            elif unknown:
                pseudo_member._name_ += "|%s" % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f"<{cls_name}: {v_repr(self._value_)}>"
        return f"<{cls_name}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        value = self._value_
        return self.__class__(value | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        value = self._value_
        return self.__class__(value & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        value = self._value_
        return self.__class__(value ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    ...


def _high_bit(value):
    return value.bit_length() - 1


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join([f"{alias} -> {name}" for (alias, name) in duplicates])
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias_details}")
    return enumeration


def _or_(a, b):
    return a | b


def global_enum_repr(self):
    module = self.__class__.__module__.split(".")[-1]
    return f"{module}.{self._name_}"


def global_flag_repr(self):
    module = self.__class__.__module__.split(".")[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return f"{module}.{cls_name}({self._value_!r})"
    if _is_single_bit(self._value_):
        return f"{module}.{self._name_}"
    if self._boundary_ is not FlagBoundary.KEEP:
        return "|".join([f"{module}.{name}" for name in self.name.split("|")])
    name = []
    for n in self._name_.split("|"):
        if n[0].isdigit():
            name.append(n)
        else:
            name.append(f"{module}.{n}")
    return "|".join(name)


def global_str(self):
    if self._name_ is None:
        cls_name = self.__class__.__name__
        return f"{cls_name}({self._value_!r})"
    return self._name_


def global_enum(cls, update_str=False):
    """decorator that makes the repr() of an enum member reference its module instead of
    its class; also exports all members to the enum's module's global namespace"""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator that converts a normal class into an enum of type etype (the
    members are the class's public non-descriptor attributes)."""
    def convert_class(cls):
        metacls = type(etype)
        body = metacls.__prepare__(cls.__name__, (etype,))
        for name, value in cls.__dict__.items():
            if name in ("__dict__", "__weakref__"):
                continue
            body[name] = value
        body["__qualname__"] = cls.__qualname__
        return metacls.__new__(metacls, cls.__name__, (etype,), body, boundary=boundary)
    return convert_class


class EnumCheck(StrEnum):
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        checks = self.checks
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = "flag"
        elif issubclass(enumeration, Enum):
            enum_type = "enum"
        else:
            raise TypeError(f"the 'verify' decorator only works with Enum and Flag")
        for check in checks:
            if check is UNIQUE:
                duplicates = []
                for name, member in enumeration.__members__.items():
                    if name != member.name:
                        duplicates.append((name, member.name))
                if duplicates:
                    alias_details = ", ".join([f"{alias} -> {name}" for (alias, name) in duplicates])
                    raise ValueError(f"aliases found in {enumeration!r}: {alias_details}")
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = []
                if enum_type == "flag":
                    for i in range(_high_bit(low) + 1, _high_bit(high)):
                        if 2 ** i not in values:
                            missing.append(2 ** i)
                elif enum_type == "enum":
                    for i in range(low + 1, high):
                        if i not in values:
                            missing.append(i)
                else:
                    raise Exception(f"verify: unknown type {enum_type!r}")
                if missing:
                    raise ValueError(("invalid %s %r: missing values %s" % (
                            enum_type, cls_name, ", ".join((str(m) for m in missing))))[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        continue
                    if alias.value < 0:
                        continue
                    values = list(_iter_bits_lsb(alias.value))
                    missed = [v for v in values if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        missing_value |= missed[0] if len(missed) == 1 else _reduce_or(missed)
                if missing_names:
                    if len(missing_names) == 1:
                        alias = f"alias {missing_names[0]} is missing"
                    else:
                        alias = "aliases %s and %s are missing" % (
                                ", ".join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = f"value 0x{missing_value:x}"
                    else:
                        value = f"combined values of 0x{missing_value:x}"
                    raise ValueError(f"invalid Flag {cls_name!r}: {alias} {value} [use enum.show_flag_values(value) for details]")
        return enumeration


def _reduce_or(values):
    r = 0
    for v in values:
        r |= v
    return r


def _test_simple_enum(checked_enum, simple_enum):
    """Loose check that a _simple_enum-made enum matches a regular one (names and values)."""
    if list(checked_enum.__members__) != list(simple_enum.__members__):
        raise TypeError("enum mismatch:\n   " + "\n   ".join(
                map(str, (list(checked_enum.__members__), list(simple_enum.__members__)))))
    for name in checked_enum.__members__:
        if checked_enum[name]._value_ != simple_enum[name]._value_:
            raise TypeError(f"enum mismatch: {name}")
