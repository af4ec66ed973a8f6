"""Text wrapping and filling (textwrap), pure Python for tspy.

Chunking follows CPython's word-separator rules without the `re` module: a text splits into
runs of whitespace, em-dashes (2+ hyphens between words) and words; a word may end after a
hyphen that sits between letters ("long-term" -> "long-", "term").
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "
_WS = frozenset(_whitespace)


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_wordpunct(c):
    return c.isalnum() or c in '_!"\'&.,?'


def _dashes_then_word(text, i, n):
    """True when text[i:] starts with 2+ hyphens followed by a word character."""
    j = i
    while j < n and text[j] == "-":
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _split_words(text):
    """Chunks of `text` as CPython's textwrap word separator splits it (break_on_hyphens)."""
    chunks = []
    n = len(text)
    pos = 0
    while pos < n:
        c = text[pos]
        if c in _WS:
            e = pos + 1
            while e < n and text[e] in _WS:
                e += 1
            chunks.append(text[pos:e])
            pos = e
            continue
        # em-dash between words
        if c == "-" and pos > 0 and _is_wordpunct(text[pos - 1]) and _dashes_then_word(text, pos, n):
            e = pos
            while text[e] == "-":
                e += 1
            chunks.append(text[pos:e])
            pos = e
            continue
        # a word: the shortest run of non-whitespace that ends at a break point
        e = pos + 1
        while True:
            if e < n and text[e] == "-":
                # hyphenated word: break after this hyphen when letters surround it
                behind = (e >= 2 and _is_letter(text[e - 2]) and _is_letter(text[e - 1])) or (
                    e >= 3 and _is_letter(text[e - 3]) and text[e - 2] == "-" and _is_letter(text[e - 1]))
                if behind and e + 2 < n + 0 and e + 1 < n and _is_letter(text[e + 1]) and (
                        (e + 2 < n and _is_letter(text[e + 2])) or
                        (e + 3 < n and text[e + 2] == "-" and _is_letter(text[e + 3]))):
                    e += 1
                    break
            if e >= n or text[e] in _WS:
                break
            if _is_wordpunct(text[e - 1]) and _dashes_then_word(text, e, n):
                break
            e += 1
        chunks.append(text[pos:e])
        pos = e
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    pos = 0
    while pos < n:
        e = pos + 1
        ws = text[pos] in _WS
        while e < n and (text[e] in _WS) == ws:
            e += 1
        chunks.append(text[pos:e])
        pos = e
    return chunks


def _sentence_end(chunk):
    # [a-z][.!?]["']? at the end of the chunk
    n = len(chunk)
    if n >= 1 and chunk[-1] in "\"'":
        n -= 1
    return n >= 2 and chunk[n - 1] in ".!?" and "a" <= chunk[n - 2] <= "z"


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(" "))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text to wrap into indivisible chunks (words and whitespace runs)."""
        if self.break_on_hyphens is True:
            chunks = _split_words(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Make sure a sentence end is followed by two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Handle a chunk that is too long to fit in any line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a sequence of text chunks into lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of no more than
        'self.width' columns, and return a list of wrapped lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no more than
        'self.width' columns, and return a new string containing the entire wrapped
        paragraph."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that consist solely of spaces and tabs are normalized to empty lines; tabs and
    spaces are not treated as equal.
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line and not line.strip(" \t"):
            lines[i] = ""
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for i, (x, y) in enumerate(zip(margin, ind)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        k = len(margin)
        lines = [line[k:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines where
    'predicate(line)' is True. If 'predicate' is not provided, it will default to adding
    'prefix' to all non-empty lines that do not consist solely of whitespace characters.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
