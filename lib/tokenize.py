"""Tokenization of Python source, as CPython 3.11's tokenize module (tspy).

The scanning itself is done by tspy's tokenize-module state machine (src/tokenizer/pytokenize.ts,
reached through the native _tokenize module), fed one line at a time so that tokens are produced
lazily; this file supplies the Python API around it: TokenInfo, tokenize(), generate_tokens(),
detect_encoding(), untokenize(), open() and the command line.
"""

import collections as _collections
import re
import sys
from codecs import lookup, BOM_UTF8
from io import TextIOWrapper
import _tokenize as _native

import token as _token
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                            "untokenize", "TokenInfo"]

_builtin_open = open

# PEP 263 coding cookie and the "blank line" test for the second-line rule (ASCII only).
cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)

tabsize = 8


class TokenInfo(_collections.namedtuple('TokenInfo', 'type string start end line')):
    __slots__ = ()

    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % (kind, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type != OP:
            return self.type
        return EXACT_TOKEN_TYPES.get(self.string, OP)


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Encoding detection

def _get_normal_name(orig_enc):
    """The canonical spelling of the utf-8 and latin-1 cookie names; others unchanged."""
    key = orig_enc[:12].lower().replace('_', '-')
    if key == 'utf-8' or key.startswith('utf-8-'):
        return 'utf-8'
    for latin in ('latin-1', 'iso-8859-1', 'iso-latin-1'):
        if key == latin or key.startswith(latin + '-'):
            return 'iso-8859-1'
    return orig_enc


def detect_encoding(readline):
    """Read up to two lines with readline() and return (encoding, lines read)."""
    try:
        source_name = readline.__self__.name
    except AttributeError:
        source_name = None

    def problem(text, detail=None):
        # "TEXT for 'NAME': DETAIL" / "TEXT: DETAIL"; detail None means no suffix.
        where = '' if source_name is None else ' for %r' % (source_name,)
        tail = '' if detail is None else ': ' + detail
        return SyntaxError(text + where + tail)

    def next_line():
        try:
            return readline()
        except StopIteration:
            return b''

    had_bom = False

    def cookie_of(raw):
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError:
            raise problem('invalid or missing encoding declaration') from None
        found = cookie_re.match(text)
        if found is None:
            return None
        name = _get_normal_name(found.group(1))
        try:
            lookup(name)
        except LookupError:
            if source_name is None:
                raise SyntaxError('unknown encoding: ' + name) from None
            raise problem('unknown encoding', name) from None
        if had_bom:
            if name != 'utf-8':
                raise problem('encoding problem', 'utf-8')
            name = name + '-sig'
        return name

    fallback = 'utf-8'
    first = next_line()
    if first.startswith(BOM_UTF8):
        had_bom = True
        first = first[3:]
        fallback = 'utf-8-sig'
    if not first:
        return fallback, []
    name = cookie_of(first)
    if name:
        return name, [first]
    if blank_re.match(first) is None:
        return fallback, [first]
    second = next_line()
    if not second:
        return fallback, [first]
    name = cookie_of(second)
    if name:
        return name, [first, second]
    return fallback, [first, second]


def open(filename):
    """Open a Python source file read-only as text, in the encoding detect_encoding() finds."""
    raw = _builtin_open(filename, 'rb')
    try:
        enc, _ = detect_encoding(raw.readline)
        raw.seek(0)
        text = TextIOWrapper(raw, enc, line_buffering=True)
        text.mode = 'r'
        return text
    except BaseException:
        raw.close()
        raise


# ---------------------------------------------------------------------------------------------
# Tokenizing

def _run(readline, encoding, empty):
    """Generator over the tokens of the lines readline() gives (decoded when encoding is set)."""
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    state = _native.new(None)
    make = TokenInfo._make
    feed = _native.feed
    while True:
        try:
            line = readline()
        except StopIteration:
            line = empty
        if encoding is not None:
            line = line.decode(encoding)
        # Any empty line (b'' included) is the end of the input.
        produced, failure = feed(state, line or '')
        for item in produced:
            yield make(item)
        if failure is not None:
            kind, message, row, col, text = failure
            if kind == 'IndentationError':
                raise IndentationError(message, ('<tokenize>', row, col, text))
            raise TokenError(message, (row, col))
        if produced and produced[-1][0] == ENDMARKER:
            return


def _tokenize(readline, encoding):
    """Tokens of the lines readline() gives, decoded with `encoding` unless it is None."""
    return _run(readline, encoding, b'' if encoding is not None else '')


def tokenize(readline):
    """Tokens of a bytes source: ENCODING first, then every token (a generator)."""
    encoding, consumed = detect_encoding(readline)

    def lines():
        for raw in consumed:
            yield raw
        while True:
            try:
                raw = readline()
            except StopIteration:
                break
            if raw == b'':
                break
            yield raw
        while True:
            yield b''

    return _tokenize(lines().__next__, encoding)


def generate_tokens(readline):
    """Tokens of a str source (readline returns str lines); no ENCODING token."""
    return _run(readline, None, '')


def _generate_tokens_from_c_tokenizer(source):
    """The tokens of the parser's own tokenizer (exact operator types; CPython 3.11's private
    helper over _tokenize.TokenizerIter): it stops at the first error token."""
    produced, failure = _native.c_tokens(source)
    for text, kind, row, end_row, col, end_col, line in produced:
        yield TokenInfo(kind, text, (row, col), (end_row, end_col), line)
    if failure is not None:
        raise failure


# ---------------------------------------------------------------------------------------------
# Untokenizing

class Untokenizer:

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or (row == self.prev_row and col < self.prev_col):
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        rows = row - self.prev_row
        if rows:
            self.tokens.append('\\\n' * rows)
            self.prev_col = 0
        cols = col - self.prev_col
        if cols:
            self.tokens.append(' ' * cols)

    def untokenize(self, iterable):
        out = self.tokens
        levels = []
        at_line_start = False
        stream = iter(iterable)
        for tok in stream:
            if len(tok) == 2:
                self._loose(tok, stream)
                break
            kind, text, start, end, _line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                levels.append(text)
                continue
            if kind == DEDENT:
                levels.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and levels:
                lead = levels[-1]
                if start[1] >= len(lead):
                    out.append(lead)
                    self.prev_col = len(lead)
                at_line_start = False
            self.add_whitespace(start)
            out.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return ''.join(out)

    def compat(self, token, iterable):
        self._loose(token, iter(iterable))

    def _loose(self, first, rest):
        # (type, string) pairs: spacing is reconstructed, not positions.
        out = self.tokens
        levels = []
        at_line_start = first[0] in (NEWLINE, NL)
        after_string = False

        def pairs():
            yield first
            yield from rest

        for tok in pairs():
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text = text + ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                levels.append(text)
                continue
            if kind == DEDENT:
                levels.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and levels:
                out.append(levels[-1])
                at_line_start = False
            out.append(text)


def untokenize(iterable):
    """Source text (bytes when an ENCODING token was seen) from tokens or (type, string) pairs."""
    u = Untokenizer()
    text = u.untokenize(iterable)
    if u.encoding is not None:
        return text.encode(u.encoding)
    return text


# ---------------------------------------------------------------------------------------------
# Command line: python -m tokenize [-e] [filename.py]

def _main():
    import argparse

    def show(tok, exact):
        kind = tok.exact_type if exact else tok.type
        where = '%d,%d-%d,%d:' % (tok.start + tok.end)
        print('%-20s%-15s%-15r' % (where, tok_name[kind], tok.string))

    ap = argparse.ArgumentParser(prog='python -m tokenize')
    ap.add_argument(dest='filename', nargs='?', metavar='filename.py',
                    help='the file to tokenize; defaults to stdin')
    ap.add_argument('-e', '--exact', dest='exact', action='store_true',
                    help='display token names using the exact type')
    ns = ap.parse_args()
    name = ns.filename
    try:
        if name:
            with _builtin_open(name, 'rb') as f:
                toks = list(tokenize(f.readline))
        else:
            name = '<stdin>'
            toks = generate_tokens(sys.stdin.readline)
        for tok in toks:
            show(tok, ns.exact)
    except IndentationError as e:
        row, col = e.args[1][1:3]
        sys.stderr.write('%s:%d:%d: error: %s\n' % (name, row, col, e.args[0]))
        sys.exit(1)
    except TokenError as e:
        row, col = e.args[1]
        sys.stderr.write('%s:%d:%d: error: %s\n' % (name, row, col, e.args[0]))
        sys.exit(1)
    except SyntaxError as e:
        sys.stderr.write('%s: error: %s\n' % (name, e))
        sys.exit(1)
    except OSError as e:
        sys.stderr.write('error: %s\n' % (e,))
        sys.exit(1)
    except KeyboardInterrupt:
        print('interrupted\n')
    except Exception as e:
        sys.stderr.write('unexpected error: %s\n' % (e,))
        raise


if __name__ == '__main__':
    _main()
