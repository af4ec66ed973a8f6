"""INI-style configuration files (a CPython 3.11 subset), written for tspy.

RawConfigParser/ConfigParser keep sections as dicts of option -> value (the DEFAULT section's
options are visible in every section), read files/strings/dicts with CPython's line rules
(comment prefixes, indented continuation lines, empty lines inside values, duplicate checks in
strict mode, error collection into one ParsingError), interpolate with BasicInterpolation
(%(name)s) or ExtendedInterpolation (${section:name}), convert with getint/getfloat/
getboolean and write files back. Sections are also reachable as mappings (SectionProxy); converters= adds getXXX methods.
Not provided: LegacyInterpolation, SafeConfigParser, readfp.
"""
import io
import itertools
import os
import re
import sys
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = ['NoSectionError', 'DuplicateOptionError', 'DuplicateSectionError', 'NoOptionError',
           'InterpolationError', 'InterpolationDepthError', 'InterpolationMissingOptionError',
           'InterpolationSyntaxError', 'ParsingError', 'MissingSectionHeaderError',
           'ConfigParser', 'RawConfigParser', 'Interpolation', 'BasicInterpolation',
           'ExtendedInterpolation', 'SectionProxy', 'ConverterMapping', 'DEFAULTSECT',
           'MAX_INTERPOLATION_DEPTH']

DEFAULTSECT = 'DEFAULT'
MAX_INTERPOLATION_DEPTH = 10
_UNSET = object()


# ---------------------------------------------------------------------------------------------
# Errors


