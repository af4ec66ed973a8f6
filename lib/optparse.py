"""Command-line option parsing with the optparse API (tspy).

OptionParser holds Option objects (made by add_option), parses argument lists into a Values
object plus the remaining positional arguments, and formats help as CPython 3.11's optparse
does (IndentedHelpFormatter / TitledHelpFormatter). Errors print the usage and
"PROG: error: MESSAGE" to stderr and exit with status 2.
"""

import os
import sys
import textwrap

__version__ = '.'.join(['1', '5', '3'])

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values',
           'OptionContainer', 'OptionGroup', 'OptionParser', 'HelpFormatter',
           'IndentedHelpFormatter', 'TitledHelpFormatter', 'OptParseError', 'OptionError',
           'OptionConflictError', 'OptionValueError', 'BadOptionError', 'check_choice']


def _(message):
    return message


def _ngettext(singular, plural, n):
    return singular if n == 1 else plural


# ---------------------------------------------------------------------------------------------
# Errors

class OptParseError(Exception):
    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """An Option was defined wrongly."""

    def __init__(self, msg, option):
        OptParseError.__init__(self, msg)
        self.option_id = '%s' % (option,)

    def __str__(self):
        if self.option_id:
            return 'option %s: %s' % (self.option_id, self.msg)
        return self.msg


class OptionConflictError(OptionError):
    pass


class OptionValueError(OptParseError):
    pass


class BadOptionError(OptParseError):
    """An option on the command line is not known."""

    def __init__(self, opt_str):
        OptParseError.__init__(self, opt_str)
        self.opt_str = opt_str

    def __str__(self):
        return _('no such option: %s') % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """A long option abbreviation matches several options."""

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = list(possibilities)

    def __str__(self):
        return _('ambiguous option: %s (%s?)') % (self.opt_str, ', '.join(self.possibilities))


# ---------------------------------------------------------------------------------------------
# Sentinels

SUPPRESS_HELP = 'SUPPRESS' + 'HELP'
SUPPRESS_USAGE = 'SUPPRESS' + 'USAGE'
NO_DEFAULT = ('NO', 'DEFAULT')


# ---------------------------------------------------------------------------------------------
# Help formatting

