"""Command-line parsing: ArgumentParser, actions, help formatters (CPython 3.11 behaviour).

Written for tspy from the documented behaviour of the module. Layout:
  - constants and small helpers (action names, item copying, ASCII whitespace folding);
  - HelpFormatter and its variants: a tree of sections whose items are (callable, args)
    pairs rendered lazily, so the widest invocation is known before any help column is placed;
  - Action and the built-in action classes;
  - _Container (shared by parsers and argument groups: registries, argument creation,
    conflict handling), _Group, _ExclusiveGroup;
  - ArgumentParser: the parsing loop.

Parsing model: every argument string is classified as 'O' (an option), 'A' (an argument) or
'-' (the '--' marker); after '--' everything is 'A'. Each action's nargs becomes a small
regular expression over that letter string; optionals take as many letters as their pattern
allows right after the option, positionals are matched greedily as a block between options.
"""
import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
    'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'

_ASCII_SPACE = ' \t\n\r\x0b\x0c'


def _gettext(text):
    return text


_ = _gettext


def _fold_spaces(text):
    """Runs of ASCII whitespace become one space; the ends are stripped."""
    words = []
    cur = []
    for ch in text:
        if ch in _ASCII_SPACE:
            if cur:
                words.append(''.join(cur))
                cur = []
        else:
            cur.append(ch)
    if cur:
        words.append(''.join(cur))
    return ' '.join(words)


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return list(items)
    import copy
    return copy.copy(items)


