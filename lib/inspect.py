"""Live object introspection (a CPython 3.11 subset), written for tspy.

Provided: the is* predicates, getmembers, getmro, getdoc/cleandoc, getmodule/getfile/
getsourcefile, getsourcelines/getsource/findsource (block found by indentation),
signature()/Signature/Parameter/BoundArguments (functions, methods, classes, partials,
callable instances, __signature__, __wrapped__ chains, builtins with __text_signature__),
getfullargspec, getcallargs, unwrap, currentframe, getgeneratorstate, getcoroutinestate,
formatannotation. Not provided: stack()/trace() frame records with positions,
getattr_static's full descriptor rules, getclosurevars, the inspect CLI.
"""
import collections
import collections.abc
import enum
import functools
import linecache
import os
import sys
import types

__all__ = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
           'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator', 'iscoroutine',
           'isawaitable', 'isasyncgen', 'istraceback', 'isframe', 'iscode', 'isbuiltin',
           'isroutine', 'isabstract', 'ismethoddescriptor', 'isdatadescriptor',
           'isgetsetdescriptor', 'ismemberdescriptor', 'ismethodwrapper', 'getmembers',
           'getmro', 'getdoc', 'cleandoc', 'getmodule', 'getfile', 'getsourcefile',
           'getsourcelines', 'getsource', 'findsource', 'signature', 'Signature', 'Parameter',
           'BoundArguments', 'getfullargspec', 'FullArgSpec', 'getcallargs', 'unwrap',
           'currentframe', 'formatannotation', 'getgeneratorstate', 'getcoroutinestate',
           'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED', 'CORO_CREATED',
           'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED', 'getattr_static', 'getmodulename',
           'ismethoddescriptor', 'get_annotations', 'markcoroutinefunction', 'classify_class_attrs']

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20

# ---------------------------------------------------------------------------------------------
# Predicates


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _code_flag(f, flag):
    while isinstance(f, types.MethodType):
        f = getattr(f, '__func__')
    while isinstance(f, functools.partial):
        f = f.func
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _code_flag(obj, CO_ASYNC_GENERATOR)


def markcoroutinefunction(func):
    return func


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType)
            or (isinstance(object, types.GeneratorType)
                and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE))
            or isinstance(object, collections.abc.Awaitable))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return type(object).__name__ == 'method-wrapper'


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def ismemberdescriptor(object):
    return type(object).__name__ == 'member_descriptor'


def isgetsetdescriptor(object):
    return type(object).__name__ == 'getset_descriptor'


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    flags = getattr(object, '__flags__', 0)
    if flags & TPFLAGS_IS_ABSTRACT:
        return True
    return bool(getattr(object, '__abstractmethods__', None))


# ---------------------------------------------------------------------------------------------
# Members and documentation


def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name."""
    found = []
    seen = set()
    mro = object.__mro__ if isclass(object) else ()
    names = dir(object)
    if isclass(object):
        for base in object.__bases__:
            for k, v in base.__dict__.items():
                if isinstance(v, types.DynamicClassAttribute):
                    names.append(k)
    for key in names:
        try:
            value = getattr(object, key)
            if key in seen:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            found.append((key, value))
        seen.add(key)
    found.sort(key=lambda pair: pair[0])
    return found


def walktree(classes, children, parent):
    """The nested-list form of getclasstree below `parent`."""
    out = []
    for c in sorted(classes, key=lambda k: (k.__module__, k.__name__)):
        out.append((c, c.__bases__))
        if c in children:
            out.append(walktree(children[c], children, c))
    return out


def getclasstree(classes, unique=False):
    """Classes as a tree of nested lists: (class, bases) entries, each followed by a list of its
    subclasses among `classes`. With unique, a class with several listed bases appears once."""
    children = {}
    roots = []
    for c in classes:
        if not c.__bases__:
            if c not in roots:
                roots.append(c)
            continue
        for base in c.__bases__:
            kids = children.setdefault(base, [])
            if c not in kids:
                kids.append(c)
            if unique and base in classes:
                break
    for base in children:
        if base not in classes:
            roots.append(base)
    return walktree(roots, children, None)


def getmembers_static(object, predicate=None):
    return getmembers(object, predicate)


Attribute = collections.namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    out = []
    for name in dir(cls):
        home = None
        raw = None
        for base in cls.__mro__:
            if name in base.__dict__:
                home = base
                raw = base.__dict__[name]
                break
        if home is None:
            raw = getattr(cls, name)
            home = cls
        if isinstance(raw, staticmethod):
            kind = 'static method'
        elif isinstance(raw, classmethod):
            kind = 'class method'
        elif isinstance(raw, property):
            kind = 'property'
        elif isroutine(raw):
            kind = 'method'
        else:
            kind = 'data'
        out.append(Attribute(name, kind, home, raw))
    return out


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain to the innermost function (or one where stop is true)."""
    first = func
    ids = {id(first)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        key = id(func)
        if key in ids or len(ids) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(first))
        ids.add(key)
    return func


