"""Abstract syntax trees of Python source code.

tspy's implementation, written from the module's documentation. The node classes and the
compile() flags come from the builtin `_ast` module (src/modules/ast/); this file adds parsing,
dumping, literal evaluation, unparsing, tree walking and the visitor classes.
"""
import sys
from _ast import *


# ---------------------------------------------------------------------------- parsing

def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse source into an AST node (compile() with the PyCF_ONLY_AST flag)."""
    flags = PyCF_ONLY_AST | (PyCF_TYPE_COMMENTS if type_comments else 0)
    if feature_version is None:
        minor = -1
    elif isinstance(feature_version, tuple):
        major, minor = feature_version
        assert major == 3
    else:
        minor = feature_version
    return compile(source, filename, mode, flags, _feature_version=minor)


# ---------------------------------------------------------------------------- literal_eval

def _bad_literal(node):
    where = getattr(node, 'lineno', None)
    text = "malformed node or string"
    if where:
        text = text + " on line " + str(where)
    raise ValueError(text + ": " + repr(node))


def _number(node):
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _bad_literal(node)


def _signed_number(node):
    if isinstance(node, UnaryOp):
        if isinstance(node.op, UAdd):
            return +_number(node.operand)
        if isinstance(node.op, USub):
            return -_number(node.operand)
    return _number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, (Tuple, List, Set)):
        items = [_literal(elt) for elt in node.elts]
        kind = tuple if isinstance(node, Tuple) else list if isinstance(node, List) else set
        return kind(items)
    if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
            and node.args == [] and node.keywords == []):
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _bad_literal(node)
        out = {}
        for k, v in zip(node.keys, node.values):
            key = _literal(k)
            out[key] = _literal(v)
        return out
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        real = _signed_number(node.left)
        imag = _number(node.right)
        if isinstance(real, (int, float)) and isinstance(imag, complex):
            return real + imag if isinstance(node.op, Add) else real - imag
    return _signed_number(node)


def literal_eval(node_or_string):
    """Evaluate a node or string holding only a Python literal or container display.

    Accepted: strings, bytes, numbers, tuples, lists, dicts, sets, booleans, None, Ellipsis,
    unary +/- on numbers, and a real number plus or minus an imaginary one.
    """
    tree = node_or_string
    if isinstance(tree, str):
        tree = parse(tree.lstrip(" \t"), mode='eval')
    if isinstance(tree, Expression):
        tree = tree.body
    return _literal(tree)


# ---------------------------------------------------------------------------- dump

class _Dumper:
    def __init__(self, annotate, attributes, indent):
        self.annotate = annotate
        self.attributes = attributes
        self.indent = indent

    def separators(self, depth):
        if self.indent is None:
            return '', ', '
        pad = self.indent * depth
        return '\n' + pad, ',\n' + pad

    def node_parts(self, node, depth):
        """The 'name=value' (or bare value) strings of a node, and whether all are simple."""
        cls = type(node)
        parts = []
        simple = True
        named = self.annotate
        for name in node._fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                named = True
                continue
            # a None that is also the class default is an omitted optional field
            if value is None and getattr(cls, name, ...) is None:
                named = True
                continue
            text, is_simple = self.format(value, depth)
            simple = simple and is_simple
            parts.append(name + '=' + text if named else text)
        if self.attributes:
            for name in node._attributes:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    continue
                text, is_simple = self.format(value, depth)
                simple = simple and is_simple
                parts.append(name + '=' + text)
        return parts, simple

    def format(self, value, depth):
        if self.indent is not None:
            depth += 1
        first, between = self.separators(depth)
        if isinstance(value, AST):
            parts, simple = self.node_parts(value, depth)
            name = type(value).__name__
            if simple and len(parts) <= 3:
                return name + '(' + ', '.join(parts) + ')', not parts
            return name + '(' + first + between.join(parts) + ')', False
        if isinstance(value, list):
            if not value:
                return '[]', True
            items = [self.format(item, depth)[0] for item in value]
            return '[' + first + between.join(items) + ']', False
        return repr(value), True


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree rooted at node (for debugging)."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent).format(node, 0)[0]


# ---------------------------------------------------------------------------- locations

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """Copy the source location attributes of old_node to new_node, where both have them."""
    for name in _POSITIONS:
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        value = getattr(old_node, name, None)
        # the end positions are optional: they are copied even when None
        if value is not None or (name.startswith('end_') and hasattr(old_node, name)):
            setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node lacking lineno/col_offset (and their end_) those of its parent."""
    pending = [(node, 1, 0, 1, 0)]
    while pending:
        item, line, col, end_line, end_col = pending.pop()
        if 'lineno' in item._attributes:
            if hasattr(item, 'lineno'):
                line = item.lineno
            else:
                item.lineno = line
        if 'end_lineno' in item._attributes:
            if getattr(item, 'end_lineno', None) is None:
                item.end_lineno = end_line
            else:
                end_line = item.end_lineno
        if 'col_offset' in item._attributes:
            if hasattr(item, 'col_offset'):
                col = item.col_offset
            else:
                item.col_offset = col
        if 'end_col_offset' in item._attributes:
            if getattr(item, 'end_col_offset', None) is None:
                item.end_col_offset = end_col
            else:
                end_col = item.end_col_offset
        children = list(iter_child_nodes(item))
        for child in reversed(children):
            pending.append((child, line, col, end_line, end_col))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of every node in the tree."""
    for item in walk(node):
        if isinstance(item, TypeIgnore):
            # lineno is a field of TypeIgnore, not an attribute
            item.lineno = getattr(item, 'lineno', 0) + n
            continue
        if 'lineno' in item._attributes:
            item.lineno = getattr(item, 'lineno', 0) + n
        if 'end_lineno' in item._attributes:
            last = getattr(item, 'end_lineno', 0)
            if last is not None:
                item.end_lineno = last + n
    return node


# ---------------------------------------------------------------------------- traversal

def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            continue
        yield name, value


def iter_child_nodes(node):
    """Yield the direct child nodes: fields that are nodes, and nodes in list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yield node and all its descendants, breadth first (in no specified order)."""
    from collections import deque
    queue = deque((node,))
    while queue:
        current = queue.popleft()
        queue.extend(iter_child_nodes(current))
        yield current


def _clean_docstring(text):
    lines = text.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        body = line.lstrip()
        if body:
            width = len(line) - len(body)
            if margin is None or width < margin:
                margin = width
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        del lines[-1]
    while lines and not lines[0]:
        del lines[0]
    return '\n'.join(lines)


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    if not node.body or not isinstance(node.body[0], Expr):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    return _clean_docstring(value.value) if clean else value.value


def _splitlines_no_ff(source):
    """Split source into lines at \\r\\n, \\r and \\n only, keeping the ends."""
    lines = []
    start = 0
    i = 0
    size = len(source)
    while i < size:
        ch = source[i]
        if ch == '\r' or ch == '\n':
            if ch == '\r' and i + 1 < size and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < size:
        lines.append(source[start:])
    return lines


def _pad_whitespace(source):
    """Blank out source, keeping form feeds and tabs (so columns still line up)."""
    return ''.join(ch if ch in '\f\t' else ' ' for ch in source)


def get_source_segment(source, node, *, padded=False):
    """The source text node was parsed from (positions are UTF-8 byte offsets), or None."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_line = node.lineno - 1
        last_line = node.end_lineno - 1
        start = node.col_offset
        stop = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if first_line == last_line:
        return lines[first_line].encode()[start:stop].decode()
    head_bytes = lines[first_line].encode()
    pad = _pad_whitespace(head_bytes[:start].decode()) if padded else ''
    pieces = [pad + head_bytes[start:].decode()]
    pieces.extend(lines[first_line + 1:last_line])
    pieces.append(lines[last_line].encode()[:stop].decode())
    return ''.join(pieces)


