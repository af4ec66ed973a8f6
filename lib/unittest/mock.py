"""unittest.mock for tspy: the common core — Mock / MagicMock / NonCallableMock recording
calls, return_value and side_effect, the assert_called* checks, call / ANY / sentinel /
DEFAULT, and patch / patch.object / patch.dict as decorators and context managers.

Not provided: spec_set enforcement beyond attribute names, autospec, seal, AsyncMock's awaits
(AsyncMock is a MagicMock whose call returns a coroutine), mock_open's full file protocol.
"""

import builtins
import functools
import importlib
import inspect

__all__ = ["Mock", "MagicMock", "NonCallableMock", "NonCallableMagicMock", "AsyncMock",
           "patch", "sentinel", "DEFAULT", "ANY", "call", "create_autospec", "PropertyMock",
           "mock_open", "seal"]

__unittest = True


class _Sentinels:
    """sentinel.NAME: a unique named object per name."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._made.setdefault(name, _SentinelObject(name))


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel." + self.name

    def __reduce__(self):
        return "sentinel." + self.name


sentinel = _Sentinels()
DEFAULT = sentinel.DEFAULT


class _AnyValue:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return "<ANY>"


ANY = _AnyValue()


def _format_call(name, args, kwargs):
    parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
    return f"{name}({', '.join(parts)})"


class _Call(tuple):
    """A recorded call: (name, args, kwargs); compares with call(...) objects."""

    def __new__(cls, value=(), name="", parent=None, two=False, from_kall=True):
        name_, args, kwargs = "", (), {}
        if len(value) == 3:
            name_, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                name_ = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            (only,) = value
            if isinstance(only, str):
                name_ = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        self = tuple.__new__(cls, (name_ or name, tuple(args), dict(kwargs)))
        self._label = name_ or name
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def args(self):
        return self[1]

    @property
    def kwargs(self):
        return self[2]

    def __eq__(self, other):
        if other is ANY:
            return True
        try:
            other = _Call(tuple(other)) if not isinstance(other, _Call) else other
        except (TypeError, ValueError):
            return NotImplemented
        if self[0] and other[0] and self[0] != other[0]:
            return False
        return (self[1], self[2]) == (other[1], other[2])

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        return _Call((self._label, args, kwargs))

    def __getattr__(self, attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        label = attr if not self._label else f"{self._label}.{attr}"
        return _Call((label,), name=label)

    def __repr__(self):
        return _format_call("call" + ("." + self._label if self._label else ""), self[1], self[2])

    def call_list(self):
        return _CallList([self])


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        return any(self[i:i + n] == value for i in range(len(self) - n + 1))

    def __repr__(self):
        return repr(list(self))


call = _Call(from_kall=False)


class NonCallableMock:
    """A stand-in object: any attribute read creates (and keeps) a child mock; records
    calls made to itself and its children in mock_calls."""

    def __new__(cls, *args, **kwargs):
        # Every mock gets a class of its own (a subclass of the one asked for): magic methods
        # set on a mock (m.__mul__ = ...) go on that class, where the interpreter looks them
        # up, without reaching other mocks.
        own = type(cls.__name__, (cls,), {"__doc__": cls.__doc__, "_mock_own_class": True})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _new_name="", **kwargs):
        d = self.__dict__
        d["_mock_name"] = name
        d["_mock_parent"] = parent
        d["_mock_new_name"] = _new_name
        d["_mock_children"] = {}
        d["_mock_wraps"] = wraps
        d["_mock_return_value"] = DEFAULT
        d["_mock_side_effect"] = None
        d["_spec_names"] = None if spec is None and spec_set is None else set(dir(spec if spec is not None else spec_set))
        d["_spec_class"] = (spec if isinstance(spec, type) else type(spec)) if spec is not None else None
        d["method_calls"] = _CallList()
        d["mock_calls"] = _CallList()
        d["call_args_list"] = _CallList()
        d["call_args"] = None
        d["call_count"] = 0
        d["called"] = False
        self.configure_mock(**kwargs)

    def configure_mock(self, **kwargs):
        for dotted, value in sorted(kwargs.items(), key=lambda kv: kv[0].count(".")):
            *path, last = dotted.split(".")
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, last, value)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _child_class(self):
        kind = _mock_kind(self)
        if issubclass(kind, NonCallableMagicMock) and not issubclass(kind, MagicMock):
            return MagicMock
        if kind is NonCallableMock:
            return Mock
        return kind

    def __getattr__(self, name):
        if name.startswith("_mock_") or name in ("_spec_names", "_spec_class"):
            raise AttributeError(name)
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        spec = self.__dict__.get("_spec_names")
        if spec is not None and name not in spec:
            raise AttributeError(f"Mock object has no attribute {name!r}")
        children = self.__dict__["_mock_children"]
        if name not in children:
            wraps = self.__dict__["_mock_wraps"]
            child = self._child_class()(parent=self, name=name, _new_name=name,
                                        wraps=getattr(wraps, name) if wraps is not None else None)
            children[name] = child
        return children[name]

    def __setattr__(self, name, value):
        if name in _MAGIC_METHODS and isinstance(self, NonCallableMagicMock):
            if isinstance(value, NonCallableMock):
                self.__dict__["_mock_children"][name] = value
            else:
                child = _magic_child(self, name)
                child.side_effect = lambda *a, **k: value(self, *a, **k)
            return
        if name in _SETTABLE_MAGICS:
            # on the mock's own class: a mock there is called without self (it is not a
            # descriptor), a function gets the mock as self, as methods do
            if isinstance(value, NonCallableMock):
                self.__dict__["_mock_children"][name] = value
                if value._mock_parent is None:
                    value.__dict__["_mock_new_name"] = name
            setattr(type(self), name, value)
            return
        if name in ("return_value", "side_effect") or name.startswith("_") and not name.startswith("__"):
            object.__setattr__(self, name, value)
            return
        if isinstance(value, NonCallableMock) and value._mock_parent is None:
            value.__dict__["_mock_parent"] = self
            value.__dict__["_mock_new_name"] = name
            if value._mock_name is None:
                value.__dict__["_mock_name"] = name
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.__dict__["_mock_children"].pop(name, None)
        self.__dict__.pop(name, None)

    def _full_name(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node._mock_new_name or node._mock_name or "mock")
            node = node._mock_parent
        parts.reverse()
        if len(parts) > 1 and parts[0] == "mock" and self._root()._mock_name is None:
            return ".".join(parts)
        return ".".join(parts)

    def _root(self):
        node = self
        while node._mock_parent is not None:
            node = node._mock_parent
        return node

    def __repr__(self):
        shown = self._mock_name or "mock"
        if self._mock_parent is not None:
            shown = self._full_name()
        return f"<{type(self).__name__} name='{shown}' id='{id(self)}'>"

    def __dir__(self):
        return sorted(set(object.__dir__(self)) | set(self._mock_children))

    @property
    def return_value(self):
        rv = self.__dict__["_mock_return_value"]
        if rv is DEFAULT:
            rv = self._child_class()(parent=self, _new_name="()")
            self.__dict__["_mock_return_value"] = rv
        return rv

    @return_value.setter
    def return_value(self, value):
        self.__dict__["_mock_return_value"] = value

    @property
    def side_effect(self):
        return self.__dict__["_mock_side_effect"]

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not isinstance(value, BaseException) \
                and not (isinstance(value, type) and issubclass(value, BaseException)):
            value = iter(value)
        self.__dict__["_mock_side_effect"] = value

    def reset_mock(self, return_value=False, side_effect=False):
        d = self.__dict__
        d["called"] = False
        d["call_args"] = None
        d["call_count"] = 0
        d["mock_calls"] = _CallList()
        d["call_args_list"] = _CallList()
        d["method_calls"] = _CallList()
        if return_value:
            d["_mock_return_value"] = DEFAULT
        if side_effect:
            d["_mock_side_effect"] = None
        for child in d["_mock_children"].values():
            child.reset_mock()
        rv = d["_mock_return_value"]
        if isinstance(rv, NonCallableMock) and rv is not self:
            rv.reset_mock()

    def attach_mock(self, mock, attribute):
        mock.__dict__["_mock_parent"] = self
        mock.__dict__["_mock_new_name"] = attribute
        self.__dict__["_mock_children"][attribute] = mock

    def mock_add_spec(self, spec, spec_set=False):
        self.__dict__["_spec_names"] = set(dir(spec))

    # ---------------------------------------------------------------- checks

    def _expected(self, args, kwargs):
        return _format_call(self._mock_name or "mock", args, kwargs)

    def _actual(self):
        if self.call_args is None:
            return "not called."
        return _format_call(self._mock_name or "mock", *self.call_args[1:])

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError(f"Expected '{self._mock_name or 'mock'}' to have been called.")

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError(f"Expected '{self._mock_name or 'mock'}' to not have been called. "
                                 f"Called {self.call_count} times.\nCalls: {self.mock_calls!r}.")

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError(f"Expected '{self._mock_name or 'mock'}' to have been called once. "
                                 f"Called {self.call_count} times.")

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            raise AssertionError(f"expected call not found.\nExpected: {self._expected(args, kwargs)}\n"
                                 f"  Actual: not called.")
        if self.call_args != _Call(("", args, kwargs)):
            raise AssertionError(f"expected call not found.\nExpected: {self._expected(args, kwargs)}\n"
                                 f"  Actual: {self._actual()}")

    def assert_called_once_with(self, *args, **kwargs):
        self.assert_called_once()
        self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        wanted = _Call(("", args, kwargs))
        if wanted not in self.call_args_list:
            raise AssertionError(f"{self._expected(args, kwargs)} call not found")

    def assert_has_calls(self, calls, any_order=False):
        calls = list(calls)
        recorded = self.mock_calls
        if not any_order:
            if calls not in recorded:
                raise AssertionError(f"Calls not found.\nExpected: {calls!r}\n  Actual: {recorded!r}")
            return
        pool = list(recorded)
        for c in calls:
            try:
                pool.remove(c)
            except ValueError:
                raise AssertionError(f"{calls!r} not all found in call list") from None


def _record(mock, args, kwargs):
    d = mock.__dict__
    d["called"] = True
    d["call_count"] += 1
    this = _Call(("", args, kwargs))
    d["call_args"] = this
    d["call_args_list"].append(this)
    d["mock_calls"].append(_Call(("", args, kwargs)))
    # the parents see the call as name(...) / name.child(...)
    label = mock._mock_new_name
    node = mock._mock_parent
    method = True
    while node is not None:
        entry = _Call((label, args, kwargs))
        node.__dict__["mock_calls"].append(entry)
        if method:
            node.__dict__["method_calls"].append(entry)
        if label == "()":
            method = False
        prefix = node._mock_new_name
        if node._mock_parent is not None and prefix:
            label = f"{prefix}.{label}" if not label.startswith("()") else prefix + label
        node = node._mock_parent


class CallableMixin:
    def __call__(self, *args, **kwargs):
        _record(self, args, kwargs)
        effect = self.__dict__["_mock_side_effect"]
        if effect is not None:
            if isinstance(effect, BaseException) or (isinstance(effect, type) and issubclass(effect, BaseException)):
                raise effect
            if callable(effect) and not hasattr(effect, "__next__"):
                result = effect(*args, **kwargs)
                if result is not DEFAULT:
                    return result
            else:
                result = next(effect)
                if isinstance(result, BaseException) or (isinstance(result, type) and issubclass(result, BaseException)):
                    raise result
                if result is not DEFAULT:
                    return result
        rv = self.__dict__["_mock_return_value"]
        wraps = self.__dict__["_mock_wraps"]
        if rv is DEFAULT and wraps is not None:
            return wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calling it records the call and returns return_value (a child mock
    by default) or what side_effect says."""


