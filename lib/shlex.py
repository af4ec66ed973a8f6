"""A lexer for shell-like syntax (shlex module) for tspy.

The lexer reads one character at a time and is always in one of these states:
' ' (between tokens), 'a' (inside a word), 'c' (inside a run of punctuation
characters), a quote character (inside that quote), an escape character (just after
it), or None (end of input).  Each state has its own step method.
"""

import os
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_WORD = 'a'
# (sic: 'dfe'; the order is visible in the wordchars attribute)
_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_LETTERS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                   'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_DEFAULT_PUNCTUATION = '();<>|&'
_PUNCT = 'c'
_BETWEEN = ' '


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes: iterate over it, or
    call get_token(), to read tokens from a string or stream.  posix=True applies
    POSIX shell rules (quotes are removed, escapes are processed);
    punctuation_chars (True or a string) makes runs of those characters separate
    tokens."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream, self.infile = sys.stdin, None
        else:
            self.instream, self.infile = instream, infile
        letters = _ASCII_WORD + (_LATIN1_LETTERS if posix else '')
        vars(self).update(
            posix=posix, eof=None if posix else '', commenters='#', wordchars=letters,
            whitespace=' \t\r\n', whitespace_split=False, quotes='\'"', escape='\\',
            escapedquotes='"', state=_BETWEEN, pushback=deque(), lineno=1, debug=0,
            token='', filestack=deque(), source=None)
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        self._punctuation_chars = punctuation_chars or ''
        if punctuation_chars:
            # characters read ahead while scanning punctuation, read again first
            self._pushback_chars = deque()
            # file names, options and wildcards are words too
            extended = self.wordchars + '~-./*?='
            self.wordchars = ''.join(ch for ch in extended if ch not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    # ---------------------------------------------------------------- sources

    def push_token(self, tok):
        """Make tok the next token get_token() returns."""
        self._trace(1, "pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream (a stream or string) until it ends, then resume the
        current input."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file %s' % (self.infile,))
            else:
                print('shlex: pushing to stream %s' % (self.instream,))

    def pop_source(self):
        """Close the current input and go back to the previous one."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = _BETWEEN

    def sourcehook(self, newfile):
        """(file name, open stream) for a `source` directive naming newfile
        (relative names are relative to the current file)."""
        name = newfile[1:-1] if newfile[0] == '"' else newfile
        current = self.infile
        if isinstance(current, str) and not os.path.isabs(name):
            # like cpp: relative to the including file
            name = os.path.join(os.path.dirname(current), name)
        return name, open(name, "r")

    def error_leader(self, infile=None, lineno=None):
        """'"file", line N: ', the start of a compiler-style error message."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    # ---------------------------------------------------------------- tokens

    def get_token(self):
        """The next token: pushed-back tokens first; handles `source` inclusion and
        the end of included inputs.  Returns self.eof at the end."""
        if self.pushback:
            pushed = self.pushback.popleft()
            self._trace(1, "popping token " + repr(pushed))
            return pushed
        token = self.read_token()
        while self.source is not None and token == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                self.push_source(included[1], included[0])
            token = self.get_token()
        while token == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            token = self.get_token()
        self._trace(1, "token=" + ("EOF" if token == self.eof else repr(token)))
        return token

    def _trace(self, level, text):
        if self.debug >= level:
            print("shlex: " + text)

    def _next_char(self):
        if self.punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _token_ready(self):
        """Whether whitespace ends a token now (a quoted empty string counts)."""
        return bool(self.token) or (self.posix and self._quoted)

    def read_token(self):
        """Read one raw token from the input (no pushback or source handling)."""
        self._quoted = False
        self._escaped_from = _BETWEEN
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, ch))
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == _BETWEEN:
                done = self._between(ch)
            elif state in self.quotes:
                done = self._in_quote(ch, state)
            elif state in self.escape:
                done = self._after_escape(ch, state)
            elif state in (_WORD, _PUNCT):
                done = self._in_word(ch, state)
            else:
                done = False
            if done:
                break
        result, self.token = self.token, ''
        if result == '' and self.posix and not self._quoted:
            result = None
        self._trace(2, "raw token=" + (repr(result) if result else "EOF"))
        return result

    # Each step consumes one character; True means the current token is complete.

    def _between(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in whitespace state")
            return self._token_ready()
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._escaped_from = _WORD
            self.state = ch
        elif ch in self.wordchars:
            self.token, self.state = ch, _WORD
        elif ch in self.punctuation_chars:
            self.token, self.state = ch, _PUNCT
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token, self.state = ch, _WORD
        else:
            self.token = ch
            return self._token_ready()
        return False

    def _in_quote(self, ch, quote):
        self._quoted = True
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if ch == quote:
            if not self.posix:
                self.token += ch
                self.state = _BETWEEN
                return True
            self.state = _WORD
        elif self.posix and ch in self.escape and quote in self.escapedquotes:
            self._escaped_from = quote
            self.state = ch
        else:
            self.token += ch
        return False

    def _after_escape(self, ch, escape):
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in escape state")
            raise ValueError("No escaped character")
        origin = self._escaped_from
        # inside quotes only the quote and the escape character itself are escaped
        if origin in self.quotes and ch != escape and ch != origin:
            self.token += escape
        self.token += ch
        self.state = origin
        return False

    def _in_word(self, ch, state):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in word state")
            self.state = _BETWEEN
            return self._token_ready()
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = _BETWEEN
                return self._token_ready()
            return False
        if state == _PUNCT:
            if ch in self.punctuation_chars:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = _BETWEEN
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._escaped_from = _WORD
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self.punctuation_chars)):
            self.token += ch
        else:
            if self.punctuation_chars:
                self._pushback_chars.append(ch)
            else:
                self.pushback.appendleft(ch)
            if self.debug >= 2:
                print("shlex: I see punctuation in word state")
            self.state = _BETWEEN
            return self._token_ready()
        return False

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s like a shell would (POSIX rules by default); comments
    starting with # are dropped only when comments is true."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """The command line (a str) for a list of arguments, quoted as needed."""
    return ' '.join(quote(arg) for arg in split_command)


_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
                  '_@%+=:,./-')


def quote(s):
    """s quoted for a POSIX shell: unchanged when it only has safe characters,
    else in single quotes (a single quote becomes '"'"')."""
    if not s:
        return "''"
    if _SAFE.issuperset(s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