# ---------------------------------------------------------------------------- visitors

class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName>(node) for each node (generic_visit if none)."""

    def visit(self, node):
        handler = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return handler(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # the deprecated per-type visitors (visit_Num...) still run, with a warning
        legacy = _const_node_type_names.get(type(node.value))
        if legacy is None:
            for kind, name in _const_node_type_names.items():
                if isinstance(node.value, kind):
                    legacy = name
                    break
        if legacy is not None:
            name = 'visit_' + legacy
            handler = getattr(self, name, None)
            if handler is not None:
                import warnings
                warnings.warn(f"{name} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return handler(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visitors' results replace the nodes visited (None removes one)."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                kept = []
                for item in value:
                    if not isinstance(item, AST):
                        kept.append(item)
                        continue
                    result = self.visit(item)
                    if result is None:
                        continue
                    if isinstance(result, AST):
                        kept.append(result)
                    else:
                        kept.extend(result)
                value[:] = kept
            elif isinstance(value, AST):
                result = self.visit(value)
                if result is None:
                    delattr(node, name)
                else:
                    setattr(node, name, result)
        return node


# ---------------------------------------------------------------------------- deprecated names

def _value_get(self):
    return self.value


def _value_set(self, value):
    self.value = value


Constant.n = property(_value_get, _value_set)
Constant.s = property(_value_get, _value_set)


class _LegacyConstantMeta(type):
    """Metaclass of Num, Str, Bytes, NameConstant, Ellipsis: isinstance() looks at the value."""

    def __init__(cls, *args):
        cls.__doc__ = "Deprecated AST node class. Use ast.Constant instead"

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        accepted = _legacy_value_types.get(cls)
        if accepted is None:
            return type.__instancecheck__(cls, inst)
        try:
            value = inst.value
        except AttributeError:
            return False
        if not isinstance(value, accepted[0]):
            return False
        return not isinstance(value, accepted[1])


def _legacy_new(cls, *args, **kwargs):
    positional = len(args)
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < positional:
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls not in _legacy_value_types:
        # a user subclass of a legacy class: a real instance of it
        return Constant.__new__(cls, *args, **kwargs)
    return Constant(*args, **kwargs)


def _ellipsis_new(cls, *args, **kwargs):
    if cls is Ellipsis:
        return Constant(..., *args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


def _legacy_class(name, fields, new):
    namespace = {'__module__': __name__, '__new__': new}
    if fields is not None:
        namespace['_fields'] = fields
    return _LegacyConstantMeta(name, (Constant,), namespace)


Num = _legacy_class('Num', ('n',), _legacy_new)
Str = _legacy_class('Str', ('s',), _legacy_new)
Bytes = _legacy_class('Bytes', ('s',), _legacy_new)
NameConstant = _legacy_class('NameConstant', None, _legacy_new)
Ellipsis = _legacy_class('Ellipsis', (), _ellipsis_new)

# class -> (value types it stands for, value types excluded)
_legacy_value_types = {
    Num: ((int, float, complex), bool),
    Str: (str, ()),
    Bytes: (bytes, ()),
    NameConstant: ((type(None), bool), ()),
    Ellipsis: (type(...), ()),
}

_const_node_type_names = {
    bool: 'NameConstant',  # bool before int: it is an int subclass
    type(None): 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


if not hasattr(Tuple, 'dims'):
    def _elts_get(self):
        return self.elts

    def _elts_set(self, value):
        self.elts = value

    Tuple.dims = property(_elts_get, _elts_set)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


# ---------------------------------------------------------------------------- unparse

# binding strength of the syntactic positions, weakest first; a node is parenthesised when it
# binds more weakly than its position requires
_P_NAMED_EXPR = 1
_P_TUPLE = 2
_P_YIELD = 3
_P_TEST = 4
_P_OR = 5
_P_AND = 6
_P_NOT = 7
_P_CMP = 8
_P_EXPR = 9
_P_BOR = 9
_P_BXOR = 10
_P_BAND = 11
_P_SHIFT = 12
_P_ARITH = 13
_P_TERM = 14
_P_FACTOR = 15
_P_POWER = 16
_P_AWAIT = 17
_P_ATOM = 18


def _tighter(level):
    return level + 1 if level < _P_ATOM else level


_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = (*_SINGLE_QUOTES, *_MULTI_QUOTES)
_INFSTR = "1e" + repr(sys.float_info.max_10_exp + 1)

_BINARY = {
    'Add': ('+', _P_ARITH), 'Sub': ('-', _P_ARITH),
    'Mult': ('*', _P_TERM), 'MatMult': ('@', _P_TERM), 'Div': ('/', _P_TERM),
    'Mod': ('%', _P_TERM), 'FloorDiv': ('//', _P_TERM),
    'LShift': ('<<', _P_SHIFT), 'RShift': ('>>', _P_SHIFT),
    'BitOr': ('|', _P_BOR), 'BitXor': ('^', _P_BXOR), 'BitAnd': ('&', _P_BAND),
    'Pow': ('**', _P_POWER),
}
_UNARY = {'Invert': ('~', _P_FACTOR), 'Not': ('not', _P_NOT), 'UAdd': ('+', _P_FACTOR), 'USub': ('-', _P_FACTOR)}
_COMPARE = {
    'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
    'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in',
}
_BOOLEAN = {'And': ('and', _P_AND), 'Or': ('or', _P_OR)}


def _escape_char(ch, escape_whitespace):
    if ch in '\n\t' and not escape_whitespace:
        return ch
    if ch == '\\' or not ch.isprintable():
        return ch.encode('unicode_escape').decode('ascii')
    return ch


def _quote_choice(text, quotes, escape_whitespace=False):
    """Escape text for a string literal; return it and the quote styles that can enclose it."""
    body = ''.join([_escape_char(ch, escape_whitespace) for ch in text])
    usable = list(quotes)
    if '\n' in body:
        usable = [q for q in usable if q in _MULTI_QUOTES]
    usable = [q for q in usable if q not in body]
    if not usable:
        # nothing fits: fall back on repr() of the original text
        shown = repr(text)
        for q in quotes:
            if shown[0] in q:
                return shown[1:-1], [q]
        return shown[1:-1], [shown[0]]
    if body:
        # prefer a quote that differs from the last character
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


class _SourceWriter(NodeVisitor):
    """Builds source text from a tree: the engine of unparse()."""

    def __init__(self, *, _avoid_backslashes=False):
        self._out = []
        self._levels = {}
        self._ignores = {}
        self._depth = 0
        self._in_try_star = False
        self._no_backslash = _avoid_backslashes

    # -- output primitives

    def _emit(self, *texts):
        self._out.extend(texts)

    def _newline_if_needed(self):
        if self._out:
            self._out.append('\n')

    def _line(self, text=''):
        self._newline_if_needed()
        self._out.append('    ' * self._depth + text)

    def _joined(self, separator, handler, items):
        first = True
        for item in items:
            if not first:
                self._out.append(separator)
            first = False
            handler(item)

    def _tuple_items(self, handler, items):
        if len(items) == 1:
            handler(items[0])
            self._out.append(',')
        else:
            self._joined(', ', handler, items)

    def _block(self, body, extra=None):
        self._out.append(':')
        if extra:
            self._out.append(extra)
        self._depth += 1
        self._walk(body)
        self._depth -= 1

    def _capture(self, action):
        saved = self._out
        self._out = []
        try:
            action()
            return self._out
        finally:
            self._out = saved

    def _wrap(self, opening, closing, action, condition=True):
        if condition:
            self._out.append(opening)
        action()
        if condition:
            self._out.append(closing)

    def _level(self, node):
        return self._levels.get(node, _P_TEST)

    def _set_level(self, level, *nodes):
        for node in nodes:
            self._levels[node] = level

    def _parens_if(self, level, node, action):
        self._wrap('(', ')', action, self._level(node) > level)

    def _walk(self, node):
        if isinstance(node, list):
            for item in node:
                self._walk(item)
        else:
            NodeVisitor.visit(self, node)

    def visit(self, node):
        self._out = []
        self._walk(node)
        return ''.join(self._out)

    # -- modules and bodies

    def _docstring_node(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
            return None
        first = node.body[0]
        if not isinstance(first, Expr):
            return None
        value = first.value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def _body_with_docstring(self, node):
        doc = self._docstring_node(node)
        if doc is None:
            self._walk(node.body)
            return
        self._line()
        if doc.kind == 'u':
            self._emit('u')
        self._string_without_backslash_quotes(doc.value, _MULTI_QUOTES)
        self._walk(node.body[1:])

    def _type_comment(self, node):
        comment = self._ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return ' # type: ' + comment
        return None

    def visit_Module(self, node):
        self._ignores = {t.lineno: 'ignore' + t.tag for t in node.type_ignores}
        self._body_with_docstring(node)
        self._ignores.clear()

    def visit_FunctionType(self, node):
        self._wrap('(', ')', lambda: self._joined(', ', self._walk, node.argtypes))
        self._emit(' -> ')
        self._walk(node.returns)

    # -- simple statements

    def visit_Expr(self, node):
        self._line()
        self._set_level(_P_YIELD, node.value)
        self._walk(node.value)

    def visit_NamedExpr(self, node):
        def body():
            self._set_level(_P_ATOM, node.target, node.value)
            self._walk(node.target)
            self._emit(' := ')
            self._walk(node.value)
        self._parens_if(_P_NAMED_EXPR, node, body)

    def visit_Import(self, node):
        self._line('import ')
        self._joined(', ', self._walk, node.names)

    def visit_ImportFrom(self, node):
        self._line('from ')
        self._emit('.' * (node.level or 0))
        if node.module:
            self._emit(node.module)
        self._emit(' import ')
        self._joined(', ', self._walk, node.names)

    def visit_Assign(self, node):
        self._line()
        for target in node.targets:
            self._set_level(_P_TUPLE, target)
            self._walk(target)
            self._emit(' = ')
        self._walk(node.value)
        comment = self._type_comment(node)
        if comment:
            self._emit(comment)

    def visit_AugAssign(self, node):
        self._line()
        self._walk(node.target)
        self._emit(' ' + _BINARY[node.op.__class__.__name__][0] + '= ')
        self._walk(node.value)

    def visit_AnnAssign(self, node):
        self._line()
        self._wrap('(', ')', lambda: self._walk(node.target),
                   not node.simple and isinstance(node.target, Name))
        self._emit(': ')
        self._walk(node.annotation)
        if node.value:
            self._emit(' = ')
            self._walk(node.value)

    def visit_Return(self, node):
        self._line('return')
        if node.value:
            self._emit(' ')
            self._walk(node.value)

    def visit_Pass(self, node):
        self._line('pass')

    def visit_Break(self, node):
        self._line('break')

    def visit_Continue(self, node):
        self._line('continue')

    def visit_Delete(self, node):
        self._line('del ')
        self._joined(', ', self._walk, node.targets)

    def visit_Assert(self, node):
        self._line('assert ')
        self._walk(node.test)
        if node.msg:
            self._emit(', ')
            self._walk(node.msg)

    def visit_Global(self, node):
        self._line('global ')
        self._joined(', ', self._emit, node.names)

    def visit_Nonlocal(self, node):
        self._line('nonlocal ')
        self._joined(', ', self._emit, node.names)

    def visit_Await(self, node):
        def body():
            self._emit('await')
            if node.value:
                self._emit(' ')
                self._set_level(_P_ATOM, node.value)
                self._walk(node.value)
        self._parens_if(_P_AWAIT, node, body)

    def visit_Yield(self, node):
        def body():
            self._emit('yield')
            if node.value:
                self._emit(' ')
                self._set_level(_P_ATOM, node.value)
                self._walk(node.value)
        self._parens_if(_P_YIELD, node, body)

    def visit_YieldFrom(self, node):
        def body():
            self._emit('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self._set_level(_P_ATOM, node.value)
            self._walk(node.value)
        self._parens_if(_P_YIELD, node, body)

    def visit_Raise(self, node):
        self._line('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self._emit(' ')
        self._walk(node.exc)
        if node.cause:
            self._emit(' from ')
            self._walk(node.cause)

    # -- compound statements

    def _try(self, node):
        self._line('try')
        self._block(node.body)
        for handler in node.handlers:
            self._walk(handler)
        if node.orelse:
            self._line('else')
            self._block(node.orelse)
        if node.finalbody:
            self._line('finally')
            self._block(node.finalbody)

    def visit_Try(self, node):
        outer = self._in_try_star
        self._in_try_star = False
        try:
            self._try(node)
        finally:
            self._in_try_star = outer

    def visit_TryStar(self, node):
        outer = self._in_try_star
        self._in_try_star = True
        try:
            self._try(node)
        finally:
            self._in_try_star = outer

    def visit_ExceptHandler(self, node):
        self._line('except*' if self._in_try_star else 'except')
        if node.type:
            self._emit(' ')
            self._walk(node.type)
        if node.name:
            self._emit(' as ')
            self._emit(node.name)
        self._block(node.body)

    def _decorators(self, node):
        self._newline_if_needed()
        for decorator in node.decorator_list:
            self._line('@')
            self._walk(decorator)

    def visit_ClassDef(self, node):
        self._decorators(node)
        self._line('class ' + node.name)

        def arguments():
            self._joined(', ', self._walk, [*node.bases, *node.keywords])
        self._wrap('(', ')', arguments, bool(node.bases or node.keywords))
        self._out.append(':')
        self._depth += 1
        self._body_with_docstring(node)
        self._depth -= 1

    def _function(self, node, keyword):
        self._decorators(node)
        self._line(keyword + ' ' + node.name)
        self._wrap('(', ')', lambda: self._walk(node.args))
        if node.returns:
            self._emit(' -> ')
            self._walk(node.returns)
        self._out.append(':')
        comment = self._type_comment(node)
        if comment:
            self._out.append(comment)
        self._depth += 1
        self._body_with_docstring(node)
        self._depth -= 1

    def visit_FunctionDef(self, node):
        self._function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def _for(self, node, keyword):
        self._line(keyword)
        self._set_level(_P_TUPLE, node.target)
        self._walk(node.target)
        self._emit(' in ')
        self._walk(node.iter)
        self._block(node.body, self._type_comment(node))
        if node.orelse:
            self._line('else')
            self._block(node.orelse)

    def visit_For(self, node):
        self._for(node, 'for ')

    def visit_AsyncFor(self, node):
        self._for(node, 'async for ')

    def visit_If(self, node):
        self._line('if ')
        self._walk(node.test)
        self._block(node.body)
        # an else holding only an if is written as elif
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self._line('elif ')
            self._walk(node.test)
            self._block(node.body)
        if node.orelse:
            self._line('else')
            self._block(node.orelse)

    def visit_While(self, node):
        self._line('while ')
        self._walk(node.test)
        self._block(node.body)
        if node.orelse:
            self._line('else')
            self._block(node.orelse)

    def visit_With(self, node):
        self._line('with ')
        self._joined(', ', self._walk, node.items)
        self._block(node.body, self._type_comment(node))

    def visit_AsyncWith(self, node):
        self._line('async with ')
        self._joined(', ', self._walk, node.items)
        self._block(node.body, self._type_comment(node))

    def visit_withitem(self, node):
        self._walk(node.context_expr)
        if node.optional_vars:
            self._emit(' as ')
            self._walk(node.optional_vars)

    def visit_alias(self, node):
        self._emit(node.name)
        if node.asname:
            self._emit(' as ' + node.asname)

    def visit_Match(self, node):
        self._line('match ')
        self._walk(node.subject)
        self._block(node.cases)

    def visit_match_case(self, node):
        self._line('case ')
        self._walk(node.pattern)
        if node.guard:
            self._emit(' if ')
            self._walk(node.guard)
        self._block(node.body)

    # -- strings

    def _string_without_backslash_quotes(self, text, quotes=_ALL_QUOTES):
        body, usable = _quote_choice(text, quotes)
        self._emit(usable[0] + body + usable[0])

    def _fstring_part(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self._fstring_part(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self._emit(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def visit_JoinedStr(self, node):
        self._emit('f')
        if self._no_backslash:
            inner = self._capture(lambda: self._fstring_part(node))
            self._string_without_backslash_quotes(''.join(inner))
            return
        # literal parts may use escapes such as \n; replacement fields may not
        quotes = list(_ALL_QUOTES)
        pieces = []
        for value in node.values:
            text = ''.join(self._capture(lambda: self._fstring_part(value)))
            text, quotes = _quote_choice(text, quotes, isinstance(value, Constant))
            pieces.append(text)
        self._emit(quotes[0] + ''.join(pieces) + quotes[0])

    def visit_FormattedValue(self, node):
        inner = type(self)(_avoid_backslashes=True)
        inner._set_level(_tighter(_P_TEST), node.value)
        text = inner.visit(node.value)
        self._emit('{')
        if '\\' in text:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        if text.startswith('{'):
            # "{ {" keeps a set or dict display from reading as an escaped brace
            self._emit(' ')
        self._emit(text)
        if node.conversion != -1:
            self._emit('!' + chr(node.conversion))
        if node.format_spec:
            self._emit(':')
            self._fstring_part(node.format_spec)
        self._emit('}')

    # -- expressions

    def visit_Name(self, node):
        self._emit(node.id)

    def _constant(self, value):
        if isinstance(value, (float, complex)):
            # infinities overflow a decimal literal; a NaN is written inf - inf
            text = repr(value).replace('inf', _INFSTR)
            self._emit(text.replace('nan', '(' + _INFSTR + '-' + _INFSTR + ')'))
        elif self._no_backslash and isinstance(value, str):
            self._string_without_backslash_quotes(value)
        else:
            self._emit(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self._wrap('(', ')', lambda: self._tuple_items(self._constant, value))
        elif value is ...:
            self._emit('...')
        else:
            if node.kind == 'u':
                self._emit('u')
            self._constant(value)

    def visit_List(self, node):
        self._wrap('[', ']', lambda: self._joined(', ', self._walk, node.elts))

    def _comprehension_display(self, opening, closing, head, node):
        def body():
            head()
            for generator in node.generators:
                self._walk(generator)
        self._wrap(opening, closing, body)

    def visit_ListComp(self, node):
        self._comprehension_display('[', ']', lambda: self._walk(node.elt), node)

    def visit_GeneratorExp(self, node):
        self._comprehension_display('(', ')', lambda: self._walk(node.elt), node)

    def visit_SetComp(self, node):
        self._comprehension_display('{', '}', lambda: self._walk(node.elt), node)

    def visit_DictComp(self, node):
        def head():
            self._walk(node.key)
            self._emit(': ')
            self._walk(node.value)
        self._comprehension_display('{', '}', head, node)

    def visit_comprehension(self, node):
        self._emit(' async for ' if node.is_async else ' for ')
        self._set_level(_P_TUPLE, node.target)
        self._walk(node.target)
        self._emit(' in ')
        self._set_level(_tighter(_P_TEST), node.iter, *node.ifs)
        self._walk(node.iter)
        for condition in node.ifs:
            self._emit(' if ')
            self._walk(condition)

    def visit_IfExp(self, node):
        def body():
            self._set_level(_tighter(_P_TEST), node.body, node.test)
            self._walk(node.body)
            self._emit(' if ')
            self._walk(node.test)
            self._emit(' else ')
            self._set_level(_P_TEST, node.orelse)
            self._walk(node.orelse)
        self._parens_if(_P_TEST, node, body)

    def visit_Set(self, node):
        if not node.elts:
            # {} is a dict: an empty set is written as an unpacked empty tuple
            self._emit('{*()}')
            return
        self._wrap('{', '}', lambda: self._joined(', ', self._walk, node.elts))

    def visit_Dict(self, node):
        def entry(pair):
            key, value = pair
            if key is None:
                self._emit('**')
                self._set_level(_P_EXPR, value)
                self._walk(value)
            else:
                self._walk(key)
                self._emit(': ')
                self._walk(value)
        self._wrap('{', '}', lambda: self._joined(', ', entry, zip(node.keys, node.values)))

    def visit_Tuple(self, node):
        bare = node.elts and self._level(node) <= _P_TUPLE
        self._wrap('(', ')', lambda: self._tuple_items(self._walk, node.elts), not bare)

    def visit_UnaryOp(self, node):
        symbol, level = _UNARY[node.op.__class__.__name__]

        def body():
            self._emit(symbol)
            # +x, -x, ~x are written tight; "not" needs a space
            if level != _P_FACTOR:
                self._emit(' ')
            self._set_level(level, node.operand)
            self._walk(node.operand)
        self._parens_if(level, node, body)

    def visit_BinOp(self, node):
        symbol, level = _BINARY[node.op.__class__.__name__]
        if symbol == '**':
            left, right = _tighter(level), level
        else:
            left, right = level, _tighter(level)

        def body():
            self._set_level(left, node.left)
            self._walk(node.left)
            self._emit(' ' + symbol + ' ')
            self._set_level(right, node.right)
            self._walk(node.right)
        self._parens_if(level, node, body)

    def visit_Compare(self, node):
        def body():
            self._set_level(_tighter(_P_CMP), node.left, *node.comparators)
            self._walk(node.left)
            for op, operand in zip(node.ops, node.comparators):
                self._emit(' ' + _COMPARE[op.__class__.__name__] + ' ')
                self._walk(operand)
        self._parens_if(_P_CMP, node, body)

    def visit_BoolOp(self, node):
        word, level = _BOOLEAN[node.op.__class__.__name__]
        # each operand binds one step tighter than the previous one
        current = [level]

        def operand(value):
            current[0] = _tighter(current[0])
            self._set_level(current[0], value)
            self._walk(value)

        self._parens_if(level, node, lambda: self._joined(' ' + word + ' ', operand, node.values))

    def visit_Attribute(self, node):
        self._set_level(_P_ATOM, node.value)
        self._walk(node.value)
        # "1.real" would read as a float: write "1 .real"
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self._emit(' ')
        self._emit('.' + node.attr)

    def visit_Call(self, node):
        self._set_level(_P_ATOM, node.func)
        self._walk(node.func)
        self._wrap('(', ')', lambda: self._joined(', ', self._walk, [*node.args, *node.keywords]))

    def visit_Subscript(self, node):
        self._set_level(_P_ATOM, node.value)
        self._walk(node.value)
        index = node.slice
        if isinstance(index, Tuple) and index.elts:
            self._wrap('[', ']', lambda: self._tuple_items(self._walk, index.elts))
        else:
            self._wrap('[', ']', lambda: self._walk(index))

    def visit_Starred(self, node):
        self._emit('*')
        self._set_level(_P_EXPR, node.value)
        self._walk(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self._walk(node.lower)
        self._emit(':')
        if node.upper:
            self._walk(node.upper)
        if node.step:
            self._emit(':')
            self._walk(node.step)

    def visit_arg(self, node):
        self._emit(node.arg)
        if node.annotation:
            self._emit(': ')
            self._walk(node.annotation)

    def visit_arguments(self, node):
        parts = []

        def sep():
            if parts:
                self._emit(', ')
            parts.append(1)

        positional = [*node.posonlyargs, *node.args]
        missing = len(positional) - len(node.defaults)
        for number, argument in enumerate(positional, 1):
            sep()
            self._walk(argument)
            if number > missing:
                default = node.defaults[number - 1 - missing]
                if default:
                    self._emit('=')
                    self._walk(default)
            if number == len(node.posonlyargs):
                self._emit(', /')
        if node.vararg or node.kwonlyargs:
            sep()
            self._emit('*')
            if node.vararg:
                self._emit(node.vararg.arg)
                if node.vararg.annotation:
                    self._emit(': ')
                    self._walk(node.vararg.annotation)
        for argument, default in zip(node.kwonlyargs, node.kw_defaults):
            self._emit(', ')
            self._walk(argument)
            if default:
                self._emit('=')
                self._walk(default)
        if node.kwarg:
            sep()
            self._emit('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self._emit(': ')
                self._walk(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self._emit('**')
        else:
            self._emit(node.arg + '=')
        self._walk(node.value)

    def visit_Lambda(self, node):
        def body():
            self._emit('lambda')
            params = self._capture(lambda: self._walk(node.args))
            if params:
                self._emit(' ', *params)
            self._emit(': ')
            self._set_level(_P_TEST, node.body)
            self._walk(node.body)
        self._parens_if(_P_TEST, node, body)

    # -- patterns

    def visit_MatchValue(self, node):
        self._walk(node.value)

    def visit_MatchSingleton(self, node):
        self._constant(node.value)

    def visit_MatchSequence(self, node):
        self._wrap('[', ']', lambda: self._joined(', ', self._walk, node.patterns))

    def visit_MatchStar(self, node):
        self._emit('*' + (node.name if node.name is not None else '_'))

    def visit_MatchMapping(self, node):
        def body():
            def entry(pair):
                self._walk(pair[0])
                self._emit(': ')
                self._walk(pair[1])
            self._joined(', ', entry, zip(node.keys, node.patterns, strict=True))
            if node.rest is not None:
                if node.keys:
                    self._emit(', ')
                self._emit('**' + node.rest)
        self._wrap('{', '}', body)

    def visit_MatchClass(self, node):
        self._set_level(_P_ATOM, node.cls)
        self._walk(node.cls)

        def body():
            self._joined(', ', self._walk, node.patterns)
            if node.kwd_attrs:
                if node.patterns:
                    self._emit(', ')

                def keyword(pair):
                    self._emit(pair[0] + '=')
                    self._walk(pair[1])
                self._joined(', ', keyword, zip(node.kwd_attrs, node.kwd_patterns, strict=True))
        self._wrap('(', ')', body)

    def visit_MatchAs(self, node):
        if node.name is None:
            self._emit('_')
        elif node.pattern is None:
            self._emit(node.name)
        else:
            def body():
                self._set_level(_P_BOR, node.pattern)
                self._walk(node.pattern)
                self._emit(' as ' + node.name)
            self._parens_if(_P_TEST, node, body)

    def visit_MatchOr(self, node):
        def body():
            self._set_level(_tighter(_P_BOR), *node.patterns)
            self._joined(' | ', self._walk, node.patterns)
        self._parens_if(_P_BOR, node, body)


def unparse(ast_obj):
    """Source code that would produce an equivalent tree when parsed."""
    return _SourceWriter().visit(ast_obj)