_MAGIC_DEFAULTS = {
    "__len__": 0, "__int__": 1, "__float__": 1.0, "__complex__": 1j, "__bool__": True,
    "__index__": 1, "__hash__": None, "__str__": None, "__sizeof__": None, "__contains__": False,
    "__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented,
    "__ge__": NotImplemented, "__exit__": False,
}
_MAGIC_METHODS = ["__len__", "__iter__", "__contains__", "__getitem__", "__setitem__", "__delitem__",
                  "__int__", "__float__", "__complex__", "__bool__", "__index__", "__enter__", "__exit__",
                  "__lt__", "__gt__", "__le__", "__ge__", "__add__", "__sub__", "__mul__",
                  "__truediv__", "__floordiv__", "__mod__", "__and__", "__or__", "__xor__",
                  "__neg__", "__pos__", "__abs__", "__invert__", "__round__", "__fspath__"]


# magic methods any mock accepts as attributes (set on the mock's own class)
_SETTABLE_MAGICS = frozenset(_MAGIC_METHODS + [
    "__hash__", "__str__", "__sizeof__", "__eq__", "__ne__", "__radd__", "__rsub__", "__rmul__",
    "__rtruediv__", "__rfloordiv__", "__rmod__", "__pow__", "__rpow__", "__lshift__", "__rshift__",
    "__matmul__", "__divmod__", "__trunc__", "__floor__", "__ceil__", "__format__", "__dir__",
    "__iadd__", "__isub__", "__imul__", "__aiter__", "__anext__", "__aenter__", "__aexit__",
    "__next__", "__reversed__", "__missing__", "__getstate__", "__setstate__", "__reduce__",
    "__reduce_ex__", "__copy__", "__deepcopy__", "__get__", "__set__", "__delete__",
])