def _get_action_name(argument):
    """How error messages name an action: option strings, metavar, dest or choices."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for candidate in (argument.metavar, argument.dest):
        if candidate is not None and candidate is not SUPPRESS:
            return candidate
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class _AttributeHolder(object):
    """repr() as ClassName(positional..., name=value...)."""

    def __repr__(self):
        shown = [repr(a) for a in self._get_args()]
        odd = {}
        for key, val in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, val))
            else:
                odd[key] = val
        if odd:
            shown.append('**' + repr(odd))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


# ---------------------------------------------------------------------------------------------
# Help formatting


class _Section(object):
    def __init__(self, formatter, parent, heading=None):
        self.formatter = formatter
        self.parent = parent
        self.heading = heading
        self.items = []

    def format_help(self):
        fmt = self.formatter
        nested = self.parent is not None
        if nested:
            fmt._indent()
        body = fmt._join_parts([fn(*args) for fn, args in self.items])
        if nested:
            fmt._dedent()
        if not body:
            return ''
        title = ''
        if self.heading is not None and self.heading is not SUPPRESS:
            title = ' ' * fmt._current_indent + self.heading + ':\n'
        return fmt._join_parts(['\n', title, body, '\n'])


class HelpFormatter(object):
    """Formatter for generating usage messages and argument help strings."""

    _Section = _Section

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = _Section(self, None)
        self._current_section = self._root_section

    # -- indentation and sections
    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        sec = _Section(self, self._current_section, heading)
        self._add_item(sec.format_help, [])
        self._current_section = sec

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widest = len(self._format_action_invocation(action))
        for sub in self._iter_indented_subactions(action):
            widest = max(widest, len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length, widest + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if not text:
            return text
        # three or more newlines in a row collapse to a blank line
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'

    def _join_parts(self, part_strings):
        return ''.join([p for p in part_strings if p and p is not SUPPRESS])

    # -- usage
    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')
        if usage is not None:
            return '%s%s\n\n' % (prefix, usage % dict(prog=self._prog))
        prog = '%(prog)s' % dict(prog=self._prog)
        if not actions:
            return '%s%s\n\n' % (prefix, prog)
        opts = [a for a in actions if a.option_strings]
        poss = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(opts + poss, groups)
        usage = ' '.join([s for s in (prog, whole) if s])
        avail = self._width - self._current_indent
        if len(prefix) + len(usage) > avail:
            usage = self._wrap_usage(prefix, prog, opts, poss, groups, avail)
        return '%s%s\n\n' % (prefix, usage)

    def _wrap_usage(self, prefix, prog, opts, poss, groups, avail):
        chunk = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_parts = _re.findall(chunk, self._format_actions_usage(opts, groups))
        pos_parts = _re.findall(chunk, self._format_actions_usage(poss, groups))

        def fill(parts, pad, first_prefix=None):
            out = []
            cur = []
            used = (len(first_prefix) if first_prefix is not None else len(pad)) - 1
            for piece in parts:
                if cur and used + 1 + len(piece) > avail:
                    out.append(pad + ' '.join(cur))
                    cur = []
                    used = len(pad) - 1
                cur.append(piece)
                used += len(piece) + 1
            if cur:
                out.append(pad + ' '.join(cur))
            if first_prefix is not None:
                out[0] = out[0][len(pad):]
            return out

        if len(prefix) + len(prog) <= 0.75 * avail:
            pad = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = fill([prog] + opt_parts, pad, prefix) + fill(pos_parts, pad)
            elif pos_parts:
                lines = fill([prog] + pos_parts, pad, prefix)
            else:
                lines = [prog]
        else:
            pad = ' ' * len(prefix)
            lines = fill(opt_parts + pos_parts, pad)
            if len(lines) > 1:
                lines = fill(opt_parts, pad) + fill(pos_parts, pad)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        in_group = set()
        marks = {}

        def mark(pos, text, spaced):
            if pos in marks:
                marks[pos] += (' ' + text) if spaced else text
            else:
                marks[pos] = text

        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            lo = actions.index(members[0])
            hi = lo + len(members)
            if actions[lo:hi] != members:
                continue
            hidden = 0
            for a in members:
                in_group.add(a)
                if a.help is SUPPRESS:
                    hidden += 1
            if not group.required:
                mark(lo, '[', True)
                mark(hi, ']', False)
            elif len(members) - hidden > 1:
                mark(lo, '(', True)
                mark(hi, ')', False)
            for k in range(lo + 1, hi):
                marks[k] = '|'

        pieces = []
        for idx, action in enumerate(actions):
            if action.help is SUPPRESS:
                pieces.append(None)
                if marks.get(idx) == '|':
                    del marks[idx]
                elif marks.get(idx + 1) == '|':
                    del marks[idx + 1]
                continue
            if not action.option_strings:
                text = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in in_group and text[:1] == '[' and text[-1:] == ']':
                    text = text[1:-1]
                pieces.append(text)
                continue
            if action.nargs == 0:
                text = action.format_usage()
            else:
                meta = self._format_args(action, self._get_default_metavar_for_optional(action))
                text = action.option_strings[0] + ' ' + meta
            if not action.required and action not in in_group:
                text = '[' + text + ']'
            pieces.append(text)
        for pos in sorted(marks, reverse=True):
            pieces.insert(pos, marks[pos])
        text = ' '.join([p for p in pieces if p is not None])
        # tidy the brackets: no space inside them, no empty pairs
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        return text.strip()

    # -- text and actions
    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_col = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_col, 11)
        head_width = help_col - self._current_indent - 2
        head = self._format_action_invocation(action)
        lead = ' ' * self._current_indent
        first_pad = 0
        if not action.help:
            head = lead + head + '\n'
        elif len(head) <= head_width:
            head = lead + head.ljust(head_width) + '  '
        else:
            head = lead + head + '\n'
            first_pad = help_col
        out = [head]
        if action.help and action.help.strip():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, help_width)
                out.append(' ' * first_pad + lines[0] + '\n')
                for line in lines[1:]:
                    out.append(' ' * help_col + line + '\n')
        elif not head.endswith('\n'):
            out.append('\n')
        for sub in self._iter_indented_subactions(action):
            out.append(self._format_action(sub))
        return self._join_parts(out)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            dflt = self._get_default_metavar_for_positional(action)
            return self._metavar_formatter(action, dflt)(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        meta = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(['%s %s' % (s, meta) for s in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            name = default_metavar

        def sized(n):
            if isinstance(name, tuple):
                return name
            return (name,) * n
        return sized

    def _format_args(self, action, default_metavar):
        meta = self._metavar_formatter(action, default_metavar)
        n = action.nargs
        if n is None:
            return '%s' % meta(1)
        if n == OPTIONAL:
            return '[%s]' % meta(1)
        if n == ZERO_OR_MORE:
            names = meta(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if n == ONE_OR_MORE:
            return '%s [%s ...]' % meta(2)
        if n == REMAINDER:
            return '...'
        if n == PARSER:
            return '%s ...' % meta(1)
        if n == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * n
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(slots) % meta(n)

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in list(values):
            if values[key] is SUPPRESS:
                del values[key]
        for key in list(values):
            if hasattr(values[key], '__name__'):
                values[key] = values[key].__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join([str(c) for c in values['choices']])
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        try:
            subs = action._get_subactions
        except AttributeError:
            return
        self._indent()
        yield from subs()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_fold_spaces(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_fold_spaces(text), width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps description and epilog text exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(keepends=True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text (descriptions and argument help) as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to argument help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Default metavars are the names of the argument types."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------------
# Errors


class ArgumentError(Exception):
    """An error from creating or using an argument (optional or positional)."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= callable to report a bad value with its own message."""