class HelpFormatter:
    """Lays out usage, headings, descriptions and the option list."""

    NO_DEFAULT_VALUE = 'none'

    def __init__(self, indent_increment, max_help_position, width, short_first):
        if width is None:
            # The terminal's width from $COLUMNS (80 when unset or not a number), less 2.
            columns = os.environ.get('COLUMNS', '')
            width = (int(columns) if columns.strip().lstrip('+-').isdigit() else 80) - 2
        position = min(max_help_position, max(width - 20, indent_increment * 2))
        self.parser, self.indent_increment, self.width = None, indent_increment, width
        self.help_position = self.max_help_position = position
        self.current_indent = self.level = 0
        self.help_width, self.short_first = None, short_first
        self.default_tag = '%default'
        self.option_strings = dict()
        self._short_opt_fmt, self._long_opt_fmt = '%s %s', '%s=%s'

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim not in ('', ' '):
            raise ValueError('invalid metavar delimiter for short options: %r' % delim)
        self._short_opt_fmt = '%s' + delim + '%s'

    def set_long_opt_delimiter(self, delim):
        if delim not in ('=', ' '):
            raise ValueError('invalid metavar delimiter for long options: %r' % delim)
        self._long_opt_fmt = '%s' + delim + '%s'

    def _shift(self, steps):
        self.current_indent = self.current_indent + steps * self.indent_increment
        self.level = self.level + steps

    def indent(self):
        self._shift(1)

    def dedent(self):
        self._shift(-1)
        if self.current_indent < 0:
            raise AssertionError('Indent decreased below 0.')

    def format_usage(self, usage):
        raise NotImplementedError('subclasses must implement')

    def format_heading(self, heading):
        raise NotImplementedError('subclasses must implement')

    def _format_text(self, text):
        width = max(self.width - self.current_indent, 11)
        pad = ' ' * self.current_indent
        return textwrap.fill(text, width, initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        return self._format_text(description) + '\n' if description else ''

    def format_epilog(self, epilog):
        return '\n' + self._format_text(epilog) + '\n' if epilog else ''

    def expand_default(self, option):
        if self.parser is None or not self.default_tag:
            return option.help
        value = self.parser.defaults.get(option.dest)
        if value is NO_DEFAULT or value is None:
            value = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(value))

    def format_option(self, option):
        strings = self.option_strings[option]
        room = self.help_position - self.current_indent - 2
        if len(strings) > room:
            parts = ['%*s%s\n' % (self.current_indent, '', strings)]
            first_indent = self.help_position
        else:
            parts = ['%*s%-*s  ' % (self.current_indent, '', room, strings)]
            first_indent = 0
        if option.help:
            lines = textwrap.wrap(self.expand_default(option), self.help_width)
            parts.append('%*s%s\n' % (first_indent, '', lines[0]))
            parts.extend('%*s%s\n' % (self.help_position, '', line) for line in lines[1:])
        elif not parts[0].endswith('\n'):
            parts.append('\n')
        return ''.join(parts)

    def store_option_strings(self, parser):
        # Parser options are indented one step, group options two.
        step = self.indent_increment
        widest = 0
        for depth, options in [(1, parser.option_list)] + [(2, g.option_list) for g in parser.option_groups]:
            for opt in options:
                text = self.option_strings[opt] = self.format_option_strings(opt)
                widest = max(widest, len(text) + self.current_indent + depth * step)
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(11, self.width - self.help_position)

    def format_option_strings(self, option):
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            shown = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, shown) for s in shorts]
            longs = [self._long_opt_fmt % (s, shown) for s in longs]
        ordered = shorts + longs if self.short_first else longs + shorts
        return ', '.join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Usage: line, then indented sections."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _('Usage: %s\n') % usage

    def format_heading(self, heading):
        return '%*s%s:\n' % (self.current_indent, '', heading)


