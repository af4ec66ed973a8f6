"""Completion of Python names and attributes for readline: Completer(namespace).complete(text, state)
returns the state-th completion of text ('pri' -> 'print(', 'os.pa' -> 'os.path'), None after the
last. Importing the module installs a Completer of __main__ as readline's completer."""

import atexit
import builtins
import inspect
import keyword
import re
import __main__

__all__ = ['Completer']

# keywords completed without a trailing space, and those that take a colon
_BARE_KEYWORDS = {'False', 'None', 'True', 'break', 'continue', 'pass', 'else'}
_COLON_KEYWORDS = {'finally', 'try'}


class Completer:
    def __init__(self, namespace=None):
        if namespace is not None and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        # no namespace: complete in __main__'s, looked up at each completion
        self.use_main_ns = namespace is None
        self.namespace = {} if namespace is None else namespace

    def complete(self, text, state):
        if self.use_main_ns:
            self.namespace = vars(__main__)
        if not text or text.isspace():
            # nothing typed: Tab inserts a tab
            if state != 0:
                return None
            if not _readline_available:
                return '\t'
            for step in (lambda: readline.insert_text('\t'), readline.redisplay):
                step()
            return ''
        if not state:
            self.matches = self.attr_matches(text) if '.' in text else self.global_matches(text)
        if state < len(self.matches):
            return self.matches[state]
        return None

    def _callable_postfix(self, val, word):
        """word + '(' for a callable, '()' when it takes no arguments."""
        if not callable(val):
            return word
        try:
            takes_nothing = len(inspect.signature(val).parameters) == 0
        except (ValueError, TypeError):
            takes_nothing = False
        return word + ('()' if takes_nothing else '(')

    def global_matches(self, text):
        found = []
        done = {'__builtins__'}
        for kw in keyword.kwlist:
            if kw.startswith(text):
                done.add(kw)
                found.append(kw + (':' if kw in _COLON_KEYWORDS else '' if kw in _BARE_KEYWORDS else ' '))
        for space in (self.namespace, vars(builtins)):
            for name, val in space.items():
                if name not in done and name.startswith(text):
                    done.add(name)
                    found.append(self._callable_postfix(val, name))
        return found

    def attr_matches(self, text):
        m = re.match(r'(\w+(\.\w+)*)\.(\w*)', text)
        if m is None:
            return []
        expr, attr = m.group(1), m.group(3)
        try:
            obj = eval(expr, self.namespace)
        except Exception:
            return []
        words = set(dir(obj))
        words.discard('__builtins__')
        if hasattr(obj, '__class__'):
            words |= {'__class__', *_class_members(obj.__class__)}
        n = len(attr)
        # with nothing typed after the dot, private names only if there is nothing else
        hide = '_' if attr == '' else '__' if attr == '_' else None
        while True:
            found = []
            for word in words:
                if word[:n] != attr or (hide and word[:n + 1] == hide):
                    continue
                full = '%s.%s' % (expr, word)
                if isinstance(getattr(type(obj), word, None), property):
                    # a property: not evaluated, so no '(' either
                    found.append(full)
                    continue
                value = getattr(obj, word, None)
                found.append(self._callable_postfix(value, full) if value is not None else full)
            if found or not hide:
                break
            hide = '__' if hide == '_' else None
        found.sort()
        return found


def _class_members(cls):
    names = dir(cls)
    for base in getattr(cls, '__bases__', ()):
        names = names + _class_members(base)
    return names


def _install():
    """Make a Completer of __main__ readline's completer; False without readline."""
    global readline
    try:
        import readline
    except ImportError:
        return False
    readline.set_completer(Completer().complete)
    # the completer refers to __main__: drop it before shutdown clears modules
    atexit.register(readline.set_completer, None)
    return True


_readline_available = _install()