def cleandoc(doc):
    """Remove the common indentation of the lines after the first, and blank edges."""
    lines = doc.expandtabs().split('\n')
    indent = None
    for line in lines[1:]:
        text = line.lstrip()
        if text:
            width = len(line) - len(text)
            indent = width if indent is None else min(indent, width)
    out = [lines[0].lstrip()]
    if indent is not None:
        out.extend(line[indent:] for line in lines[1:])
    else:
        out.extend(lines[1:])
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return '\n'.join(out)


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        cls = owner if isclass(owner) else type(owner)
    elif isfunction(obj) or isbuiltin(obj):
        name = obj.__name__
        qual = getattr(obj, '__qualname__', '')
        owner_name = qual.rpartition('.')[0]
        mod = sys.modules.get(getattr(obj, '__module__', None))
        cls = mod
        for part in owner_name.split('.') if owner_name else ():
            cls = getattr(cls, part, None)
        if not isclass(cls):
            return None
    elif isinstance(obj, property):
        return None
    else:
        return None
    for base in cls.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is not None:
            doc = getattr(attr, '__doc__', None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    """The cleaned documentation string of object (inherited from a base class if absent)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
    elif isinstance(obj, types.ModuleType) or callable(obj):
        ann = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    result = dict(ann)
    if eval_str:
        g = globals if globals is not None else getattr(sys.modules.get(
            getattr(obj, '__module__', None)), '__dict__', {})
        result = {k: eval(v, g, locals) if isinstance(v, str) else v for k, v in result.items()}
    return result


# ---------------------------------------------------------------------------------------------
# Source


def getmodulename(path):
    base = os.path.basename(path)
    for suffix in ('.py', '.pyc', '.pyw', '.so'):
        if base.endswith(suffix) and len(base) > len(suffix):
            return base[:-len(suffix)]
    return None


def _to_code(obj):
    """The code object behind a method, function, traceback or frame (else obj itself)."""
    for attr in ('__func__', '__code__', 'tb_frame', 'f_code'):
        if attr == '__func__' and not ismethod(obj):
            continue
        if attr == '__code__' and not isfunction(obj):
            continue
        if attr == 'tb_frame' and not istraceback(obj):
            continue
        if attr == 'f_code' and not isframe(obj):
            continue
        obj = getattr(obj, attr)
    return obj


def getfile(object):
    """The file (source or compiled) that object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        mod = sys.modules.get(object.__module__)
        if getattr(mod, '__file__', None):
            return mod.__file__
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _to_code(object)
    if iscode(code):
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was '
                    'expected, got {}'.format(type(object).__name__))