# ---------------------------------------------------------------------------------------------
# Actions


class Action(_AttributeHolder):
    """Information about how to convert command line strings to Python objects."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.metavar = metavar
        self.help = help
        self.required = required
        self.choices = choices
        self.type = type

    def _get_kwargs(self):
        keys = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                'required', 'help', 'metavar')
        return [(k, getattr(self, k)) for k in keys]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        both = []
        for opt in option_strings:
            both.append(opt)
            if opt.startswith('--'):
                both.append('--no-' + opt[2:])
        super().__init__(option_strings=both, dest=dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=False, default=default,
                         required=required, help=help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not '
                             'supplying the value to append, the append const action may be '
                             'more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        acc = _copy_items(getattr(namespace, self.dest, None))
        acc.append(values)
        setattr(namespace, self.dest, acc)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        acc = _copy_items(getattr(namespace, self.dest, None))
        acc.append(self.const)
        setattr(namespace, self.dest, acc)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        n = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if n is None else n) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        fmt = parser._get_formatter()
        fmt.add_text(text)
        parser._print_message(fmt.format_help(), _sys.stdout)
        parser.exit()


class _ChoicesPseudoAction(Action):
    """A row of the subcommand list in help output."""

    def __init__(self, name, aliases, help):
        shown = name
        if aliases:
            shown += ' (%s)' % ', '.join(aliases)
        super().__init__(option_strings=[], dest=name, help=help, metavar=shown)


class _SubParsersAction(Action):
    _ChoicesPseudoAction = _ChoicesPseudoAction

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, _('conflicting subparser alias: %s') % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        sub = self._parser_class(**kwargs)
        self._name_parser_map[name] = sub
        for alias in aliases:
            self._name_parser_map[alias] = sub
        return sub

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        sub = self._name_parser_map.get(chosen)
        if sub is None:
            raise ArgumentError(self, _('unknown parser %r (choices: %s)')
                                % (chosen, ', '.join(self._name_parser_map)))
        # the subparser's defaults override the parent's values for the same names
        subns, rest = sub.parse_known_args(rest, None)
        for key, val in vars(subns).items():
            setattr(namespace, key, val)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        acc = _copy_items(getattr(namespace, self.dest, None))
        acc.extend(values)
        setattr(namespace, self.dest, acc)


class FileType(object):
    """Factory for file objects: FileType('w')(name) opens name for writing; '-' is stdio."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            binary = 'b' in self._mode
            if 'r' in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError(_('argument "-" with mode %r') % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError(_("can't open '%s': %s") % (string, exc))

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        for key, val in (('encoding', self._encoding), ('errors', self._errors)):
            if val is not None:
                shown.append('%s=%r' % (key, val))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Namespace(_AttributeHolder):
    """A plain attribute container returned by parse_args()."""

    def __init__(self, **kwargs):
        for key, val in kwargs.items():
            setattr(self, key, val)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------------------------------------
# Containers of arguments


_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class _ActionsContainer(object):
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        for name, cls in ((None, _StoreAction), ('store', _StoreAction),
                          ('store_const', _StoreConstAction), ('store_true', _StoreTrueAction),
                          ('store_false', _StoreFalseAction), ('append', _AppendAction),
                          ('append_const', _AppendConstAction), ('count', _CountAction),
                          ('help', _HelpAction), ('version', _VersionAction),
                          ('parsers', _SubParsersAction), ('extend', _ExtendAction)):
            self.register('action', name, cls)
        self._get_handler()
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _NEGATIVE_NUMBER
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or add_argument(option_string, ...)"""
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        cls = self._pop_action_class(kwargs)
        if not callable(cls):
            raise ValueError('unknown action "%s"' % (cls,))
        action = cls(**kwargs)
        conv = self._registry_get('type', action.type, action.type)
        if not callable(conv):
            raise ValueError('%r is not callable' % (conv,))
        if conv is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (conv,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for opt in action.option_strings:
            self._option_string_actions[opt] = action
        if any(_NEGATIVE_NUMBER.match(o) for o in action.option_strings):
            if not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are named %r')
                                 % group.title)
            by_title[group.title] = group
        target = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                target[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            mine = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                target[action] = mine
        for action in container._actions:
            target.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError(_("'required' is an invalid argument for positionals"))
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE
                                                     and 'default' not in kwargs):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        opts = []
        longs = []
        for opt in args:
            if not opt[0] in self.prefix_chars:
                raise ValueError(
                    _('invalid option string %r: must start with a character %r')
                    % (opt, self.prefix_chars))
            opts.append(opt)
            if len(opt) > 1 and opt[1] in self.prefix_chars:
                longs.append(opt)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = longs[0] if longs else opts[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError(_('dest= is required for options like %r') % opt)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=opts)

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._registry_get('action', name, name)

    def _get_handler(self):
        method = getattr(self, '_handle_conflict_%s' % self.conflict_handler, None)
        if method is None:
            raise ValueError(_('invalid conflict_resolution value: %r') % self.conflict_handler)
        return method

    def _check_conflict(self, action):
        clashes = [(o, self._option_string_actions[o]) for o in action.option_strings
                   if o in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        word = 'string' if len(conflicting_actions) == 1 else 'strings'
        names = ', '.join([o for o, _a in conflicting_actions])
        raise ArgumentError(action, 'conflicting option %s: %s' % (word, names))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for opt, old in conflicting_actions:
            old.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not old.option_strings:
                old.container._remove_action(old)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # a group shares its container's tables
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---------------------------------------------------------------------------------------------
# The parser


def _nargs_regex(nargs, optional):
    """The pattern over 'O'/'A'/'-' letters that an action with this nargs consumes."""
    if nargs is None:
        pat = '(-*A-*)'
    elif nargs == OPTIONAL:
        pat = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pat = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pat = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pat = '([-AO]*)'
    elif nargs == PARSER:
        pat = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pat = '(-*-*)'
    else:
        pat = '(-*%s-*)' % '-*'.join('A' * nargs)
    if optional:
        # an option's own arguments never include the '--' marker
        pat = pat.replace('-*', '').replace('-', '')
    return pat


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Object for parsing command line strings into Python objects."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.exit_on_error = exit_on_error
        self.allow_abbrev = allow_abbrev
        self.add_help = add_help
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.formatter_class = formatter_class
        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None
        self.register('type', None, lambda string: string)
        lead = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help', default=SUPPRESS,
                              help=_('show this help message and exit'))
        for parent in parents:
            self._add_container_actions(parent)
            extra = getattr(parent, '_defaults', None)
            if extra is not None:
                self._defaults.update(extra)

    def _get_kwargs(self):
        keys = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                'add_help')
        return [(k, getattr(self, k)) for k in keys]

    # -- building
    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            desc = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, desc)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, self._get_positional_actions(),
                          self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        cls = self._pop_action_class(kwargs, 'parsers')
        action = cls(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing entry points
    def parse_args(self, args=None, namespace=None):
        ns, rest = self.parse_known_args(args, namespace)
        if rest:
            self.error(_('unrecognized arguments: %s') % ' '.join(rest))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, val in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, val)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _ParseRun(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        out = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                out.append(arg)
                continue
            try:
                with open(arg[1:]) as fh:
                    lines = fh.read().splitlines()
            except OSError as err:
                self.error(str(err))
            loaded = []
            for line in lines:
                loaded.extend(self.convert_arg_line_to_args(line))
            out.extend(self._read_args_from_files(loaded))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        m = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if m is None:
            fixed = {None: _('expected one argument'),
                     OPTIONAL: _('expected at most one argument'),
                     ONE_OR_MORE: _('expected at least one argument')}
            if action.nargs in fixed:
                msg = fixed[action.nargs]
            elif action.nargs == 1:
                msg = 'expected %s argument' % action.nargs
            else:
                msg = 'expected %s arguments' % action.nargs
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        for count in range(len(actions), 0, -1):
            pat = ''.join([self._get_nargs_pattern(a) for a in actions[:count]])
            m = _re.match(pat, arg_strings_pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _parse_optional(self, arg_string):
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            head, tail = arg_string.split('=', 1)
            if head in known:
                return known[head], head, tail
        found = self._get_option_tuples(arg_string)
        if len(found) > 1:
            self.error(_('ambiguous option: %s could match %s')
                       % (arg_string, ', '.join([t[1] for t in found])))
        if len(found) == 1:
            return found[0]
        if _NEGATIVE_NUMBER.match(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        pref = self.prefix_chars
        hits = []
        if option_string[0] in pref and option_string[1] in pref:
            if self.allow_abbrev:
                stem, _sep, tail = option_string.partition('=')
                value = tail if _sep else None
                for opt, action in self._option_string_actions.items():
                    if opt.startswith(stem):
                        hits.append((action, opt, value))
        elif option_string[0] in pref:
            short = option_string[:2]
            attached = option_string[2:]
            for opt, action in self._option_string_actions.items():
                if opt == short:
                    hits.append((action, opt, attached))
                elif opt.startswith(option_string):
                    hits.append((action, opt, None))
        else:
            self.error(_('unexpected option string: %s') % option_string)
        return hits

    def _get_nargs_pattern(self, action):
        return _nargs_regex(action.nargs, bool(action.option_strings))

    def parse_intermixed_args(self, args=None, namespace=None):
        ns, rest = self.parse_known_intermixed_args(args, namespace)
        if rest:
            self.error(_('unrecognized arguments: %s') % ' '.join(rest))
        return ns

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Options first (positionals hidden), then the leftovers as positionals.
        positionals = self._get_positional_actions()
        if any(a.nargs in (PARSER, REMAINDER) for a in positionals):
            raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                            % [a.nargs for a in positionals
                               if a.nargs in (PARSER, REMAINDER)][0])
        saved = [(a, a.nargs, a.default) for a in positionals]
        try:
            for a in positionals:
                a.nargs = SUPPRESS
                a.default = SUPPRESS
            ns, rest = self.parse_known_args(args, namespace)
        finally:
            for a, n, d in saved:
                a.nargs = n
                a.default = d
        optionals = self._get_optional_actions()
        saved_req = [(a, a.required) for a in optionals]
        try:
            for a in optionals:
                a.required = False
            ns, extras = self.parse_known_args(rest, ns)
        finally:
            for a, r in saved_req:
                a.required = r
        return ns, extras

    # -- values
    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        nargs = action.nargs
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is None:
                return arg_strings
            self._check_value(action, action.default)
            return action.default
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, s) for s in arg_strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for v in values:
                self._check_value(action, v)
        return values

    def _get_value(self, action, arg_string):
        conv = self._registry_get('type', action.type, action.type)
        if not callable(conv):
            raise ArgumentError(action, _('%r is not callable') % (conv,))
        try:
            return conv(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            tname = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %s value: %r') % (tname, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            listed = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, _('invalid choice: %r (choose from %s)')
                                % (value, listed))

    # -- help
    def format_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt.format_help()

    def format_help(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        fmt.add_text(self.description)
        for group in self._action_groups:
            fmt.start_section(group.title)
            fmt.add_text(group.description)
            fmt.add_arguments(group._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        if file is None:
            file = _sys.stderr
        try:
            file.write(message)
        except (AttributeError, OSError):
            pass

    # -- leaving
    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and the message to stderr and exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n') % {'prog': self.prog,
                                                            'message': message})


class _ParseRun(object):
    """One pass of ArgumentParser._parse_known_args over a list of strings."""

    def __init__(self, parser, arg_strings, namespace):
        self.parser = parser
        self.args = arg_strings
        self.ns = namespace
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, a in enumerate(members):
                self.conflicts.setdefault(a, []).extend(members[:i] + members[i + 1:])
        # classify the strings
        self.option_at = {}
        letters = []
        after_marker = False
        for i, s in enumerate(arg_strings):
            if after_marker:
                letters.append('A')
            elif s == '--':
                letters.append('-')
                after_marker = True
            else:
                found = parser._parse_optional(s)
                if found is None:
                    letters.append('A')
                else:
                    self.option_at[i] = found
                    letters.append('O')
        self.pattern = ''.join(letters)
        self.positionals = parser._get_positional_actions()

    def take(self, action, strings, option_string=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        if values is not action.default:
            self.seen_non_default.add(action)
            for other in self.conflicts.get(action, ()):
                if other in self.seen_non_default:
                    raise ArgumentError(action, _('not allowed with argument %s')
                                        % _get_action_name(other))
        if values is not SUPPRESS:
            action(self.parser, self.ns, values, option_string)

    def consume_optional(self, index):
        parser = self.parser
        action, opt, explicit = self.option_at[index]
        todo = []
        while True:
            if action is None:
                self.extras.append(self.args[index])
                return index + 1
            if explicit is None:
                first = index + 1
                count = parser._match_argument(action, self.pattern[first:])
                end = first + count
                todo.append((action, self.args[first:end], opt))
                break
            count = parser._match_argument(action, 'A')
            if count == 0 and opt[1] not in parser.prefix_chars and explicit != '':
                # -xyz where -x takes no argument: -x, then -y with 'z' attached
                todo.append((action, [], opt))
                opt = opt[0] + explicit[0]
                rest = explicit[1:] or None
                if opt not in parser._option_string_actions:
                    raise ArgumentError(action, _('ignored explicit argument %r') % explicit)
                action = parser._option_string_actions[opt]
                explicit = rest
            elif count == 1:
                end = index + 1
                todo.append((action, [explicit], opt))
                break
            else:
                raise ArgumentError(action, _('ignored explicit argument %r') % explicit)
        for a, strings, o in todo:
            self.take(a, strings, o)
        return end

    def consume_positionals(self, index):
        counts = self.parser._match_arguments_partial(self.positionals, self.pattern[index:])
        for action, n in zip(self.positionals, counts):
            strings = self.args[index:index + n]
            index += n
            self.take(action, strings)
        del self.positionals[:len(counts)]
        return index

    def run(self):
        parser = self.parser
        starts = sorted(self.option_at)
        last_option = starts[-1] if starts else -1
        index = 0
        while index <= last_option:
            next_option = min([i for i in starts if i >= index])
            if index != next_option:
                stop = self.consume_positionals(index)
                if stop > index:
                    index = stop
                    continue
                index = stop
            if index not in self.option_at:
                self.extras.extend(self.args[index:next_option])
                index = next_option
            index = self.consume_optional(index)
        stop = self.consume_positionals(index)
        self.extras.extend(self.args[stop:])

        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(self.ns, action.dest)
                  and action.default is getattr(self.ns, action.dest)):
                setattr(self.ns, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error(_('the following arguments are required: %s') % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if any(a in self.seen_non_default for a in group._group_actions):
                continue
            names = [_get_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
            parser.error(_('one of the arguments %s is required') % ' '.join(names))
        return self.ns, self.extras
