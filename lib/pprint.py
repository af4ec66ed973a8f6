"""Pretty-printing of data structures (pprint module) for tspy.

A value whose repr fits in the remaining width is written as that repr.  Otherwise,
if its type has a layout here (dicts, lists, tuples, sets, strings, bytes, the
collections types, mappingproxy, SimpleNamespace, dataclasses), it is written one
item per line, each item formatted the same way with the indentation of its column.
`allowance` is how many characters must stay free after an item for the closing
brackets that follow it.
"""

import collections as _collections
import dataclasses as _dataclasses
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (default sys.stdout), with a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() keeping dictionaries in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that shows recursive structures as <Recursion on ...>."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether repr(object) can be read back with eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key that orders values of incomparable types by type name and id."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            mine = (str(type(self.obj)), id(self.obj))
            theirs = (str(type(other.obj)), id(other.obj))
            return mine < theirs


def _safe_tuple(t):
    """Sort key of dict items."""
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return f"<Recursion on {type(object).__name__} with id={id(object)}>"


def _words_and_spaces(line):
    """line cut into pieces of non-whitespace followed by whitespace."""
    pieces = []
    pos = 0
    while pos < len(line):
        start = pos
        while pos < len(line) and not line[pos].isspace():
            pos += 1
        while pos < len(line) and line[pos].isspace():
            pos += 1
        pieces.append(line[start:pos])
    return pieces


