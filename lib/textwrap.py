"""Text wrapping and filling (textwrap module) for tspy.

Text is cut into chunks (runs of whitespace, words, pieces of hyphenated words and
em-dashes) by a hand-written scanner, then the chunks are packed into lines.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace TextWrapper knows about (ASCII only, on purpose).
_whitespace = '\t\n\x0b\x0c\r '
_SPACES = frozenset(_whitespace)
_WORD_PUNCT_EXTRA = frozenset('!"\'&.,?')


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # a word character that is not a decimal digit
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _is_word_punct(ch):
    return _is_word_char(ch) or ch in _WORD_PUNCT_EXTRA


class _Text:
    """Character tests at positions of one string (False outside it)."""

    def __init__(self, text):
        self.s = text
        self.n = len(text)

    def at(self, i, test):
        return 0 <= i < self.n and test(self.s[i])

    def char(self, i, ch):
        return 0 <= i < self.n and self.s[i] == ch

    def dash_run_end(self, i):
        while i < self.n and self.s[i] == '-':
            i += 1
        return i

    def em_dash_at(self, i):
        """A run of two or more '-' at i, after word punctuation and before a word
        character: returns the end of the run, else -1."""
        if not (self.char(i, '-') and self.char(i + 1, '-') and self.at(i - 1, _is_word_punct)):
            return -1
        end = self.dash_run_end(i)
        return end if self.at(end, _is_word_char) else -1

    def hyphen_break_after(self, p):
        """Whether the '-' at p splits a hyphenated word: two letters (or
        letter-hyphen-letter) before it, and letter[-]letter after it."""
        if not self.char(p, '-'):
            return False
        before = ((self.at(p - 2, _is_letter) and self.at(p - 1, _is_letter))
                  or (self.at(p - 3, _is_letter) and self.char(p - 2, '-')
                      and self.at(p - 1, _is_letter)))
        if not before or not self.at(p + 1, _is_letter):
            return False
        return self.at(p + 2, _is_letter) or (self.char(p + 2, '-')
                                              and self.at(p + 3, _is_letter))


def _hyphen_aware_chunks(text):
    """Whitespace runs, em-dashes, and words (split after the hyphens of
    hyphenated words and before em-dashes)."""
    t = _Text(text)
    n = t.n
    chunks = []
    i = 0
    while i < n:
        if text[i] in _SPACES:
            end = i + 1
            while end < n and text[end] in _SPACES:
                end += 1
        else:
            end = t.em_dash_at(i)
            if end < 0:
                end = i + 1
                while True:
                    if t.hyphen_break_after(end):
                        end += 1
                        break
                    if end == n or text[end] in _SPACES or t.em_dash_at(end) >= 0:
                        break
                    end += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _space_separated_chunks(text):
    """Alternating runs of non-whitespace and whitespace."""
    chunks = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or (text[i] in _SPACES) != (text[start] in _SPACES):
            chunks.append(text[start:i])
            start = i
    return chunks


def _ends_sentence(chunk):
    """A lowercase ASCII letter, then . ! or ?, then maybe a closing quote, at the end."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps paragraphs of text into lines of at most `width` characters.

    Options (also attributes): width; initial_indent and subsequent_indent
    (prefixes of the first and other lines); expand_tabs and tabsize; replace_whitespace
    (each whitespace character becomes a space); drop_whitespace (no whitespace at the
    start or end of lines); fix_sentence_endings (two spaces after a sentence);
    break_long_words (split words longer than a line); break_on_hyphens (lines may end
    after the hyphen of a hyphenated word); max_lines (truncate, ending with
    placeholder)."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        vars(self).update(
            width=width, initial_indent=initial_indent, subsequent_indent=subsequent_indent,
            expand_tabs=expand_tabs, replace_whitespace=replace_whitespace,
            fix_sentence_endings=fix_sentence_endings, break_long_words=break_long_words,
            drop_whitespace=drop_whitespace, break_on_hyphens=break_on_hyphens,
            tabsize=tabsize, max_lines=max_lines, placeholder=placeholder)

    # -- chunking
    def _munge_whitespace(self, text):
        """Expand tabs, then turn every whitespace character into a space (as the
        options say)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The chunks of text (see the module docstring)."""
        if self.break_on_hyphens is True:
            return _hyphen_aware_chunks(text)
        return _space_separated_chunks(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after each sentence-ending chunk two spaces."""
        i = 0
        last = len(chunks) - 1
        while i < last:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- packing
    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with the next chunk, too long for any line: cut what fits (at a
        hyphen when possible), or put it whole on an empty line."""
        room = width - cur_len if width >= 1 else 1
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                hyphen = word.rfind('-', 0, room)
                if hyphen > 0 and word[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _check_width(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            prefix = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(prefix) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

    def _wrap_chunks(self, chunks):
        """Pack chunks into lines (the list is consumed)."""
        self._check_width()
        pending = chunks[::-1]      # next chunk last, for cheap pops
        lines = []
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if self._line_allowed(lines, pending, used, room):
                lines.append(prefix + ''.join(line))
                continue
            self._truncate(lines, line, used, room, prefix)
            break
        return lines

    def _line_allowed(self, lines, pending, used, room):
        """Whether a finished line may be kept as is under max_lines."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_is_blank = (not pending or (self.drop_whitespace and len(pending) == 1
                                         and not pending[0].strip()))
        return rest_is_blank and used <= room

    def _truncate(self, lines, line, used, room, prefix):
        """Finish with the placeholder: on this line if it fits after some visible
        text, else on the previous line, else alone."""
        while line:
            if line[-1].strip() and used + len(self.placeholder) <= room:
                lines.append(prefix + ''.join(line) + self.placeholder)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(prefix + self.placeholder.lstrip())

    # -- public
    def wrap(self, text):
        """The lines (without newlines) of the wrapped text."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap text into lines of at most width characters; a list of lines without
    newlines.  Keyword arguments are TextWrapper options."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Like wrap(), as one string with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to fit in width, ending with
    the placeholder when something was cut."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.split()))


# ---------------------------------------------------------------- dedent / indent

def _leading_blanks(line):
    end = 0
    while end < len(line) and line[end] in ' \t':
        end += 1
    return line[:end]


def dedent(text):
    """Remove the leading spaces and tabs that all non-blank lines share (lines of
    only spaces and tabs become empty; tabs and spaces are not equivalent)."""
    pieces = text.split('\n')
    lines = []
    for piece in pieces:
        if piece and not piece.strip(' \t'):
            piece = ''
        lines.append(piece)
    margin = None
    for line in lines:
        if not line:
            continue
        blanks = _leading_blanks(line)
        if margin is None or margin.startswith(blanks):
            margin = blanks
        elif not blanks.startswith(margin):
            shared = 0
            while margin[shared] == blanks[shared]:
                shared += 1
            margin = margin[:shared]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true (by default
    the lines that are not just whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