def getabsfile(object, _filename=None):
    """The absolute, case-normalised name of the file object comes from."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getsourcefile(object):
    name = getfile(object)
    if name.endswith('.pyc'):
        name = name[:-1]
    if os.path.exists(name):
        return name
    # a file that is not there still counts when a loader could provide it
    mod = getmodule(object)
    if getattr(mod, '__loader__', None) is not None or \
            getattr(getattr(mod, '__spec__', None), 'loader', None) is not None:
        return name
    return name if name in linecache.cache else None


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    mod = getattr(object, '__module__', None)
    if mod is not None:
        return sys.modules.get(mod)
    try:
        name = getsourcefile(object)
    except TypeError:
        return None
    for m in list(sys.modules.values()):
        if getattr(m, '__file__', None) == name:
            return m
    return sys.modules.get('__main__')


def _indent_of(line):
    return len(line) - len(line.lstrip())


def _block_end(lines, start):
    """Index after the block that starts at lines[start] (a def/class/decorator line)."""
    first = start
    while first < len(lines) and lines[first].lstrip().startswith('@'):
        first += 1
    if first >= len(lines):
        return len(lines)
    base = _indent_of(lines[first])
    # the header may span lines: find the line that ends with ':' outside brackets
    depth = 0
    i = first
    header_done = False
    while i < len(lines):
        text = lines[i].split('#', 1)[0]
        for ch in text:
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth -= 1
        stripped = text.rstrip()
        i += 1
        if depth <= 0 and stripped.endswith(':'):
            header_done = True
            break
        if depth <= 0:
            # one-line definition: def f(): return 1, or a lambda
            return i
    if not header_done:
        return i
    last = i
    while i < len(lines):
        line = lines[i]
        body = line.strip()
        if not body or body.startswith('#'):
            i += 1
            continue
        if _indent_of(line) <= base:
            break
        i += 1
        last = i
    return last


def findsource(object):
    """(all lines of the source file, index of the object's first line)."""
    name = getsourcefile(object)
    if name is None:
        name = getfile(object)
        if not (name.startswith('<') and name.endswith('>')):
            raise OSError('source code not available')
    mod = getmodule(object)
    lines = linecache.getlines(name, mod.__dict__ if mod is not None else None)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        qual = object.__qualname__.split('.')
        target = qual[-1]
        for i, line in enumerate(lines):
            s = line.lstrip()
            if s.startswith('class ') and s[6:].lstrip().startswith(target):
                rest = s[6:].lstrip()[len(target):]
                if rest[:1] in ('(', ':', ' '):
                    j = i
                    while j > 0 and lines[j - 1].lstrip().startswith('@'):
                        j -= 1
                    return lines, j
        raise OSError('could not find class definition')
    code = _to_code(object)
    if not iscode(code):
        raise OSError('could not find code object')
    first = getattr(code, 'co_firstlineno', None)
    if first is None:
        raise OSError('could not find function definition')
    return lines, first - 1


def getsourcelines(object):
    object = unwrap(object)  # decorated functions show the wrapped function's source
    lines, start = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return lines[start:_block_end(lines, start)], start + 1


def getsource(object):
    lines, _n = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    return None


def indentsize(line):
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


# ---------------------------------------------------------------------------------------------
# Frames and generators


def currentframe():
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED')


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if getattr(generator, 'gi_suspended', False):
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if getattr(coroutine, 'cr_suspended', False):
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = getattr(generator, 'gi_frame', None)
    return frame.f_locals if frame is not None else {}


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """Look attr up without running descriptors or __getattr__ (instance dict, then MRO)."""
    if not isclass(obj):
        try:
            d = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            d = {}
        if attr in d:
            return d[attr]
        klass = type(obj)
    else:
        klass = obj
    for base in (klass.__mro__ if isinstance(klass, type) else ()):
        if attr in base.__dict__:
            return base.__dict__[attr]
    if isclass(obj):
        for base in type(obj).__mro__:
            if attr in base.__dict__:
                return base.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------------------------------------
# Signatures


class _void:
    """Default of replace() arguments: leave the attribute as it is."""


class _empty:
    """No default, annotation or return annotation (Parameter.empty, Signature.empty)."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_TEXT[self._value_]


_KIND_VALUES = frozenset(range(5))
_KIND_TEXT = ('positional-only', 'positional or keyword', 'variadic positional',
              'keyword-only', 'variadic keyword')


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    """An annotation as it appears in a signature."""
    if getattr(annotation, '__module__', None) == 'typing':
        text = repr(annotation)
        out = []
        word = []
        for ch in text + ' ':
            if ch.isalnum() or ch in '_.':
                word.append(ch)
                continue
            if word:
                w = ''.join(word)
                out.append(w[7:] if w.startswith('typing.') else w)
                word = []
            out.append(ch)
        return ''.join(out)[:-1]
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (immutable)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY,
     VAR_KEYWORD) = tuple(_ParameterKind)
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KIND_VALUES:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        self._kind = _ParameterKind(kind)
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        has_anno = self._annotation is not _empty
        if has_anno:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if has_anno else '=') + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            return '*' + text
        if self._kind == _VAR_KEYWORD:
            return '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: a mapping of parameter names to argument values."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
                else:
                    continue
            if name in self.arguments:
                value = self.arguments[name]
                if param.kind == _VAR_KEYWORD:
                    out.update(value)
                else:
                    out[name] = value
        return out

    def apply_defaults(self):
        given = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in given:
                filled.append((name, given[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        shown = ['{}={!r}'.format(k, v) for k, v in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(shown))


class Signature:
    """The parameters and return annotation of a callable."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        table = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind, name = param.kind, param.name
                    if kind < top_kind:
                        raise ValueError('wrong parameter order: {} parameter before {} '
                                         'parameter'.format(top_kind.description,
                                                            kind.description))
                    if kind > top_kind:
                        top_kind = kind
                        seen_default = False
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default '
                                                 'argument')
                        else:
                            seen_default = True
                    if name in table:
                        raise ValueError('duplicate parameter name: {!r}'.format(name))
                    table[name] = param
            else:
                table = {p.name: p for p in parameters}
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_of(obj, cls, follow_wrapped, True)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return params, frozenset(kwo.values()), self.return_annotation

    def __hash__(self):
        params, kwo, ret = self._hash_basis()
        return hash((params, kwo, ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        bound = {}
        params = iter(self.parameters.values())
        resume = ()
        values = iter(args)
        while True:
            try:
                value = next(values)
            except StopIteration:
                param = next(params, None)
                if param is None or param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError('{!r} parameter is positional only, but was passed '
                                        'as a keyword'.format(param.name)) from None
                    resume = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty or partial:
                    resume = (param,)
                    break
                raise TypeError('missing a required argument: {!r}'.format(param.name)) \
                    from None
            param = next(params, None)
            if param is None or param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = (value,) + tuple(values)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name)) \
                    from None
            bound[param.name] = value
        kwargs = dict(kwargs)
        catch_all = None
        for param in list(resume) + list(params):
            if param.kind == _VAR_KEYWORD:
                catch_all = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                value = kwargs.pop(param.name)
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed as a '
                                    'keyword'.format(param.name))
                bound[param.name] = value
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(param.name)) \
                    from None
        if kwargs:
            if catch_all is None:
                raise TypeError('got an unexpected keyword argument {!r}'
                                .format(next(iter(kwargs))))
            bound[catch_all.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        pieces = []
        slash_due = False
        star_due = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_due = True
            elif slash_due:
                pieces.append('/')
                slash_due = False
            if kind == _VAR_POSITIONAL:
                star_due = False
            elif kind == _KEYWORD_ONLY and star_due:
                pieces.append('*')
                star_due = False
            pieces.append(str(param))
        if slash_due:
            pieces.append('/')
        text = '({})'.format(', '.join(pieces))
        if self.return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self.return_annotation))
        return text


