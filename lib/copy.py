"""Shallow and deep copy operations (copy module) for tspy.

copy(x) and deepcopy(x) look for, in order: a per-type copier below, a class (copied
as itself), the __copy__/__deepcopy__ hook, a reduction function registered in
copyreg.dispatch_table, then x.__reduce_ex__(4) (or __reduce__), whose result is
replayed by _reconstruct().  deepcopy's memo maps id(original) to its copy, so shared
and recursive structures are copied once; it also keeps the originals alive (under the
memo's own id) so their ids stay unique while it is in use.
"""

import types
from copyreg import dispatch_table

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility

try:
    from weakref import ref as _weakref_type
except ImportError:
    _weakref_type = None

_MISSING = object()

# Types whose values are never copied (shallow copy gives the object itself).
_SHARED_BY_COPY = {type(None), int, float, bool, complex, str, tuple, bytes, frozenset,
                   type, range, slice, property, types.BuiltinFunctionType, types.CodeType,
                   type(Ellipsis), type(NotImplemented), types.FunctionType}
# Types whose values are never copied by deepcopy either (tuples and frozensets are:
# they may hold mutable items).
_SHARED_BY_DEEPCOPY = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
                       complex, bytes, str, types.CodeType, type, range,
                       types.BuiltinFunctionType, types.FunctionType, property}
if _weakref_type is not None:
    _SHARED_BY_COPY.add(_weakref_type)
    _SHARED_BY_DEEPCOPY.add(_weakref_type)

# Mutable builtins copied by their own copy() method.
_COPY_METHOD = {list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy}


def _reduction(x, cls, kind):
    """The reduce value of x (str or tuple), from copyreg or the object's protocol."""
    registered = dispatch_table.get(cls)
    if registered is not None:
        return registered(x)
    hook = getattr(x, "__reduce_ex__", None)
    if hook is not None:
        return hook(4)
    hook = getattr(x, "__reduce__", None)
    if hook is not None:
        return hook()
    raise Error(f"un({kind})copyable object of type {cls}")


def copy(x):
    """A new object with the same contents as x (the contents themselves are
    shared); immutable values are returned as they are."""
    cls = type(x)
    if cls in _SHARED_BY_COPY or issubclass(cls, type):
        return x
    method = _COPY_METHOD.get(cls)
    if method is not None:
        return method(x)
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    rv = _reduction(x, cls, 'shallow')
    if isinstance(rv, str):
        return x  # a global name: the object stands for itself
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A copy of x in which everything x contains is copied too, recursively; memo
    maps id(original) -> copy and lets callers share it between calls."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _MISSING)
    if done is not _MISSING:
        return done
    cls = type(x)
    special = _DEEP_BUILDERS.get(cls)
    if special is not None:
        result = special(x, memo)
    elif cls in _SHARED_BY_DEEPCOPY or issubclass(cls, type):
        result = x
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            result = hook(memo)
        else:
            rv = _reduction(x, cls, 'deep')
            result = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _deep_list(x, memo):
    result = []
    memo[id(x)] = result   # registered first: the list may contain itself
    append = result.append
    for item in x:
        append(deepcopy(item, memo))
    return result


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # a recursive tuple may have been copied while copying its items
    earlier = memo.get(id(x), _MISSING)
    if earlier is not _MISSING:
        return earlier
    if all(new is old for new, old in zip(items, x)):
        return x
    return tuple(items)


def _deep_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for key, value in x.items():
        result[deepcopy(key, memo)] = deepcopy(value, memo)
    return result


def _deep_method(x, memo):
    # the function is shared, the instance it is bound to is copied
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_DEEP_BUILDERS = {list: _deep_list, tuple: _deep_tuple, dict: _deep_dict,
                  types.MethodType: _deep_method}


def _keep_alive(x, memo):
    """Keep x alive as long as the memo is: its id must not be reused meanwhile."""
    anchor = id(memo)
    if anchor in memo:
        memo[anchor].append(x)
    else:
        memo[anchor] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    """Build the copy described by a reduce value: func(*args), then the state, then the
    list items and dict items (each deep-copied when memo is given)."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    result = func(*args)
    if deep:
        memo[id(x)] = result

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(result, '__setstate__'):
            result.__setstate__(state)
        else:
            slot_values = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_values = state
            if state is not None:
                result.__dict__.update(state)
            if slot_values is not None:
                for name, value in slot_values.items():
                    setattr(result, name, value)

    if listiter is not None:
        for item in listiter:
            result.append(deepcopy(item, memo) if deep else item)

    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            result[key] = value
    return result
