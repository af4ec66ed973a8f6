"""Parser for command line options in the style of C's getopt() (CPython 3.11 behaviour).

Written for tspy from the documented behaviour: getopt() stops at the first non-option,
gnu_getopt() lets options and operands mix (unless shortopts starts with '+' or
POSIXLY_CORRECT is set). Long options may be abbreviated to a unique prefix.
"""
import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_spec(name, longopts):
    """(takes_argument, full_name) for a possibly abbreviated long option."""
    matches = [spec for spec in longopts if spec.startswith(name)]
    if not matches:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in matches:
        return False, name
    if name + '=' in matches:
        return True, name
    if len(matches) != 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    only = matches[0]
    return (True, only[:-1]) if only.endswith('=') else (False, only)


def _short_takes_arg(letter, shortopts):
    for pos, ch in enumerate(shortopts):
        if ch == letter and ch != ':':
            return shortopts[pos + 1:pos + 2] == ':'
    raise GetoptError('option -%s not recognized' % letter, letter)


def _take_long(found, text, longopts, rest):
    name, eq, value = text.partition('=')
    value = value if eq else None
    wants, name = _long_spec(name, longopts)
    if wants:
        if value is None:
            if not rest:
                raise GetoptError('option --%s requires argument' % name, name)
            value, rest = rest[0], rest[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    found.append(('--' + name, value or ''))
    return rest


def _take_shorts(found, letters, shortopts, rest):
    while letters:
        letter, letters = letters[0], letters[1:]
        value = ''
        if _short_takes_arg(letter, shortopts):
            if not letters:
                if not rest:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                letters, rest = rest[0], rest[1:]
            value, letters = letters, ''
        found.append(('-' + letter, value))
    return rest


def _long_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args (stops at the first operand)."""
    found = []
    longopts = _long_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        head, args = args[0], args[1:]
        if head == '--':
            break
        if head.startswith('--'):
            args = _take_long(found, head[2:], longopts, args)
        else:
            args = _take_shorts(found, head[1:], shortopts, args)
    return found, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and operands may be mixed."""
    found = []
    operands = []
    longopts = _long_list(longopts)
    strict_order = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        strict_order = True
    elif os.environ.get('POSIXLY_CORRECT'):
        strict_order = True
    while args:
        head = args[0]
        if head == '--':
            operands += args[1:]
            break
        if head[:2] == '--':
            args = _take_long(found, head[2:], longopts, args[1:])
        elif head[:1] == '-' and head != '-':
            args = _take_shorts(found, head[1:], shortopts, args[1:])
        elif strict_order:
            operands += args
            break
        else:
            operands.append(head)
            args = args[1:]
    return found, operands