def _from_function(cls, func):
    code = func.__code__
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    first_default = npos - len(defaults)
    params = []
    for i in range(npos):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        name = names[i]
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    at = npos
    if code.co_flags & CO_VARARGS:
        name = names[npos + nkwonly]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in names[at:at + nkwonly]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        index = npos + nkwonly + (1 if code.co_flags & CO_VARARGS else 0)
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _parse_text_signature(cls, text, obj=None, skip_bound_arg=True):
    """Signature from a builtin's __text_signature__ like '($self, obj, /, key=None)'.

    The '$' parameter (self, module, type) is dropped when obj is bound (always for a module),
    else kept as a positional-only parameter."""
    bound = getattr(obj, '__self__', None)
    drop_dollar = obj is None or (bound is not None and (ismodule(bound) or skip_bound_arg))
    body = text.strip()
    if body.startswith('(') and body.endswith(')'):
        body = body[1:-1]
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    parts = [p.strip() for p in body.split(',')] if body.strip() else []
    if '/' in parts:
        cut = parts.index('/')
        for i in range(cut):
            parts[i] = ('/', parts[i])
    for part in parts:
        forced = None
        if isinstance(part, tuple):
            forced, part = _POSITIONAL_ONLY, part[1]
        if part == '/':
            continue
        if part == '*':
            kind = _KEYWORD_ONLY
            continue
        if part.startswith('$'):
            if drop_dollar:
                continue
            part = part[1:]
            forced = _POSITIONAL_ONLY
        default = _empty
        if '=' in part:
            part, raw = part.split('=', 1)
            part = part.strip()
            try:
                default = eval(raw.strip(), {'__builtins__': __builtins__}, {})
            except Exception:
                if obj is not None:
                    raise ValueError('{!r} builtin has invalid signature'.format(obj)) from None
                default = raw.strip()
        if part.startswith('**'):
            params.append(Parameter(part[2:], _VAR_KEYWORD))
        elif part.startswith('*'):
            params.append(Parameter(part[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
        else:
            params.append(Parameter(part, forced if forced is not None else kind, default=default))
    return cls(params)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _partial_signature(sig, p):
    old = sig.parameters
    try:
        ba = sig.bind_partial(*p.args, **p.keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(p)) from ex
    kept = dict(old)
    to_kwonly = False
    for name, param in old.items():
        if name in ba.arguments:
            value = ba.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                del kept[name]
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name in p.keywords:
                    to_kwonly = True
                    kept[name] = param.replace(default=value)
                else:
                    del kept[name]
                    continue
            if param.kind is _KEYWORD_ONLY:
                kept[name] = param.replace(default=value)
        if to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                moved = kept.pop(name).replace(kind=_KEYWORD_ONLY)
                kept[name] = moved
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                kept[name] = kept.pop(name)
            elif param.kind is _VAR_POSITIONAL:
                kept.pop(name)
    return sig.replace(parameters=kept.values())


def _user_method(cls, name):
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(meth, (types.FunctionType, types.MethodType)) or \
            isinstance(meth, functools.partial):
        return meth
    return None


def _signature_of(obj, cls=Signature, follow_wrapped=True, skip_bound_arg=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, cls, follow_wrapped, skip_bound_arg)
        return _drop_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, cls, follow_wrapped, skip_bound_arg)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    if isfunction(obj):
        return _from_function(cls, obj)
    if isinstance(obj, functools.partial):
        return _partial_signature(_signature_of(obj.func, cls, follow_wrapped, skip_bound_arg),
                                  obj)
    if isbuiltin(obj) or ismethoddescriptor(obj) or type(obj).__name__ in ('method-wrapper', 'wrapper_descriptor'):
        text = getattr(obj, '__text_signature__', None)
        if text:
            sig = _parse_text_signature(cls, text, obj, skip_bound_arg)
            return sig
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if isinstance(obj, type):
        call = _user_method(type(obj), '__call__')
        if call is not None and type(obj) is not type:
            sig = _signature_of(call, cls, follow_wrapped, skip_bound_arg)
        else:
            sig = None
            new = _user_method(obj, '__new__')
            init = _user_method(obj, '__init__')
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    sig = _signature_of(new, cls, follow_wrapped, skip_bound_arg)
                    break
                if init is not None and '__init__' in base.__dict__:
                    sig = _signature_of(init, cls, follow_wrapped, skip_bound_arg)
                    break
        if sig is None:
            for base in obj.__mro__[:-1]:
                text = base.__dict__.get('__text_signature__')
                if text:
                    return _parse_text_signature(cls, text)
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return cls()
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
        return _drop_first(sig) if skip_bound_arg else sig
    call = _user_method(type(obj), '__call__')
    if call is not None:
        try:
            sig = _signature_of(call, cls, follow_wrapped, skip_bound_arg)
        except ValueError as ex:
            raise ValueError('no signature found for {!r}'.format(obj)) from ex
        return _drop_first(sig) if skip_bound_arg else sig
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of the callable obj."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


FullArgSpec = collections.namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, '
                                                    'kwonlyargs, kwonlydefaults, annotations')
ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')


def getfullargspec(func):
    """The Python 2 style description of a callable's parameters."""
    try:
        sig = _signature_of(func, Signature, False, False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    kwonly = []
    defaults = ()
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for name, param in sig.parameters.items():
        kind = param.kind
        if kind <= _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not _empty:
                defaults = defaults + (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonly, kwdefaults or None,
                       annotations)


def getcallargs(func, /, *positional, **named):
    """The mapping of parameter names to values that a call func(*positional, **named) makes."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonly, kwdefaults, _ann = spec
    fname = func.__name__
    out = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    npos = len(positional)
    nargs = len(args)
    ndefaults = len(defaults) if defaults else 0
    for name, value in zip(args, positional):
        out[name] = value
    if varargs:
        out[varargs] = tuple(positional[nargs:])
    elif npos > nargs:
        raise TypeError('%s() takes %s positional argument%s but %d %s given'
                        % (fname, ('from %d to %d' % (nargs - ndefaults, nargs)
                                   if defaults else nargs), '' if nargs == 1 else 's',
                           npos, 'was' if npos == 1 else 'were'))
    if varkw:
        out[varkw] = {}
    for key, value in named.items():
        if key in args or key in kwonly:
            if key in out:
                raise TypeError("%s() got multiple values for argument '%s'" % (fname, key))
            out[key] = value
        elif varkw:
            out[varkw][key] = value
        else:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (fname, key))
    first_default = nargs - ndefaults
    missing = [a for a in args[:first_default] if a not in out]
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (fname, len(missing), '' if len(missing) == 1 else 's',
                           _names_list(missing)))
    for i, name in enumerate(args[first_default:]):
        out.setdefault(name, defaults[i])
    missing = []
    for name in kwonly:
        if name not in out:
            if kwdefaults and name in kwdefaults:
                out[name] = kwdefaults[name]
            else:
                missing.append(name)
    if missing:
        raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                        % (fname, len(missing), '' if len(missing) == 1 else 's',
                           _names_list(missing)))
    return out


def _names_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % tuple(quoted)
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def getargvalues(frame):
    code = frame.f_code
    names = list(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
    at = code.co_argcount + code.co_kwonlyargcount
    varargs = varkw = None
    if code.co_flags & CO_VARARGS:
        varargs = code.co_varnames[at]
        at += 1
    if code.co_flags & CO_VARKEYWORDS:
        varkw = code.co_varnames[at]
    return ArgInfo(names, varargs, varkw, frame.f_locals)
