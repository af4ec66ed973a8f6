"""Text documentation of Python objects: what help() prints.

help(thing) renders a module, class, function, method, descriptor or value as plain text and
hands it to the pager (on a terminal and off one, tspy writes it out whole). The layout is
CPython's: 'Help on ... in module ...:', a class's signature, docstring, method resolution order
and its members grouped by kind ('Methods defined here:', 'Data descriptors inherited from B:'...),
separated by 70 dashes, every line behind ' |  '.

Topic and keyword help needs pydoc_data, which tspy does not ship: help('if') says so.
"""

import builtins
import inspect
import os
import reprlib
import sys

__all__ = ['help', 'doc', 'render_doc', 'getdoc', 'describe', 'locate', 'plain', 'pager',
           'text', 'plaintext', 'TextDoc', 'Helper', 'ErrorDuringImport']

# ---- docstrings -------------------------------------------------------------------------------

def _own_doc(obj):
    """obj's own __doc__ (not one its type supplies), or None."""
    try:
        doc = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type:
        tdoc = type(obj).__doc__
        if isinstance(tdoc, str) and tdoc == doc:
            return None
    return doc


def _owner_class(func):
    """The class a function was defined in, found through its __qualname__."""
    qual = getattr(func, '__qualname__', '')
    owner = qual.rpartition('.')[0]
    if not owner or '<locals>' in owner:
        return None
    target = sys.modules.get(getattr(func, '__module__', None))
    for part in owner.split('.'):
        target = getattr(target, part, None)
    return target if inspect.isclass(target) else None