class Error(Exception):
    """Base class for configparser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """A section was asked for that does not exist."""

    def __init__(self, section):
        Error.__init__(self, 'No section: ' + repr(section))
        self.section, self.args = section, (section,)


def _where(source, lineno):
    text = 'While reading from ' + repr(source)
    if lineno is not None:
        text += ' [line {0:2d}]'.format(lineno)
    return text + ': '


class DuplicateSectionError(Error):
    """A section appears twice (strict mode) or add_section() got an existing name."""

    def __init__(self, section, source=None, lineno=None):
        tail = repr(section) + ' already exists'
        if source is None:
            text = 'Section ' + tail
        else:
            text = _where(source, lineno) + 'section ' + tail
        Error.__init__(self, text)
        self.section, self.source, self.lineno = section, source, lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """An option appears twice in one section (strict mode)."""

    def __init__(self, section, option, source=None, lineno=None):
        tail = '%r in section %r already exists' % (option, section)
        if source is None:
            text = 'Option ' + tail
        else:
            text = _where(source, lineno) + 'option ' + tail
        Error.__init__(self, text)
        self.section, self.option, self.source, self.lineno = section, option, source, lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """An option was asked for that the section does not have."""

    def __init__(self, option, section):
        Error.__init__(self, 'No option %r in section: %r' % (option, section))
        self.option, self.section = option, section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class of the interpolation errors."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option, self.section = option, section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """An interpolation names an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = ('Bad value substitution: option {!r} in section {!r} contains an interpolation '
               'key {!r} which is not a valid option name. Raw value: {!r}'
               .format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """The value has a malformed interpolation."""


class InterpolationDepthError(InterpolationError):
    """Interpolations nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        msg = ('Recursion limit exceeded in value substitution: option {!r} in section {!r} '
               'contains an interpolation key which cannot be substituted in {} steps. Raw '
               'value: {!r}'.format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Lines that are neither section headers, options nor continuations."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        source = source or filename
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option line comes before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


# ---------------------------------------------------------------------------------------------
# Interpolation


class Interpolation:
    """No interpolation: values are returned as stored."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class BasicInterpolation(Interpolation):
    """%(name)s is replaced by the option `name` of the same section (or DEFAULT); %% is %."""

    _KEYCRE = re.compile(r'%\(([^)]+)\)s')

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._interpolate_some(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        probe = self._KEYCRE.sub('', value.replace('%%', ''))
        if '%' in probe:
            raise ValueError('invalid interpolation syntax in %r at position %d'
                             % (value, probe.find('%')))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        raw = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        while rest:
            pos = rest.find('%')
            if pos < 0:
                accum.append(rest)
                return
            if pos:
                accum.append(rest[:pos])
                rest = rest[pos:]
            nxt = rest[1:2]
            if nxt == '%':
                accum.append('%')
                rest = rest[2:]
            elif nxt == '(':
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section, 'bad interpolation variable reference %r' % rest)
                key = parser.optionxform(m.group(1))
                rest = rest[m.end():]
                try:
                    sub = map[key]
                except KeyError:
                    raise InterpolationMissingOptionError(option, section, raw, key) from None
                if '%' in sub:
                    self._interpolate_some(parser, option, accum, sub, section, map, depth + 1)
                else:
                    accum.append(sub)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'%%' must be followed by '%%' or '(', found: %r" % (rest,))


class ExtendedInterpolation(Interpolation):
    """${name} or ${section:name}; $$ is $."""

    _KEYCRE = re.compile(r'\$\{([^}]+)\}')

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._interpolate_some(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        probe = self._KEYCRE.sub('', value.replace('$$', ''))
        if '$' in probe:
            raise ValueError('invalid interpolation syntax in %r at position %d'
                             % (value, probe.find('$')))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        raw = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        while rest:
            pos = rest.find('$')
            if pos < 0:
                accum.append(rest)
                return
            if pos:
                accum.append(rest[:pos])
                rest = rest[pos:]
            nxt = rest[1:2]
            if nxt == '$':
                accum.append('$')
                rest = rest[2:]
            elif nxt == '{':
                m = self._KEYCRE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(
                        option, section, 'bad interpolation variable reference %r' % rest)
                path = m.group(1).split(':')
                rest = rest[m.end():]
                where = section
                lookup = map
                try:
                    if len(path) == 1:
                        key = parser.optionxform(path[0])
                        sub = lookup[key]
                    elif len(path) == 2:
                        where = path[0]
                        key = parser.optionxform(path[1])
                        sub = parser.get(where, key, raw=True)
                    else:
                        raise InterpolationSyntaxError(
                            option, section, "More than one ':' found: %r" % (rest,))
                except (KeyError, NoSectionError, NoOptionError):
                    raise InterpolationMissingOptionError(option, section, raw,
                                                          ':'.join(path)) from None
                if '$' in sub:
                    self._interpolate_some(parser, key, accum, sub, where,
                                           dict(parser.items(where, raw=True)), depth + 1)
                else:
                    accum.append(sub)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'$' must be followed by '$' or '{', found: %r" % (rest,))


# ---------------------------------------------------------------------------------------------
# Parsers


def _option_regex(delimiters, allow_no_value):
    delim = '|'.join(re.escape(d) for d in delimiters)
    if allow_no_value:
        return re.compile(r'(?P<option>.*?)\s*(?:(?P<vi>%s)\s*(?P<value>.*))?$' % delim)
    return re.compile(r'(?P<option>.*?)\s*(?P<vi>%s)\s*(?P<value>.*)$' % delim)


class RawConfigParser(MutableMapping):
    """A configuration parser without value interpolation."""

    SECTCRE = re.compile(r'\[(?P<header>.+)\]')
    OPTCRE = _option_regex(('=', ':'), False)
    OPTCRE_NV = _option_regex(('=', ':'), True)
    NONSPACECRE = re.compile(r'\S')
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}
    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        make = dict_type
        self.__dict__.update(
            _dict=make, _sections=make(), _defaults=make(), _proxies=make(),
            _delimiters=tuple(delimiters), _strict=strict, _allow_no_value=allow_no_value,
            _comment_prefixes=tuple(comment_prefixes or ()),
            _inline_comment_prefixes=tuple(inline_comment_prefixes or ()),
            _empty_lines_in_values=empty_lines_in_values, default_section=default_section)
        self._converters = ConverterMapping(self)
        self._proxies[default_section] = SectionProxy(self, default_section)
        standard = tuple(delimiters) == ('=', ':')
        self._optcre = ((self.OPTCRE_NV if allow_no_value else self.OPTCRE) if standard
                        else _option_regex(delimiters, allow_no_value))
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError('interpolation= must be None or an instance of Interpolation; '
                            'got an object of type {}'.format(type(interpolation)))
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    def defaults(self):
        return self._defaults

    def sections(self):
        return list(self._sections.keys())

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def _new_section(self, name):
        fresh = self._dict()
        self._sections[name] = fresh
        self._proxies[name] = SectionProxy(self, name)
        return fresh

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        try:
            found = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        found.update(self._defaults)
        return list(found.keys())

    # -- reading
    def read(self, filenames, encoding=None):
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as fp:
                    self._read(fp, name)
            except OSError:
                continue
            done.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        seen = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def _strip_comments(self, line):
        """(text without comments, position where a comment started or None)."""
        start = None
        if self._inline_comment_prefixes:
            best = None
            for prefix in self._inline_comment_prefixes:
                pos = line.find(prefix)
                while pos > 0 and not line[pos - 1].isspace():
                    pos = line.find(prefix, pos + 1)
                if pos == 0 or (pos > 0 and line[pos - 1].isspace()):
                    if best is None or pos < best:
                        best = pos
            start = best
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                start = 0
                break
        return line[:start].strip() if start is not None else line.strip(), start

    def _read(self, fp, fpname):
        section = None
        secname = None
        option = None
        indent = 0
        problems = None
        seen = set()
        for lineno, line in enumerate(fp, start=1):
            value, comment_at = self._strip_comments(line)
            if not value:
                if self._empty_lines_in_values:
                    if (comment_at is None and section is not None and option
                            and section[option] is not None):
                        section[option].append('')
                else:
                    indent = sys.maxsize
                continue
            first = self.NONSPACECRE.search(line)
            this_indent = first.start() if first else 0
            if section is not None and option and this_indent > indent:
                section[option].append(value)
                continue
            indent = this_indent
            m = self.SECTCRE.match(value)
            if m:
                secname = m.group('header')
                if secname in self._sections:
                    if self._strict and secname in seen:
                        raise DuplicateSectionError(secname, fpname, lineno)
                    section = self._sections[secname]
                    seen.add(secname)
                elif secname == self.default_section:
                    section = self._defaults
                else:
                    section = self._new_section(secname)
                    seen.add(secname)
                option = None
                continue
            if section is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            m = self._optcre.match(value)
            if not m:
                problems = self._handle_error(problems, fpname, lineno, line)
                continue
            option, _vi, optval = m.group('option', 'vi', 'value')
            if not option:
                problems = self._handle_error(problems, fpname, lineno, line)
            option = self.optionxform(option.rstrip())
            if self._strict and (secname, option) in seen:
                raise DuplicateOptionError(secname, option, fpname, lineno)
            seen.add((secname, option))
            section[option] = [optval.strip()] if optval is not None else None
        self._join_multiline_values()
        if problems:
            raise problems

    def _join_multiline_values(self):
        every = [(self.default_section, self._defaults)] + list(self._sections.items())
        for name, options in every:
            for key, val in options.items():
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                options[key] = self._interpolation.before_read(self, name, key, val)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def _handle_error(self, exc, fpname, lineno, line):
        if not exc:
            exc = ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    # -- getting
    def _unify_values(self, section, vars):
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            own = {}
        extra = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                extra[self.optionxform(key)] = value
        return _ChainMap(extra, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        try:
            values = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = values[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, values)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET,
                  **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        try:
            merged.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        keys = list(merged.keys())
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(k, merged[k]) for k in keys]
        return [(k, self._interpolation.before_get(self, section, k, merged[k], merged))
                for k in keys]

    def popitem(self):
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    # -- changing
    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        if not section or section == self.default_section:
            target = self._defaults
        else:
            try:
                target = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        target[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        sep = ' %s ' % self._delimiters[0] if space_around_delimiters else self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), sep)
        for name in self._sections:
            self._write_section(fp, name, self._sections[name].items(), sep)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write('[{}]\n'.format(section_name))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is not None or not self._allow_no_value:
                shown = delimiter + str(value).replace('\n', '\n\t')
            else:
                shown = ''
            fp.write('{}{}\n'.format(key, shown))
        fp.write('\n')

    def remove_option(self, section, option):
        if not section or section == self.default_section:
            target = self._defaults
        else:
            try:
                target = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        option = self.optionxform(option)
        if option not in target:
            return False
        del target[option]
        return True

    def remove_section(self, section):
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    # -- mapping protocol
    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return  # parser[name] = parser[name] changes nothing
        target = self._defaults if key == self.default_section else self._sections.get(key)
        if target is not None:
            target.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError('Cannot remove the default section.')
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())

    def _convert_to_boolean(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[value.lower()]

    def _validate_value_types(self, *, section='', option='', value=''):
        if not isinstance(section, str):
            raise TypeError('section names must be strings')
        if not isinstance(option, str):
            raise TypeError('option keys must be strings')
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError('option values must be strings')

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """ConfigParser implementing interpolation (BasicInterpolation by default)."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        try:
            hold = self._interpolation
            self._interpolation = Interpolation()
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = hold


class SectionProxy(MutableMapping):
    """A section of a parser seen as a mapping of option -> value."""

    def __init__(self, parser, name):
        self.__dict__.update(_parser=parser, _name=name)
        for conv in parser.converters:
            setattr(self, 'get' + conv, self._make_getter('get' + conv))

    def _make_getter(self, key):
        owner = self

        def getter(option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
            method = getattr(owner.parser, key)
            return method(owner.name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)
        return getter

    def __repr__(self):
        return '<Section: %s>' % (self.name,)

    def __getitem__(self, key):
        cfg = self.parser
        if cfg.has_option(self.name, key):
            return cfg.get(self.name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        cfg = self.parser
        cfg._validate_value_types(option=key, value=value)
        return cfg.set(self.name, key, value)

    def __delitem__(self, key):
        cfg = self.parser
        if cfg.has_option(self.name, key) and cfg.remove_option(self.name, key):
            return
        raise KeyError(key)

    def __contains__(self, key):
        return self.parser.has_option(self.name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        cfg = self.parser
        if self.name == cfg.default_section:
            return cfg.defaults()
        return cfg.options(self.name)

    parser = property(lambda self: self._parser)
    name = property(lambda self: self._name)

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        method = _impl or self.parser.get
        return method(self.name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The getXXX converters of a parser: name -> callable (getint etc. are built in)."""

    GETTERCRE = re.compile(r'^get(?P<name>.+)$')

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(parser):
            if attr.startswith('get') and len(attr) > 3 and callable(getattr(parser, attr)):
                self._data[attr[3:]] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        method = 'get' + key
        self._data[key] = value
        cfg = self._parser

        def convert(section, option, **kw):
            return cfg._get_conv(section, option, value, **kw)
        setattr(cfg, method, convert)
        for proxy in cfg.values():
            setattr(proxy, method, proxy._make_getter(method))

    def __delitem__(self, key):
        if not isinstance(key, str) or not key:
            raise KeyError(key)
        del self._data[key]
        cfg = self._parser
        for holder in [cfg] + list(cfg.values()):
            if ('get' + key) in holder.__dict__:
                delattr(holder, 'get' + key)

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
