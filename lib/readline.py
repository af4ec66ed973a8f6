"""The readline module's interface, kept by tspy itself.

tspy has no GNU readline: the interactive prompt has its own line editor (history in
~/.tspy_history, Tab completion). This module keeps what programs ask readline to keep: a
history list (add/get/replace/remove items, read/write/append history files), the completer and
its delimiters, the startup and pre-input hooks. Key bindings (parse_and_bind, init files) are
accepted and ignored.
"""

_READLINE_VERSION = 0x0802
_READLINE_RUNTIME_VERSION = 0x0802
_READLINE_LIBRARY_VERSION = '8.2'

_history = []
_history_length = -1
_auto_history = True
_completer = None
_delims = ' \t\n`~!@#$%^&*()-=+[{]}\\|;:\'",<>/?'
_startup_hook = None
_pre_input_hook = None
_display_hook = None


def parse_and_bind(string):
    """Accepted and ignored (tspy's editor has fixed bindings)."""
    if not isinstance(string, str):
        raise TypeError('parse_and_bind() argument must be str, not %s' % type(string).__name__)


def read_init_file(filename=None):
    """Accepted and ignored."""


def get_line_buffer():
    return ''


def insert_text(string):
    if not isinstance(string, str):
        raise TypeError('insert_text() argument must be str, not %s' % type(string).__name__)


def redisplay():
    pass


def _trim():
    if _history_length >= 0 and len(_history) > _history_length:
        del _history[:len(_history) - _history_length]


def add_history(string):
    if not isinstance(string, str):
        raise TypeError('add_history() argument must be str, not %s' % type(string).__name__)
    _history.append(string)
    _trim()


def clear_history():
    _history.clear()


def get_current_history_length():
    return len(_history)


def get_history_length():
    return _history_length


def set_history_length(length):
    global _history_length
    _history_length = int(length)


def get_history_item(index):
    """Item `index` of the history, counted from 1; None outside it."""
    if 1 <= index <= len(_history):
        return _history[index - 1]
    return None


def remove_history_item(pos):
    if not 0 <= pos < len(_history):
        raise ValueError('No history item at position %d' % pos)
    del _history[pos]


def replace_history_item(pos, line):
    if not 0 <= pos < len(_history):
        raise ValueError('No history item at position %d' % pos)
    _history[pos] = line


def set_auto_history(enabled):
    global _auto_history
    _auto_history = bool(enabled)


def _history_file(filename):
    if filename is None:
        import os
        filename = os.path.join(os.path.expanduser('~'), '.history')
    return filename


def read_history_file(filename=None):
    with open(_history_file(filename), encoding='utf-8', errors='surrogateescape') as f:
        for line in f.read().splitlines():
            _history.append(line)
    _trim()


def write_history_file(filename=None):
    lines = _history if _history_length < 0 else _history[len(_history) - _history_length:] if _history_length else []
    with open(_history_file(filename), 'w', encoding='utf-8', errors='surrogateescape') as f:
        for line in lines:
            f.write(line + '\n')


def append_history_file(nelements, filename=None):
    start = max(0, len(_history) - nelements)
    with open(_history_file(filename), 'a', encoding='utf-8', errors='surrogateescape') as f:
        for line in _history[start:]:
            f.write(line + '\n')


def set_completer(function=None):
    global _completer
    if function is not None and not callable(function):
        raise TypeError('set_completer(func): argument not callable')
    _completer = function


def get_completer():
    return _completer


def get_completion_type():
    return 0


def get_begidx():
    return 0


def get_endidx():
    return 0


def set_completer_delims(string):
    global _delims
    _delims = string


def get_completer_delims():
    return _delims


def set_startup_hook(function=None):
    global _startup_hook
    if function is not None and not callable(function):
        raise TypeError('set_startup_hook(func): argument not callable')
    _startup_hook = function


def set_pre_input_hook(function=None):
    global _pre_input_hook
    if function is not None and not callable(function):
        raise TypeError('set_pre_input_hook(func): argument not callable')
    _pre_input_hook = function


def set_completion_display_matches_hook(function=None):
    global _display_hook
    if function is not None and not callable(function):
        raise TypeError('set_completion_display_matches_hook(func): argument not callable')
    _display_hook = function