def _mock_kind(mock):
    """The mock class a mock was made as (its own per-mock class's base)."""
    kind = type(mock)
    if kind.__dict__.get("_mock_own_class"):
        return kind.__bases__[0]
    return kind


def _magic_child(owner, name):
    """The child mock standing for owner's magic method `name` (made on first use)."""
    children = owner.__dict__["_mock_children"]
    child = children.get(name)
    if child is None:
        child = MagicMock(parent=owner, name=name, _new_name=name)
        if name == "__iter__":
            child.return_value = iter([])
        elif name == "__enter__":
            child.return_value = owner
        elif _MAGIC_DEFAULTS.get(name) is not None:
            child.return_value = _MAGIC_DEFAULTS[name]
        children[name] = child
    return child


class _MagicProxy:
    """Class attribute for a magic method: reading it on a mock gives the child mock."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return _magic_child(obj, self.name)


class NonCallableMagicMock(NonCallableMock):
    """A non-callable mock with the magic methods set up."""


class MagicMock(CallableMixin, NonCallableMagicMock):
    """A Mock whose magic methods (__len__, __iter__, __getitem__, __enter__...) are mocks
    with sensible defaults."""


for _name in _MAGIC_METHODS:
    setattr(NonCallableMagicMock, _name, _MagicProxy(_name))
del _name


class AsyncMock(MagicMock):
    """Calling it returns a coroutine resolving to the mock's result."""

    def __call__(self, *args, **kwargs):
        value = super().__call__(*args, **kwargs)

        async def resolve():
            return value
        return resolve()