class TitledHelpFormatter(HelpFormatter):
    """Underlined section titles."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return '%s  %s\n' % (self.format_heading(_('Usage')), usage)

    def format_heading(self, heading):
        return '%s\n%s\n' % (heading, '=-'[self.level] * len(heading))


# ---------------------------------------------------------------------------------------------
# Value conversion

def _parse_num(val, type):
    prefix = val[:2].lower()
    if prefix == '0x':
        return type(val, 16)
    if prefix == '0b':
        return type(val[2:] or '0', 2)
    if val[:1] == '0':
        return type(val, 8)
    return type(val, 10)


def _parse_int(val):
    return _parse_num(val, type=int)


_BUILTIN_CHECKS = {
    'int': (_parse_int, _('integer')),
    'long': (_parse_int, _('long integer')),
    'float': (float, _('floating-point')),
    'complex': (complex, _('complex')),
}


def check_builtin(option, opt, value):
    convert, what = _BUILTIN_CHECKS[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_('option %s: invalid %s value: %r') % (opt, what, value))


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    listed = ', '.join(map(repr, option.choices))
    raise OptionValueError(_('option %s: invalid choice: %r (choose from %s)') % (opt, value, listed))


# ---------------------------------------------------------------------------------------------
# Options

class Option:
    """One option: its strings (-f, --file) and what it does when seen."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback',
             'callback_args', 'callback_kwargs', 'help', 'metavar']
    ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append', 'append_const',
               'count', 'callback', 'help', 'version')
    STORE_ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append',
                     'append_const', 'count')
    TYPED_ACTIONS = ('store', 'append', 'callback')
    ALWAYS_TYPED_ACTIONS = ('store', 'append')
    CONST_ACTIONS = ('store_const', 'append_const')
    TYPES = ('string', 'int', 'long', 'float', 'complex', 'choice')
    TYPE_CHECKER = {'int': check_builtin, 'long': check_builtin, 'float': check_builtin,
                    'complex': check_builtin, 'choice': check_choice}

    CHECK_METHODS = None

    def __init__(self, *opts, **attrs):
        self._short_opts, self._long_opts = [], []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        given = list(filter(None, opts))
        if not given:
            raise TypeError('at least one option string must be supplied')
        return given

    def _set_opt_strings(self, opts):
        for text in opts:
            if len(text) <= 1:
                raise OptionError('invalid option string %r: must be at least two characters long'
                                  % text, self)
            short = len(text) == 2
            if short and (text[0] != '-' or text[1] == '-'):
                raise OptionError('invalid short option string %r: must be of the form -x, '
                                  '(x any non-dash char)' % text, self)
            if not short and (text[:2] != '--' or text[2] == '-'):
                raise OptionError('invalid long option string %r: must start with --, '
                                  'followed by non-dash' % text, self)
            (self._short_opts if short else self._long_opts).append(text)

    def _set_attrs(self, attrs):
        for name in self.ATTRS:
            if name in attrs:
                setattr(self, name, attrs.pop(name))
            else:
                setattr(self, name, NO_DEFAULT if name == 'default' else None)
        if attrs:
            raise OptionError('invalid keyword arguments: %s' % ', '.join(sorted(attrs)), self)

    # Consistency checks, run in this order by __init__.

    def _check_action(self):
        if self.action is None:
            self.action = 'store'
        elif self.action not in self.ACTIONS:
            raise OptionError('invalid action: %r' % self.action, self)

    def _check_type(self):
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = 'choice' if self.choices is not None else 'string'
        else:
            named = self.type.__name__ if isinstance(self.type, type) else self.type
            self.type = 'string' if named == 'str' else named
            if self.type not in self.TYPES:
                raise OptionError('invalid option type: %r' % self.type, self)
            if self.action not in self.TYPED_ACTIONS:
                raise OptionError('must not supply a type for action %r' % self.action, self)

    def _check_choice(self):
        if self.type == 'choice':
            if self.choices is None:
                raise OptionError("must supply a list of choices for type 'choice'", self)
            if not isinstance(self.choices, (tuple, list)):
                raise OptionError("choices must be a list of strings ('%s' supplied)"
                                  % str(type(self.choices)).split("'")[1], self)
        elif self.choices is not None:
            raise OptionError('must not supply choices for type %r' % self.type, self)

    def _check_dest(self):
        wants_dest = self.action in self.STORE_ACTIONS or self.type is not None
        if self.dest is None and wants_dest:
            # --long-name -> long_name; otherwise -x -> x.
            first = (self._long_opts or self._short_opts)[0]
            self.dest = first.lstrip('-').replace('-', '_')

    def _check_const(self):
        if self.action not in self.CONST_ACTIONS and self.const is not None:
            raise OptionError("'const' must not be supplied for action %r" % self.action, self)

    def _check_nargs(self):
        if self.action in self.TYPED_ACTIONS:
            self.nargs = 1 if self.nargs is None else self.nargs
        elif self.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r" % self.action, self)

    def _check_callback(self):
        if self.action == 'callback':
            if not callable(self.callback):
                raise OptionError('callback not callable: %r' % self.callback, self)
            if self.callback_args is not None and not isinstance(self.callback_args, tuple):
                raise OptionError('callback_args, if supplied, must be a tuple: not %r'
                                  % self.callback_args, self)
            if self.callback_kwargs is not None and not isinstance(self.callback_kwargs, dict):
                raise OptionError('callback_kwargs, if supplied, must be a dict: not %r'
                                  % self.callback_kwargs, self)
        else:
            if self.callback is not None:
                raise OptionError('callback supplied (%r) for non-callback option' % self.callback, self)
            if self.callback_args is not None:
                raise OptionError('callback_args supplied for non-callback option', self)
            if self.callback_kwargs is not None:
                raise OptionError('callback_kwargs supplied for non-callback option', self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest, _check_const,
                     _check_nargs, _check_callback]

    def __str__(self):
        return '/'.join(self._short_opts + self._long_opts)

    __repr__ = object.__repr__

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        return self._long_opts[0] if self._long_opts else self._short_opts[0]

    def check_value(self, opt, value):
        if self.type in self.TYPE_CHECKER:
            return self.TYPE_CHECKER[self.type](self, opt, value)
        return value

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs != 1:
            return tuple(self.check_value(opt, v) for v in value)
        return self.check_value(opt, value)

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        # Actions that set the destination to a value computed from (option, value, current).
        setters = {
            'store': lambda current: value,
            'store_const': lambda current: self.const,
            'store_true': lambda current: True,
            'store_false': lambda current: False,
            'count': lambda current: (0 if current is None else current) + 1,
        }
        if action in setters:
            setattr(values, dest, setters[action](getattr(values, dest, None)))
        elif action in ('append', 'append_const'):
            item = value if action == 'append' else self.const
            values.ensure_value(dest, []).append(item)
        elif action == 'callback':
            positional = self.callback_args or ()
            named = self.callback_kwargs or {}
            self.callback(self, opt, value, parser, *positional, **named)
        elif action in ('help', 'version'):
            if action == 'help':
                parser.print_help()
            else:
                parser.print_version()
            parser.exit()
        else:
            raise ValueError('unknown action %r' % self.action)
        return 1