def _wrap_bytes_repr(object, width, allowance):
    """reprs of groups of 4-byte pieces of object, each fitting in width (the last
    one in width - allowance)."""
    current = b''
    last_start = len(object) // 4 * 4
    for start in range(0, len(object), 4):
        piece = object[start:start + 4]
        if start == last_start:
            width -= allowance
        if len(repr(current + piece)) > width:
            if current:
                yield repr(current)
            current = piece
        else:
            current += piece
    if current:
        yield repr(current)


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    """Pretty printer with fixed settings: indent (spaces per nesting level), width
    (of lines), depth (levels shown; deeper ones become ...), stream (for pprint()),
    compact (several short items per line), sort_dicts, underscore_numbers."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        for bad, complaint in ((indent < 0, 'indent must be >= 0'),
                               (depth is not None and depth <= 0, 'depth must be > 0'),
                               (width == 0, 'width must be != 0')):
            if bad:
                raise ValueError(complaint)
        vars_ = dict(_depth=depth, _indent_per_level=indent, _width=width,
                     _stream=_sys.stdout if stream is None else stream,
                     _compact=bool(compact), _sort_dicts=sort_dicts,
                     _underscore_numbers=underscore_numbers)
        for name, value in vars_.items():
            setattr(self, name, value)

    # ---------------------------------------------------------------- public
    def pprint(self, object):
        target = self._stream
        if target is not None:
            target.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr text, readable, recursive) for object; subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---------------------------------------------------------------- layout
    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            self._recursive, self._readable = True, False
            stream.write(_recursion(object))
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._dispatch.get(type(object).__repr__)
            if layout is None and self._is_plain_dataclass(object):
                layout = PrettyPrinter._pprint_dataclass
            if layout in _WHOLE_WHEN_EMPTY and not len(object):
                layout = None   # empty containers keep their repr
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    @staticmethod
    def _is_plain_dataclass(object):
        """A dataclass instance whose repr is the generated one."""
        if isinstance(object, type) or not _dataclasses.is_dataclass(object):
            return False
        if not object.__dataclass_params__.repr:
            return False
        method = type(object).__repr__
        if getattr(method, '_dataclass_generated', False):
            return True
        inner = getattr(method, '__wrapped__', None)
        return inner is not None and "__create_fn__" in inner.__qualname__

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _open_padding(self, stream):
        # indents above 1 put extra spaces after the opening bracket
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))

    def _format_items(self, items, stream, indent, allowance, context, level):
        """Items separated by ',\\n' (or packed several per line when compact)."""
        indent += self._indent_per_level
        self._open_padding(stream)
        newline = ',\n' + ' ' * indent
        separator = ''
        room = full_room = self._width - indent + 1
        source = iter(items)
        for upcoming in source:
            break
        else:
            return
        is_last = False
        while not is_last:
            item = upcoming
            for upcoming in source:
                break
            else:
                is_last = True
                full_room -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = full_room
                    if separator:
                        separator = newline
                if room >= needed:
                    room -= needed
                    stream.write(separator)
                    separator = ', '
                    stream.write(text)
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if is_last else 1, context, level)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        final = len(items) - 1
        for position, (key, value) in enumerate(items):
            key_text = self._repr(key, context, level)
            stream.write(key_text + ': ')
            tail = allowance if position == final else 1
            self._format(value, stream, indent + len(key_text) + 2, tail, context, level)
            if position != final:
                stream.write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        newline = ',\n' + ' ' * indent
        items = list(items)
        final = len(items) - 1
        for position, (name, value) in enumerate(items):
            stream.write(name + '=')
            if id(value) in context:
                stream.write("...")     # as the recursive repr of a dataclass shows it
            else:
                tail = allowance if position == final else 1
                self._format(value, stream, indent + len(name) + 1, tail, context, level)
            if position != final:
                stream.write(newline)

    # ---------------------------------------------------------------- layouts by type

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._open_padding(stream)
        if len(object):
            items = (sorted(object.items(), key=_safe_tuple) if self._sort_dicts
                     else object.items())
            self._format_dict_items(list(items), stream, indent, allowance + 1, context, level)
        stream.write('}')


    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')


    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')


    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        closing = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._format_items(object, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)


    def _pprint_set(self, object, stream, indent, allowance, context, level):
        kind = object.__class__
        if kind is set:
            opening, closing = '{', '}'
        else:
            opening, closing = kind.__name__ + '({', '})'
            indent += len(kind.__name__) + 1
        stream.write(opening)
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(closing), context, level)
        stream.write(closing)


    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if level == 1:
            # the pieces are wrapped in parentheses at the top level
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        pieces = []
        for number, line in enumerate(lines):
            final_line = number == len(lines) - 1
            rep = repr(line)
            if len(rep) <= (room - allowance if final_line else room):
                pieces.append(rep)
                continue
            words = _words_and_spaces(line)
            current = ''
            for index, word in enumerate(words):
                candidate = current + word
                limit = room - allowance if (final_line and index == len(words) - 1) else room
                if len(repr(candidate)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(pieces[0])
            return
        joiner = '\n' + ' ' * indent
        text = joiner.join(pieces)
        stream.write('(' + text + ')' if level == 1 else text)


    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top_level = level == 1
        if top_level:
            indent += 1
            allowance += 1
            stream.write('(')
        joiner = '\n' + ' ' * indent
        stream.write(joiner.join(_wrap_bytes_repr(object, self._width - indent, allowance)))
        if top_level:
            stream.write(')')


    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                           level + 1)
        stream.write(')')


    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')


    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        # SimpleNamespace shows itself as namespace(...); subclasses by class name
        name = ('namespace' if type(object) is _types.SimpleNamespace
                else object.__class__.__name__)
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')


    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        fields = [(f.name, getattr(object, f.name))
                  for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(fields, stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(f"{name}({factory},\n{' ' * indent}")
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')


    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        stream.write(name + '({')
        self._open_padding(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')


    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        final = len(object.maps) - 1
        for position, mapping in enumerate(object.maps):
            if position == final:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)


    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            limit = self._repr(object.maxlen, context, level)
            stream.write(f"],\n{' ' * indent}maxlen={limit})")


    def _pprint_user_wrapper(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString print like their data
        self._format(object.data, stream, indent, allowance, context, level - 1)


    # ---------------------------------------------------------------- safe repr
    def _safe_repr(self, object, context, maxlevels, level):
        """(repr text, readable, recursive), with recursion and the depth limit
        handled for dicts, lists and tuples."""
        kind = type(object)
        if kind in _builtin_scalars:
            return repr(object), True, False
        own_repr = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            text = f"{object:_d}" if self._underscore_numbers else repr(object)
            return text, True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            items = (sorted(object.items(), key=_safe_tuple) if self._sort_dicts
                     else object.items())
            return self._safe_container(object, context, maxlevels, level, "{%s}",
                                        items, True)
        is_list = issubclass(kind, list) and own_repr is list.__repr__
        if is_list or (issubclass(kind, tuple) and own_repr is tuple.__repr__):
            if not object:
                return ("[]" if is_list else "()"), True, False
            if is_list:
                template = "[%s]"
            else:
                template = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_container(object, context, maxlevels, level, template,
                                        object, False)
        text = repr(object)
        return text, bool(text) and not text.startswith('<'), False

    def _safe_container(self, object, context, maxlevels, level, template, entries,
                        pairs):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        shown = []
        for entry in entries:
            parts = entry if pairs else (entry, )
            texts = []
            for part in parts:
                text, part_readable, part_recursive = self.format(part, context, maxlevels,
                                                                  level + 1)
                texts.append(text)
                readable = readable and part_readable
                recursive = recursive or part_recursive
            shown.append(': '.join(texts))
        del context[key]
        return template % ", ".join(shown), readable, recursive


# The layout of each type, by its __repr__ (subclasses overriding __repr__ are not
# laid out as their base).
PrettyPrinter._dispatch = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    _collections.OrderedDict.__repr__: PrettyPrinter._pprint_ordered_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._pprint_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._pprint_simplenamespace,
    _collections.defaultdict.__repr__: PrettyPrinter._pprint_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._pprint_counter,
    _collections.ChainMap.__repr__: PrettyPrinter._pprint_chain_map,
    _collections.deque.__repr__: PrettyPrinter._pprint_deque,
    _collections.UserDict.__repr__: PrettyPrinter._pprint_user_wrapper,
    _collections.UserList.__repr__: PrettyPrinter._pprint_user_wrapper,
    _collections.UserString.__repr__: PrettyPrinter._pprint_user_wrapper,
}

# Layouts that are not used for empty containers (their repr is printed instead).
_WHOLE_WHEN_EMPTY = {PrettyPrinter._pprint_ordered_dict, PrettyPrinter._pprint_set,
                     PrettyPrinter._pprint_str, PrettyPrinter._pprint_default_dict,
                     PrettyPrinter._pprint_counter, PrettyPrinter._pprint_deque}