def _inherited(obj):
    """The doc a base class gives the same member, for a member without its own."""
    if inspect.ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        cls = owner if inspect.isclass(owner) and getattr(owner, name, None).__self__ is owner else type(owner)
    elif inspect.isfunction(obj):
        name = obj.__name__
        cls = _owner_class(obj)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif inspect.isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        cls = owner if inspect.isclass(owner) else type(owner)
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__ if func is not None else None
        cls = _owner_class(func) if func is not None else None
        if cls is None:
            return None
    elif inspect.ismethoddescriptor(obj) or inspect.isdatadescriptor(obj):
        name = getattr(obj, '__name__', None)
        cls = getattr(obj, '__objclass__', None)
    else:
        return None
    if name is None or cls is None:
        return None
    for base in cls.__mro__:
        try:
            doc = _own_doc(getattr(base, name))
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _getdoc(obj):
    doc = _own_doc(obj)
    if doc is None:
        try:
            doc = _inherited(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(obj):
    """The doc string of obj (or the comments above its source), cleaned up; '' if none."""
    result = _getdoc(obj) or inspect.getcomments(obj)
    if not result:
        return ''
    result = result.rstrip()
    # a first line of spaces only is dropped
    head, nl, rest = result.partition('\n')
    if nl and not head.strip(' '):
        result = rest
    return result


# ---- names, descriptions, lookup --------------------------------------------------------------

_HIDDEN = {'__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__',
           '__file__', '__spec__', '__loader__', '__module__', '__name__', '__package__',
           '__path__', '__qualname__', '__slots__', '__version__'}


def visiblename(name, all=None, obj=None):
    """Whether help() shows a member called name."""
    if name in _HIDDEN:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    if all is not None:
        return name in all
    return not name.startswith('_')


def classname(cls, modname):
    """cls's name as seen from module modname: qualified when it lives elsewhere."""
    name = cls.__qualname__
    if cls.__module__ != modname:
        name = cls.__module__ + '.' + name
    return name


def describe(thing):
    """A short description of thing: 'class C', 'function f', 'built-in module sys'..."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        return ('package ' if hasattr(thing, '__path__') else 'module ') + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing) or inspect.ismemberdescriptor(thing):
        kind = 'getset' if inspect.isgetsetdescriptor(thing) else 'member'
        owner = thing.__objclass__
        return '%s descriptor %s.%s.%s' % (kind, owner.__module__, owner.__name__, thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


class ErrorDuringImport(Exception):
    """An error raised while importing a module help() was asked about."""
    def __init__(self, filename, exc_info):
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        return 'problem in %s - %s: %s' % (self.filename, self.exc.__name__, self.value)


def locate(path, forceload=0):
    """The object a dotted name names (a module, then attributes), or None."""
    parts = [p for p in path.split('.') if p]
    module, n = None, 0
    while n < len(parts):
        try:
            nextmodule = __import__('.'.join(parts[:n + 1]))
        except ImportError:
            break
        except Exception:
            raise ErrorDuringImport('.'.join(parts[:n + 1]), sys.exc_info())
        module = sys.modules.get('.'.join(parts[:n + 1]), nextmodule)
        n += 1
    if module is not None:
        obj = module
    else:
        obj = builtins
    for part in parts[n:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def resolve(thing, forceload=0):
    """(object, name) for a thing or a dotted name."""
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError('No Python documentation found for %r.\n'
                              'Use help() to get the interactive help utility.\n'
                              'Use help(str) for help on the str class.' % thing)
        return obj, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


# ---- text rendering ---------------------------------------------------------------------------

def _strip_address(text):
    """repr text without ' at 0x...' addresses."""
    out = []
    i = 0
    while True:
        j = text.find(' at 0x', i)
        if j < 0:
            out.append(text[i:])
            return ''.join(out)
        k = j + 6
        while k < len(text) and text[k] in '0123456789abcdefABCDEF':
            k += 1
        out.append(text[i:j])
        i = k


def _cram(text, limit):
    if len(text) > limit:
        keep = max(0, limit - 3) // 2
        tail = max(0, limit - 3 - keep)
        return text[:keep] + '...' + text[len(text) - tail:]
    return text


class TextRepr(reprlib.Repr):
    """Short reprs for values in help text: containers cut after 20 items, long text in the middle."""

    def __init__(self):
        super().__init__()
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def repr1(self, x, level):
        tname = getattr(type(x), '__name__', None)
        if tname is not None:
            method = getattr(self, 'repr_' + '_'.join(tname.split()), None)
            if method is not None:
                return method(x, level)
        return _cram(_strip_address(repr(x)), self.maxother)

    def repr_string(self, x, level):
        short = _cram(x, self.maxstring)
        r = repr(short)
        if '\\' in short and '\\' not in r.replace('\\\\', ''):
            # the backslashes are the text's own: a raw string shows them as they are
            return 'r' + r[0] + short + r[0]
        return r

    repr_str = repr_string

    def repr_instance(self, x, level):
        try:
            return _cram(_strip_address(repr(x)), self.maxstring)
        except Exception:
            return '<%s instance>' % type(x).__name__


class TextDoc:
    """Renders documentation as text; bold is drawn with backspaces (plain() removes it)."""

    _repr = TextRepr()

    def repr(self, x):
        return self._repr.repr(x)

    def bold(self, text):
        return ''.join(ch + '\b' + ch for ch in text)

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        lines = [prefix + line for line in text.split('\n')]
        lines[-1] = lines[-1].rstrip()
        return '\n'.join(lines)

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def document(self, obj, name=None, *args):
        try:
            if inspect.ismodule(obj):
                return self.docmodule(obj, name, *args)
            if inspect.isclass(obj):
                return self.docclass(obj, name, *args)
            if inspect.isroutine(obj):
                return self.docroutine(obj, name, *args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(obj):
            return self.docdata(obj, name, *args)
        return self.docother(obj, name, *args)

    # -- routines, data
    def docroutine(self, obj, name=None, mod=None, cl=None, *ignored):
        realname = obj.__name__
        name = name or realname
        note = ''
        skipdocs = False
        self_obj = getattr(obj, '__self__', None)
        if inspect.ismethod(obj) or (inspect.isbuiltin(obj) and self_obj is not None and not inspect.ismodule(self_obj)):
            owner = self_obj.__class__
            if cl:
                if owner is not cl:
                    note = ' from ' + classname(owner, mod)
            elif self_obj is not None:
                note = ' method of %s instance' % classname(owner, mod)
            else:
                note = ' unbound %s method' % classname(owner, mod)
        qualifier = 'async ' if inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj) else ''
        if name == realname:
            title = self.bold(realname)
        else:
            if cl and inspect.getattr_static(cl, realname, []) is obj:
                skipdocs = True
            title = self.bold(name) + ' = ' + realname
        argspec = None
        if inspect.isroutine(obj):
            try:
                sig = inspect.signature(obj)
            except (ValueError, TypeError):
                sig = None
            if sig:
                argspec = str(sig)
                if realname == '<lambda>':
                    title = self.bold(name) + ' lambda '
                    argspec = argspec[1:-1]
        if not argspec:
            argspec = '(...)'
        decl = qualifier + title + argspec + note
        if skipdocs:
            return decl + '\n'
        doc = getdoc(obj) or ''
        return decl + '\n' + (doc and self.indent(doc).rstrip() + '\n')

    def docdata(self, obj, name=None, mod=None, cl=None, *ignored):
        parts = []
        if name:
            parts.append(self.bold(name) + '\n')
        doc = getdoc(obj) or ''
        if doc:
            parts.append(self.indent(doc) + '\n')
        return ''.join(parts)

    docproperty = docdata

    def docother(self, obj, name=None, mod=None, parent=None, *ignored, maxlen=None, doc=None):
        text = self.repr(obj)
        if maxlen:
            line = (name + ' = ' if name else '') + text
            over = len(line) - maxlen
            if over > 0:
                text = text[:-over] + '...'
        line = (self.bold(name) + ' = ' if name else '') + text
        if not doc:
            doc = getdoc(obj)
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line

    # -- classes
    def docclass(self, cls, name=None, mod=None, *ignored):
        realname = cls.__name__
        name = name or realname
        bases = cls.__bases__

        def basename(c, m=cls.__module__):
            return classname(c, m)

        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if bases:
            title += '(%s)' % ', '.join(basename(b) for b in bases)

        lines = []
        push = lines.append
        try:
            sig = inspect.signature(cls)
        except (ValueError, TypeError):
            sig = None
        if sig:
            spec = str(sig)
            if spec and spec != '()':
                push(name + spec + '\n')
        doc = getdoc(cls)
        if doc:
            push(doc + '\n')

        mro = list(inspect.getmro(cls))
        if len(mro) > 2:
            push('Method resolution order:')
            for base in mro:
                push('    ' + basename(base))
            push('')

        subs = sorted((str(c.__name__) for c in type.__subclasses__(cls)
                       if not c.__name__.startswith('_') and c.__module__ == 'builtins'), key=str.lower)
        if subs:
            push('Built-in subclasses:')
            for s in subs[:4]:
                push('    ' + s)
            if len(subs) > 4:
                push('    ... and ' + str(len(subs) - 4) + ' other subclasses')
            push('')

        state = {'rule': False}

        def rule():
            if state['rule']:
                push('-' * 70)
            state['rule'] = True

        def member(attr_name, home):
            try:
                return getattr(cls, attr_name)
            except Exception:
                return home.__dict__[attr_name]

        def spill(msg, items, wanted, render):
            """One section: the heading, then each wanted attribute as render makes it."""
            keep, rest = _partition(items, wanted)
            if keep:
                rule()
                push(msg)
                for attr in keep:
                    push(render(*attr))
            return rest

        def as_member(attr_name, kind, home, value):
            try:
                obj = getattr(cls, attr_name)
            except Exception:
                # a descriptor whose __get__ fails is shown as data
                return self.docdata(value, attr_name, cls.__module__)
            return self.document(obj, attr_name, cls.__module__, cls)

        def as_descriptor(attr_name, kind, home, value):
            return self.docdata(value, attr_name, cls.__module__)

        def as_data(attr_name, kind, home, value):
            doc = getdoc(value) if callable(value) or inspect.isdatadescriptor(value) else None
            return self.docother(member(attr_name, home), attr_name, cls.__module__, maxlen=70, doc=doc) + '\n'

        kinds = (('Methods %s:\n', 'method', as_member), ('Class methods %s:\n', 'class method', as_member),
                 ('Static methods %s:\n', 'static method', as_member),
                 ('Readonly properties %s:\n', 'readonly property', as_descriptor),
                 ('Data descriptors %s:\n', 'data descriptor', as_descriptor),
                 ('Data and other attributes %s:\n', 'data', as_data))

        attrs = [a for a in classify_class_attrs(cls) if visiblename(a[0], obj=cls)]
        pending = list(mro)
        while attrs:
            here = pending.pop(0) if pending else attrs[0][2]
            attrs, inherited = _partition(attrs, lambda a: a[2] is here)
            if cls is not builtins.object and here is builtins.object:
                attrs = inherited
                continue
            tag = 'defined here' if here is cls else 'inherited from %s' % classname(here, cls.__module__)
            _sort_attributes(attrs, cls)
            for heading, kind, render in kinds:
                attrs = spill(heading % tag, attrs, lambda a, k=kind: a[1] == k, render)
            attrs = inherited

        body = '\n'.join(lines)
        if not body:
            return title + '\n'
        return title + '\n' + self.indent(body.rstrip(), ' |  ') + '\n'

    # -- modules
    def docmodule(self, module, name=None, mod=None, *ignored):
        name = module.__name__
        doc = getdoc(module)
        synopsis, _, rest = doc.partition('\n') if doc else ('', '', '')
        out = self.section('NAME', name + (synopsis and ' - ' + synopsis))
        all_names = getattr(module, '__all__', None)
        if rest.strip():
            out += self.section('DESCRIPTION', rest.strip('\n'))
        elif doc and not synopsis:
            out += self.section('DESCRIPTION', doc)

        classes, funcs, data = [], [], []
        for key, value in inspect.getmembers(module, inspect.isclass):
            if (all_names is not None or (inspect.getmodule(value) or module) is module) and visiblename(key, all_names, module):
                classes.append((key, value))
        for key, value in inspect.getmembers(module, inspect.isroutine):
            if (all_names is not None or inspect.isbuiltin(value) or inspect.getmodule(value) is module) and visiblename(key, all_names, module):
                funcs.append((key, value))
        for key, value in inspect.getmembers(module, lambda v: not (inspect.ismodule(v) or inspect.isclass(v) or inspect.isroutine(v))):
            if visiblename(key, all_names, module):
                data.append((key, value))

        if hasattr(module, '__path__'):
            subs = sorted(name for name in _package_contents(module))
            if subs:
                out += self.section('PACKAGE CONTENTS', '\n'.join(subs))
        if classes:
            parts = [self.formattree(inspect.getclasstree([v for k, v in classes], True), name)]
            parts.extend(self.document(v, k, name) for k, v in classes)
            out += self.section('CLASSES', '\n'.join(parts))
        if funcs:
            out += self.section('FUNCTIONS', '\n'.join(self.document(v, k, name) for k, v in funcs))
        if data:
            out += self.section('DATA', '\n'.join(self.docother(v, k, name, maxlen=70) for k, v in data))
        if hasattr(module, '__version__'):
            version = str(module.__version__)
            out += self.section('VERSION', version)
        for field, title in (('__date__', 'DATE'), ('__author__', 'AUTHOR'), ('__credits__', 'CREDITS')):
            if hasattr(module, field):
                out += self.section(title, str(getattr(module, field)))
        try:
            where = inspect.getabsfile(module)
        except TypeError:
            where = '(built-in)'
        out += self.section('FILE', where)
        return out

    def formattree(self, tree, modname, parent=None, prefix=''):
        out = ''
        for entry in tree:
            if isinstance(entry, tuple):
                c, bases = entry
                out += prefix + classname(c, modname)
                if bases and bases != (parent,):
                    out += '(%s)' % ', '.join(classname(b, modname) for b in bases)
                out += '\n'
            elif isinstance(entry, list):
                out += self.formattree(entry, modname, c, prefix + '    ')
        return out


class _PlainTextDoc(TextDoc):
    """TextDoc without the backspace bold."""
    def bold(self, text):
        return text


def _partition(items, wanted):
    yes, no = [], []
    for item in items:
        (yes if wanted(item) else no).append(item)
    return yes, no


def _sort_attributes(attrs, cls):
    fields = getattr(cls, '_fields', [])
    try:
        order = {name: i - len(fields) for i, name in enumerate(fields)}
    except TypeError:
        order = {}
    attrs.sort(key=lambda a: (order.get(a[0], 0), a[0]))


def classify_class_attrs(cls):
    """inspect.classify_class_attrs with data descriptors and read-only properties told apart."""
    out = []
    for name, kind, home, value in inspect.classify_class_attrs(cls):
        if inspect.isdatadescriptor(value):
            kind = 'data descriptor'
            if isinstance(value, property) and value.fset is None:
                kind = 'readonly property'
        out.append((name, kind, home, value))
    return out


def _package_contents(module):
    found = set()
    for where in getattr(module, '__path__', []):
        try:
            names = os.listdir(where)
        except OSError:
            continue
        for entry in names:
            if entry.endswith('.py') and entry != '__init__.py':
                found.add(entry[:-3])
            elif os.path.isfile(os.path.join(where, entry, '__init__.py')):
                found.add(entry + ' (package)')
    return found


text = TextDoc()
plaintext = _PlainTextDoc()


def plain(text):
    """Remove backspace bold."""
    out = []
    for ch in text:
        if ch == '\b':
            if out:
                out.pop()
        else:
            out.append(ch)
    return ''.join(out)


def _escape_for(stream, text):
    encoding = getattr(stream, 'encoding', None) or 'utf-8'
    return text.encode(encoding, 'backslashreplace').decode(encoding)


def plainpager(text):
    sys.stdout.write(plain(_escape_for(sys.stdout, text)))


def getpager():
    return plainpager


def pager(text):
    """Show text to the user (tspy writes it out)."""
    getpager()(text)


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    """The text help() shows for thing."""
    if renderer is None:
        renderer = text
    obj, name = resolve(thing, forceload)
    desc = describe(obj)
    module = inspect.getmodule(obj)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not obj:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
            or inspect.isdatadescriptor(obj) or _getdoc(obj)):
        # a plain value: document its type
        if hasattr(obj, '__origin__'):
            obj = obj.__origin__
        else:
            obj = type(obj)
            desc += ' object'
    return title % desc + '\n\n' + renderer.document(obj, name)


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None, is_cli=False):
    """Show the documentation of thing (to output if given, else through the pager)."""
    try:
        if output is None:
            pager(render_doc(thing, title, forceload))
        else:
            output.write(render_doc(thing, title, forceload, plaintext))
    except (ImportError, ErrorDuringImport) as e:
        if is_cli:
            raise
        print(e)


class Helper:
    """The help() object: help(thing), or an interactive 'help> ' prompt."""

    keywords = {name: '' for name in (
        'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
        'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
        'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
        'return', 'try', 'while', 'with', 'yield')}

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    input = property(lambda self: self._input or sys.stdin)
    output = property(lambda self: self._output or sys.stdout)

    def __repr__(self):
        if inspect.stack()[1][3] == '?':
            self()
            return ''
        return '<%s.%s instance>' % (self.__class__.__module__, self.__class__.__qualname__)

    def __call__(self, request=None):
        if request is not None:
            self.help(request)
            return
        self.intro()
        self.interact()
        self.output.write('\nYou are now leaving help and returning to the Python interpreter.\n'
                          'If you want to ask for help on a particular object directly from the\n'
                          "interpreter, you can type \"help(object)\".  Executing \"help('string')\"\n"
                          'has the same effect as typing a particular string at the help> prompt.\n')

    def intro(self):
        self.output.write("\nWelcome to Python %s's help utility!\n\n"
                          "Enter the name of any module, keyword, or topic to get help on it.\n"
                          'To quit this help utility and return to the interpreter, just type "quit".\n'
                          % '.'.join(map(str, sys.version_info[:2])))

    def interact(self):
        self.output.write('\n')
        while True:
            try:
                request = self.getline('help> ')
                if not request:
                    break
            except (KeyboardInterrupt, EOFError):
                break
            request = request.strip()
            if len(request) > 2 and request[0] == request[-1] in ("'", '"') and request[0] not in request[1:-1]:
                request = request[1:-1]
            if request.lower() in ('q', 'quit'):
                break
            if request == 'help':
                self.intro()
            else:
                self.help(request)

    def getline(self, prompt):
        if self.input is sys.stdin:
            return input(prompt)
        self.output.write(prompt)
        self.output.flush()
        return self.input.readline()

    def help(self, request, is_cli=False):
        if isinstance(request, str):
            request = request.strip()
            if request in ('True', 'False', 'None'):
                doc(eval(request), 'Help on %s:', is_cli=is_cli)
            elif request in self.keywords or request in ('keywords', 'symbols', 'topics'):
                self.output.write('\nSorry, topic and keyword documentation is not available because the\n'
                                  'module "pydoc_data.topics" could not be found.\n')
            elif request == 'modules':
                self.output.write('\nPlease wait a moment while I gather a list of all available modules...\n\n')
                names = sorted(set(sys.builtin_module_names) | set(sys.modules))
                self.output.write('\n'.join(names) + '\n')
            elif request:
                doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
            else:
                doc(str, 'Help on %s:', output=self._output, is_cli=is_cli)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, 'Help on %s:', output=self._output, is_cli=is_cli)
        self.output.write('\n')


help = Helper()