class PropertyMock(Mock):
    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def create_autospec(spec, spec_set=False, instance=False, **kwargs):
    made = MagicMock(spec=spec, **kwargs) if not callable(spec) or isinstance(spec, type) \
        else MagicMock(spec=spec, **kwargs)
    return made


def seal(mock):
    pass


def mock_open(mock=None, read_data=""):
    handle = MagicMock()
    handle.read.return_value = read_data
    handle.readlines.return_value = read_data.splitlines(True)
    handle.__iter__.return_value = iter(read_data.splitlines(True))
    handle.__enter__.return_value = handle
    opener = mock if mock is not None else MagicMock()
    opener.return_value = handle
    return opener


# ------------------------------------------------------------------------------ patch

def _resolve(dotted):
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr)
        return obj
    raise ImportError(f"No module named {parts[0]!r}")


class _Patcher:
    """Replaces target.attribute while active (a decorator or a context manager)."""

    def __init__(self, getter, attribute, new, create=False, new_callable=None, kwargs=None):
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.create = create
        self.new_callable = new_callable
        self.kwargs = kwargs or {}
        self._undo = []

    def _replacement(self):
        if self.new is not DEFAULT:
            return self.new
        maker = self.new_callable or MagicMock
        return maker(**self.kwargs)

    def start(self):
        return self.__enter__()

    def stop(self):
        return self.__exit__(None, None, None)

    def __enter__(self):
        target = self.getter()
        missing = object()
        old = target.__dict__.get(self.attribute, missing) if hasattr(target, "__dict__") else missing
        if old is missing:
            try:
                old_value = getattr(target, self.attribute)
            except AttributeError:
                if not self.create:
                    raise AttributeError(f"{target} does not have the attribute {self.attribute!r}")
            else:
                old = old_value
        value = self._replacement()
        setattr(target, self.attribute, value)
        self._undo.append((target, old, missing))
        return value

    def __exit__(self, *exc):
        target, old, missing = self._undo.pop()
        if old is missing:
            try:
                delattr(target, self.attribute)
            except AttributeError:
                pass
        else:
            setattr(target, self.attribute, old)
        return False

    def __call__(self, func):
        if isinstance(func, type):
            for name in dir(func):
                if name.startswith("test") and callable(getattr(func, name)):
                    setattr(func, name, self._copy()(getattr(func, name)))
            return func
        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def apatched(*args, **kwargs):
                with self as value:
                    extra = (value,) if self.new is DEFAULT else ()
                    return await func(*args, *extra, **kwargs)
            return apatched

        @functools.wraps(func)
        def patched(*args, **kwargs):
            with self as value:
                extra = (value,) if self.new is DEFAULT else ()
                return func(*args, *extra, **kwargs)
        return patched

    def _copy(self):
        return _Patcher(self.getter, self.attribute, self.new, self.create, self.new_callable, self.kwargs)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    """Replace the object named by the dotted `target` while the test runs."""
    if not isinstance(target, str):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    owner, _, attribute = target.rpartition(".")
    if not owner:
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    if spec is not None:
        kwargs["spec"] = spec
    return _Patcher(lambda: _resolve(owner), attribute, new, create, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if spec is not None:
        kwargs["spec"] = spec
    return _Patcher(lambda: target, attribute, new, create, new_callable, kwargs)


class _PatchDict:
    """patch.dict(in_dict, values, clear=False): update a mapping while active."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values, **kwargs)
        self.clear = clear
        self._saved = []

    def __enter__(self):
        target = _resolve(self.in_dict) if isinstance(self.in_dict, str) else self.in_dict
        self._saved.append((target, dict(target)))
        if self.clear:
            target.clear()
        target.update(self.values)
        return target

    def __exit__(self, *exc):
        target, before = self._saved.pop()
        target.clear()
        target.update(before)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)

    def __call__(self, func):
        @functools.wraps(func)
        def patched(*args, **kwargs):
            with self:
                return func(*args, **kwargs)
        return patched


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    owner = _resolve(target) if isinstance(target, str) else target
    patchers = [_Patcher(lambda: owner, k, v, create, new_callable) for k, v in kwargs.items()]

    class _Many:
        def __enter__(self_):
            return {p.attribute: p.__enter__() for p in patchers}

        def __exit__(self_, *exc):
            for p in reversed(patchers):
                p.__exit__(*exc)
            return False

        def __call__(self_, func):
            @functools.wraps(func)
            def patched(*args, **kw):
                with self_:
                    return func(*args, **kw)
            return patched
    return _Many()


patch.object = _patch_object
patch.dict = _PatchDict
patch.multiple = _patch_multiple
patch.stopall = lambda: None
patch.TEST_PREFIX = "test"
_ = builtins