make_option = Option


# ---------------------------------------------------------------------------------------------
# Values

class Values:
    """The parsed option values, as attributes."""

    def __init__(self, defaults=None):
        if defaults:
            for name, value in defaults.items():
                setattr(self, name, value)

    def __str__(self):
        return repr(self.__dict__)

    def __repr__(self):
        return '<%s at 0x%x: %s>' % (type(self).__name__, id(self), self)

    def __eq__(self, other):
        mine = vars(self)
        if isinstance(other, Values):
            return mine == vars(other)
        return mine == other if isinstance(other, dict) else NotImplemented

    def _update_careful(self, mapping):
        for name in dir(self):
            if name in mapping:
                value = mapping[name]
                if value is not None:
                    setattr(self, name, value)

    def _update_loose(self, mapping):
        self.__dict__.update(mapping)

    def _update(self, mapping, mode):
        if mode == 'careful':
            self._update_careful(mapping)
        elif mode == 'loose':
            self._update_loose(mapping)
        else:
            raise ValueError('invalid update mode: %r' % mode)

    def read_module(self, modname, mode='careful'):
        import importlib
        self._update(vars(importlib.import_module(modname)), mode)

    def read_file(self, filename, mode='careful'):
        namespace = {}
        with open(filename) as f:
            exec(f.read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        current = getattr(self, attr, None)
        if current is None:
            setattr(self, attr, value)
            current = value
        return current


# ---------------------------------------------------------------------------------------------
# Containers of options

class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options and their lookup tables."""

    def __init__(self, option_class, conflict_handler, description):
        self._create_option_list()
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def _create_option_mappings(self):
        self._short_opt = {}
        self._long_opt = {}
        self.defaults = {}

    def _share_option_mappings(self, parser):
        self._short_opt = parser._short_opt
        self._long_opt = parser._long_opt
        self.defaults = parser.defaults

    def set_conflict_handler(self, handler):
        if handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value %r' % handler)
        self.conflict_handler = handler

    def set_description(self, description):
        self.description = description

    def get_description(self):
        return self.description

    def destroy(self):
        del self._short_opt, self._long_opt, self.defaults

    def _check_conflict(self, option):
        clashes = [(opt, self._short_opt[opt]) for opt in option._short_opts if opt in self._short_opt]
        clashes += [(opt, self._long_opt[opt]) for opt in option._long_opts if opt in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == 'error':
            raise OptionConflictError('conflicting option string(s): %s'
                                      % ', '.join(opt for opt, _ in clashes), option)
        for opt, other in clashes:
            if opt.startswith('--'):
                other._long_opts.remove(opt)
                del self._long_opt[opt]
            else:
                other._short_opts.remove(opt)
                del self._short_opt[opt]
            if not (other._short_opts or other._long_opts):
                other.container.option_list.remove(other)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...)"""
        if isinstance(args[0], str):
            option = self.option_class(*args, **kwargs)
        elif not kwargs and len(args) == 1:
            (option,) = args
            if not isinstance(option, Option):
                raise TypeError('not an Option instance: %r' % option)
        else:
            raise TypeError('invalid arguments')
        self._check_conflict(option)
        self.option_list.append(option)
        option.container = self
        self._short_opt.update(dict.fromkeys(option._short_opts, option))
        self._long_opt.update(dict.fromkeys(option._long_opts, option))
        dest = option.dest
        if dest is not None:
            # An explicit default wins; otherwise the destination exists with None.
            if option.default is NO_DEFAULT:
                self.defaults.setdefault(dest, None)
            else:
                self.defaults[dest] = option.default
        return option

    def add_options(self, option_list):
        for each in option_list:
            self.add_option(each)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self._short_opt.get(opt_str) or self._long_opt.get(opt_str)
        if option is None:
            raise ValueError('no such option %r' % opt_str)
        for opt in option._short_opts:
            del self._short_opt[opt]
        for opt in option._long_opts:
            del self._long_opt[opt]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        if not self.option_list:
            return ''
        return ''.join(formatter.format_option(option) for option in self.option_list
                       if option.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return '\n'.join(parts)


class OptionGroup(OptionContainer):
    """Options shown together under a title in the help."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _create_option_list(self):
        self.option_list = []
        self._share_option_mappings(self.parser)

    def set_title(self, title):
        self.title = title

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def format_help(self, formatter):
        text = formatter.format_heading(self.title)
        formatter.indent()
        text += OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return text


# ---------------------------------------------------------------------------------------------
# The parser

class OptionParser(OptionContainer):
    """Parses command lines: parse_args() -> (Values, positional arguments)."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler='error', description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = formatter or IndentedHelpFormatter()
        self.formatter.set_parser(self)
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.option_list, self.option_groups, self.formatter

    def _create_option_list(self):
        self.option_list, self.option_groups = [], []
        self._create_option_mappings()

    def _add_help_option(self):
        self.add_option('-h', '--help', action='help', help=_('show this help message and exit'))

    def _add_version_option(self):
        self.add_option('--version', action='version',
                        help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        if self.standard_option_list:
            self.add_options(self.standard_option_list)
        if option_list:
            self.add_options(option_list)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        # Set while parse_args() runs (callbacks look at them).
        self.rargs = self.largs = self.values = None

    def set_usage(self, usage):
        if usage is None:
            self.usage = _('%prog') + ' [options]'
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith('usage: '):
            self.usage = usage[7:]
        else:
            self.usage = usage

    def enable_interspersed_args(self):
        """Options may follow positional arguments (the default)."""
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        """The first positional argument ends the options."""
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        self.process_default_values = process

    def set_default(self, dest, value):
        self.set_defaults(**{dest: value})

    def set_defaults(self, **kwargs):
        for dest, value in kwargs.items():
            self.defaults[dest] = value

    def _get_all_options(self):
        found = list(self.option_list)
        for group in self.option_groups:
            found.extend(group.option_list)
        return found

    def get_default_values(self):
        if not self.process_default_values:
            return Values(self.defaults)
        # String defaults go through the option's type conversion, as command-line values do.
        converted = dict(self.defaults)
        for option in self._get_all_options():
            raw = converted.get(option.dest)
            if isinstance(raw, str):
                converted[option.dest] = option.check_value(option.get_opt_string(), raw)
        return Values(converted)

    def add_option_group(self, *args, **kwargs):
        if isinstance(args[0], str):
            group = OptionGroup(self, *args, **kwargs)
        elif not kwargs and len(args) == 1:
            (group,) = args
            if not isinstance(group, OptionGroup):
                raise TypeError('not an OptionGroup instance: %r' % group)
            if group.parser is not self:
                raise ValueError('invalid OptionGroup (wrong parser)')
        else:
            raise TypeError('invalid arguments')
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        option = self._short_opt.get(opt_str) or self._long_opt.get(opt_str)
        if option and option.container is not self:
            return option.container
        return None

    # -- parsing --

    def _get_args(self, args):
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        rargs = self._get_args(args)
        values = self.get_default_values() if values is None else values
        largs = []
        self.rargs, self.largs, self.values = rargs, largs, values
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        return (values, args)

    def _process_args(self, largs, rargs, values):
        while rargs:
            arg = rargs[0]
            if arg == '--':
                del rargs[0]
                return
            if arg.startswith('--'):
                self._process_long_opt(rargs, values)
            elif arg.startswith('-') and len(arg) > 1:
                self._process_short_opts(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(arg)
                del rargs[0]
            else:
                return

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, opt, option, rargs):
        count = option.nargs
        if len(rargs) < count:
            self.error(_ngettext('%(option)s option requires %(number)d argument',
                                '%(option)s option requires %(number)d arguments',
                                count) % {'option': opt, 'number': count})
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _process_long_opt(self, rargs, values):
        arg = rargs.pop(0)
        explicit = '=' in arg
        if explicit:
            opt, attached = arg.split('=', 1)
            rargs.insert(0, attached)
        else:
            opt = arg
        opt = self._match_long_opt(opt)
        option = self._long_opt[opt]
        if option.takes_value():
            value = self._take_values(opt, option, rargs)
        elif explicit:
            self.error(_('%s option does not take a value') % opt)
        else:
            value = None
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        arg = rargs.pop(0)
        for position in range(1, len(arg)):
            opt = '-' + arg[position]
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            rest = arg[position + 1:]
            if option.takes_value():
                if rest:
                    rargs.insert(0, rest)
                value = self._take_values(opt, option, rargs)
                option.process(opt, value, values, self)
                return
            option.process(opt, None, values, self)

    # -- reporting --

    def get_prog_name(self):
        if self.prog is None:
            return os.path.basename(sys.argv[0])
        return self.prog

    def expand_prog_name(self, s):
        return s.replace('%prog', self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Print the usage and the message to stderr and exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.get_prog_name(), msg))

    def get_usage(self):
        if not self.usage:
            return ''
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ''

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        formatter.store_option_strings(self)
        parts = [formatter.format_heading(_('Options'))]
        formatter.indent()
        if self.option_list:
            parts.append(OptionContainer.format_option_help(self, formatter))
            parts.append('\n')
        for group in self.option_groups:
            parts.append(group.format_help(formatter))
            parts.append('\n')
        formatter.dedent()
        return ''.join(parts[:-1])

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        if formatter is None:
            formatter = self.formatter
        parts = []
        if self.usage:
            parts.append(self.get_usage() + '\n')
        if self.description:
            parts.append(self.format_description(formatter) + '\n')
        parts.append(self.format_option_help(formatter))
        parts.append(self.format_epilog(formatter))
        return ''.join(parts)

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())


def _match_abbrev(s, wordmap):
    """The key of wordmap that s is, or is the unique prefix of."""
    if s in wordmap:
        return s
    candidates = [word for word in wordmap if word.startswith(s)]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise BadOptionError(s)
    raise AmbiguousOptionError(s, sorted(candidates))
