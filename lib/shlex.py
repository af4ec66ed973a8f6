"""A lexical analyzer class for simple shell-like syntaxes (shlex), for tspy.

The lexer reads one character at a time and keeps a state: " " between tokens, "a" in a
word, "c" in a run of punctuation characters, a quote character inside quotes, an escape
character after an escape, or None at end of input. Each state has its own step method;
a step returns True when the current token is complete.
"""

import sys
from collections import deque

__all__ = ["shlex", "split", "quote", "join"]


class shlex:

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            from io import StringIO
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
        if self.posix:
            self.wordchars += ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                               "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # _pushback_chars holds characters read ahead while scanning punctuation
            self._pushback_chars = deque()
            self.wordchars += "~-./*?="
            # remove any punctuation chars from wordchars
            t = self.wordchars.maketrans(dict.fromkeys(punctuation_chars))
            self.wordchars = self.wordchars.translate(t)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        if isinstance(newstream, str):
            from io import StringIO
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print(f"shlex: pushing to file {self.infile}")
            else:
                print(f"shlex: pushing to stream {self.instream}")

    def pop_source(self):
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        if self.debug:
            print(f"shlex: popping to {self.instream}, line {self.lineno}")
        self.state = " "

    def get_token(self):
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            else:
                self.pop_source()
                raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

    # -- the state machine

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _done(self):
        """True when a token (possibly an empty quoted one) is ready."""
        return bool(self.token) or (self.posix and self._quoted)

    def _step_between(self, c):
        if not c:
            self.state = None
            return True
        if c in self.whitespace:
            return self._done()
        if c in self.commenters:
            self._skip_comment()
        elif self.posix and c in self.escape:
            self._escaped_from = "a"
            self.state = c
        elif c in self.wordchars:
            self.token = c
            self.state = "a"
        elif c in self._punctuation_chars:
            self.token = c
            self.state = "c"
        elif c in self.quotes:
            if not self.posix:
                self.token = c
            self.state = c
        elif self.whitespace_split:
            self.token = c
            self.state = "a"
        else:
            self.token = c
            return self._done()
        return False

    def _step_quoted(self, c):
        self._quoted = True
        if not c:
            raise ValueError("No closing quotation")
        if c == self.state:
            if not self.posix:
                self.token += c
                self.state = " "
                return True
            self.state = "a"
        elif self.posix and c in self.escape and self.state in self.escapedquotes:
            self._escaped_from = self.state
            self.state = c
        else:
            self.token += c
        return False

    def _step_escaped(self, c):
        if not c:
            raise ValueError("No escaped character")
        # inside quotes only the quote itself or the escape character can be escaped
        back = self._escaped_from
        if back in self.quotes and c != self.state and c != back:
            self.token += self.state
        self.token += c
        self.state = back
        return False

    def _step_word(self, c):
        if not c:
            self.state = None
            return True
        if c in self.whitespace:
            self.state = " "
            return self._done()
        if c in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = " "
                return self._done()
            return False
        if self.state == "c":
            if c in self._punctuation_chars:
                self.token += c
                return False
            if c not in self.whitespace:
                self._pushback_chars.append(c)
            self.state = " "
            return True
        if self.posix and c in self.quotes:
            self.state = c
        elif self.posix and c in self.escape:
            self._escaped_from = "a"
            self.state = c
        elif (c in self.wordchars or c in self.quotes
              or (self.whitespace_split and c not in self._punctuation_chars)):
            self.token += c
        else:
            if self._punctuation_chars:
                self._pushback_chars.append(c)
            else:
                self.pushback.appendleft(c)
            self.state = " "
            return self._done()
        return False

    def read_token(self):
        self._quoted = False
        self._escaped_from = " "
        while True:
            c = self._next_char()
            if c == "\n":
                self.lineno += 1
            if self.debug >= 3:
                print(f"shlex: in state {self.state!r} I see character: {c!r}")
            state = self.state
            if state is None:
                self.token = ""  # past end of file
                break
            if state == " ":
                finished = self._step_between(c)
            elif state in self.quotes:
                finished = self._step_quoted(c)
            elif state in self.escape:
                finished = self._step_escaped(c)
            elif state in ("a", "c"):
                finished = self._step_word(c)
            else:
                finished = False
            if finished:
                break
        result = self.token
        self.token = ""
        if self.posix and not self._quoted and result == "":
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        import os
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        # relative paths are relative to the file doing the inclusion
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return f"\"{infile}\", line {lineno}: "

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def join(split_command):
    return " ".join(quote(arg) for arg in split_command)


_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def quote(s):
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    # use single quotes, and put single quotes into double quotes: 'a'"'"'b'
    return "'" + s.replace("'", "'\"'\"'") + "'"
