"""The TOML scanner behind tomllib.loads: one pass over the text, by character position.

Table bookkeeping (paths are tuples of keys from the document root; an array of tables is
entered through its last element, so paths carry no indices):
  headers  tables declared by [x] or [[x]]: a second [x] is an error, dotted keys may not
           enter them
  dotted   tables made by dotted keys (a.b = 1 makes a): [a] may not declare them later
  frozen   inline tables and arrays given as values: nothing may be added inside them
A new [[x]] element forgets everything recorded under x.
"""

import datetime as _dt

from tomllib import TOMLDecodeError

_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_DIGITS = frozenset("0123456789")
_HEX = frozenset("0123456789abcdefABCDEF")
_BLANK = " \t"
_SIMPLE_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


def _is_control(ch, allow_newline):
    """Characters TOML forbids in strings and comments (tab is always allowed)."""
    o = ord(ch)
    if o == 0x7F:
        return True
    if o < 0x20:
        return ch != "\t" and not (allow_newline and ch == "\n")
    return False


class _Scanner:

    def __init__(self, text, parse_float):
        self.text = text
        self.n = len(text)
        self.pos = 0
        self.parse_float = parse_float

    # -- errors --

    def error(self, message, pos=None):
        if pos is None:
            pos = self.pos
        if pos >= self.n:
            where = "end of document"
        else:
            line = self.text.count("\n", 0, pos) + 1
            column = pos - self.text.rfind("\n", 0, pos)
            where = "line %d, column %d" % (line, column)
        return TOMLDecodeError("%s (at %s)" % (message, where))

    # -- small helpers --

    def peek(self, offset=0):
        i = self.pos + offset
        return self.text[i] if i < self.n else ""

    def skip_blanks(self):
        text, n, i = self.text, self.n, self.pos
        while i < n and text[i] in _BLANK:
            i += 1
        self.pos = i

    def skip_comment(self):
        """At '#': the comment up to (not including) the newline."""
        text, n, i = self.text, self.n, self.pos + 1
        while i < n and text[i] != "\n":
            if _is_control(text[i], False):
                self.pos = i
                raise self.error("Found invalid character %r" % text[i])
            i += 1
        self.pos = i

    def skip_space_in_array(self):
        """Blanks, newlines and comments (between the values of an array)."""
        while True:
            self.skip_blanks()
            ch = self.peek()
            if ch == "\n":
                self.pos += 1
            elif ch == "#":
                self.skip_comment()
            else:
                return

    # -- keys --

    def key(self):
        """key = simple-key *( ws '.' ws simple-key ); leaves pos after the last part."""
        parts = [self.key_part()]
        while True:
            save = self.pos
            self.skip_blanks()
            if self.peek() != ".":
                self.pos = save
                return tuple(parts)
            self.pos += 1
            self.skip_blanks()
            parts.append(self.key_part())

    def key_part(self):
        ch = self.peek()
        if ch in _BARE_KEY and ch:
            start = i = self.pos
            text, n = self.text, self.n
            while i < n and text[i] in _BARE_KEY:
                i += 1
            self.pos = i
            return text[start:i]
        if ch == '"':
            return self.basic_string(False)
        if ch == "'":
            return self.literal_string(False)
        raise self.error("Invalid initial character for a key part")

    # -- strings --

    def basic_string(self, multiline):
        """At the opening quote(s) of a "..." or \"\"\"...\"\"\" string."""
        text, n = self.text, self.n
        i = self.pos + (3 if multiline else 1)
        if multiline and i < n and text[i] == "\n":
            i += 1
        out = []
        start = i
        while True:
            if i >= n:
                self.pos = n
                raise self.error("Unterminated string")
            ch = text[i]
            if ch == '"':
                if not multiline:
                    out.append(text[start:i])
                    self.pos = i + 1
                    return "".join(out)
                run = 0
                while i + run < n and text[i + run] == '"' and run < 5:
                    run += 1
                if run >= 3:
                    out.append(text[start:i])
                    out.append('"' * (run - 3))
                    self.pos = i + run
                    return "".join(out)
                i += run
                continue
            if ch == "\\":
                out.append(text[start:i])
                i = self.escape(i, multiline, out)
                start = i
                continue
            if _is_control(ch, multiline):
                self.pos = i
                raise self.error("Illegal character %r" % ch)
            i += 1

    def escape(self, i, multiline, out):
        """At a backslash inside a basic string: append what it stands for, return the next index."""
        text, n = self.text, self.n
        code = text[i + 1] if i + 1 < n else ""
        if multiline and code and code in " \t\n":
            # a line-ending backslash: it and all whitespace up to the next non-blank go
            j = i + 1
            while j < n and text[j] in _BLANK:
                j += 1
            if j < n and text[j] != "\n":
                self.pos = j
                raise self.error("Unescaped '\\' in a string")
            while j < n and text[j] in " \t\n":
                j += 1
            return j
        if code in _SIMPLE_ESCAPES and code:
            out.append(_SIMPLE_ESCAPES[code])
            return i + 2
        if code == "u" or code == "U":
            width = 4 if code == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) != width or any(c not in _HEX for c in digits):
                self.pos = i + 2
                raise self.error("Invalid hex value")
            value = int(digits, 16)
            if 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
                self.pos = i + 2 + width
                raise self.error("Escaped character is not a Unicode scalar value")
            out.append(chr(value))
            return i + 2 + width
        self.pos = min(i + 2, n)
        raise self.error("Unescaped '\\' in a string")

    def literal_string(self, multiline):
        """At the opening quote(s) of a '...' or '''...''' string (no escapes). The closing
        delimiter is found first; then the characters up to it are checked."""
        text, n = self.text, self.n
        delim = "'''" if multiline else "'"
        i = self.pos + len(delim)
        if multiline and i < n and text[i] == "\n":
            i += 1
        end = text.find(delim, i)
        if end < 0:
            self.pos = n
            raise self.error("Expected %s" % ('"' + delim + '"'))
        for j in range(i, end):
            if _is_control(text[j], multiline):
                self.pos = j
                raise self.error("Found invalid character %r" % text[j])
        close = end + len(delim)
        if multiline:
            # up to two more quotes belong to the content
            extra = 0
            while extra < 2 and close + extra < n and text[close + extra] == "'":
                extra += 1
            self.pos = close + extra
            return text[i:end] + "'" * extra
        self.pos = close
        return text[i:end]

    # -- values --

    def value(self):
        """Any value; pos ends just after it. Returns (value, is_frozen_container)."""
        ch = self.peek()
        text = self.text
        if ch == '"':
            return self.basic_string(text.startswith('"""', self.pos)), False
        if ch == "'":
            return self.literal_string(text.startswith("'''", self.pos)), False
        if ch == "[":
            return self.array(), True
        if ch == "{":
            return self.inline_table(), True
        if ch == "t" and text.startswith("true", self.pos):
            self.pos += 4
            return True, False
        if ch == "f" and text.startswith("false", self.pos):
            self.pos += 5
            return False, False
        if ch in _DIGITS and ch:
            moment = self.date_or_time()
            if moment is not None:
                return moment, False
        special = self.inf_or_nan()
        if special is not None:
            return special, False
        number = self.number()
        if number is not None:
            return number, False
        raise self.error("Invalid value")

    def inf_or_nan(self):
        text, i = self.text, self.pos
        if i < self.n and text[i] in "+-":
            i += 1
        word = text[i:i + 3]
        if word == "inf" or word == "nan":
            literal = text[self.pos:i + 3]
            self.pos = i + 3
            return self.parse_float(literal)
        return None

    def digit_run(self, i, allowed):
        """Digits from `allowed` with single underscores between them, from index i; returns the
        end index (i when there is no digit at i)."""
        text, n = self.text, self.n
        if i >= n or text[i] not in allowed:
            return i
        i += 1
        while i < n:
            if text[i] in allowed:
                i += 1
            elif text[i] == "_" and i + 1 < n and text[i + 1] in allowed:
                i += 2
            else:
                break
        return i

    def number(self):
        """An integer (decimal, 0x, 0o, 0b) or a float; None when nothing numeric starts here."""
        text, n, start = self.text, self.n, self.pos
        if text.startswith(("0x", "0o", "0b"), start):
            allowed = {"x": _HEX, "o": frozenset("01234567"), "b": frozenset("01")}[text[start + 1]]
            end = self.digit_run(start + 2, allowed)
            if end > start + 2:
                self.pos = end
                base = {"x": 16, "o": 8, "b": 2}[text[start + 1]]
                return int(text[start + 2:end].replace("_", ""), base)
        i = start
        if i < n and text[i] in "+-":
            i += 1
        if i < n and text[i] == "0":
            int_end = i + 1
        else:
            int_end = self.digit_run(i, _DIGITS)
            if int_end == i:
                return None
        end = int_end
        is_float = False
        if end < n and text[end] == ".":
            frac_end = self.digit_run(end + 1, _DIGITS)
            if frac_end > end + 1:
                end = frac_end
                is_float = True
        if end < n and text[end] in "eE":
            j = end + 1
            if j < n and text[j] in "+-":
                j += 1
            exp_end = self.digit_run(j, _DIGITS)
            if exp_end > j:
                end = exp_end
                is_float = True
        self.pos = end
        literal = text[start:end]
        if is_float:
            return self.parse_float(literal)
        return int(literal.replace("_", ""))

    def fixed_digits(self, i, count):
        """int of exactly `count` decimal digits at i, or None."""
        piece = self.text[i:i + count]
        if len(piece) == count and all(c in _DIGITS for c in piece):
            return int(piece)
        return None

    def clock(self, i):
        """HH:MM:SS[.fraction] at i -> (hour, minute, second, microsecond, end) or None."""
        text, n = self.text, self.n
        hour = self.fixed_digits(i, 2)
        if hour is None or hour > 23 or text[i + 2:i + 3] != ":":
            return None
        minute = self.fixed_digits(i + 3, 2)
        if minute is None or minute > 59 or text[i + 5:i + 6] != ":":
            return None
        second = self.fixed_digits(i + 6, 2)
        if second is None or second > 59:
            return None
        end = i + 8
        micro = 0
        if end < n and text[end] == "." and end + 1 < n and text[end + 1] in _DIGITS:
            j = end + 1
            while j < n and text[j] in _DIGITS:
                j += 1
            micro = int(text[end + 1:j][:6].ljust(6, "0"))
            end = j
        return hour, minute, second, micro, end

    def date_or_time(self):
        """A local time, local date, local or offset date-time starting here, else None."""
        text, n, start = self.text, self.n, self.pos
        clock = self.clock(start)
        if clock is not None:
            hour, minute, second, micro, end = clock
            self.pos = end
            return _dt.time(hour, minute, second, micro)
        year = self.fixed_digits(start, 4)
        if year is None or text[start + 4:start + 5] != "-":
            return None
        month = self.fixed_digits(start + 5, 2)
        if month is None or not 1 <= month <= 12 or text[start + 7:start + 8] != "-":
            return None
        day = self.fixed_digits(start + 8, 2)
        if day is None or not 1 <= day <= 31:
            return None
        end = start + 10
        clock = None
        if end < n and text[end] in "Tt ":
            clock = self.clock(end + 1)
        if clock is None:
            try:
                moment = _dt.date(year, month, day)
            except ValueError:
                raise self.error("Invalid date or datetime") from None
            self.pos = end
            return moment
        hour, minute, second, micro, end = clock
        zone = None
        if end < n and text[end] in "Zz":
            zone = _dt.timezone.utc
            end += 1
        elif end < n and text[end] in "+-":
            off_h = self.fixed_digits(end + 1, 2)
            off_m = self.fixed_digits(end + 4, 2)
            if off_h is not None and off_h <= 23 and text[end + 3:end + 4] == ":" and off_m is not None and off_m <= 59:
                sign = -1 if text[end] == "-" else 1
                zone = _dt.timezone(sign * _dt.timedelta(hours=off_h, minutes=off_m))
                end += 6
        try:
            moment = _dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=zone)
        except ValueError:
            raise self.error("Invalid date or datetime") from None
        self.pos = end
        return moment

    def array(self):
        """At '['."""
        self.pos += 1
        items = []
        while True:
            self.skip_space_in_array()
            if self.peek() == "]":
                self.pos += 1
                return items
            item, _ = self.value()
            items.append(item)
            self.skip_space_in_array()
            ch = self.peek()
            if ch == ",":
                self.pos += 1
                continue
            if ch == "]":
                self.pos += 1
                return items
            raise self.error("Unclosed array")

    def inline_table(self):
        """At '{'."""
        self.pos += 1
        space = _Tables()
        self.skip_blanks()
        if self.peek() == "}":
            self.pos += 1
            return space.root
        while True:
            self.inline_pair(space)
            self.skip_blanks()
            ch = self.peek()
            if ch == "}":
                self.pos += 1
                return space.root
            if ch != ",":
                raise self.error("Unclosed inline table")
            self.pos += 1
            self.skip_blanks()

    def inline_pair(self, space):
        """key = value inside an inline table (one level of calls, like a nested table's depth in
        python3: its RecursionError comes at the same nesting)."""
        path = self.key()
        self.skip_blanks()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_blanks()
        item, frozen = self.value()
        space.put_inline(self, path, item, frozen)

    # -- the document --

    def document(self):
        tables = _Tables()
        section = ()
        text, n = self.text, self.n
        while True:
            self.skip_blanks()
            if self.pos >= n:
                return tables.root
            ch = text[self.pos]
            if ch == "\n":
                self.pos += 1
                continue
            if ch == "#":
                self.skip_comment()
            elif ch == "[":
                if text.startswith("[[", self.pos):
                    self.pos += 2
                    self.skip_blanks()
                    path = self.key()
                    self.skip_blanks()
                    tables.append_element(self, path)
                    if not text.startswith("]]", self.pos):
                        raise self.error("Expected ']]' at the end of an array declaration")
                    self.pos += 2
                else:
                    self.pos += 1
                    self.skip_blanks()
                    path = self.key()
                    self.skip_blanks()
                    tables.declare(self, path)
                    if self.peek() != "]":
                        raise self.error("Expected ']' at the end of a table declaration")
                    self.pos += 1
                section = path
            elif (ch in _BARE_KEY) or ch == '"' or ch == "'":
                path = self.key()
                self.skip_blanks()
                if self.peek() != "=":
                    raise self.error("Expected '=' after a key in a key/value pair")
                self.pos += 1
                self.skip_blanks()
                item, frozen = self.value()
                tables.put(self, section, path, item, frozen)
            else:
                raise self.error("Invalid statement")
            # the rest of the line: blanks and a comment at most
            self.skip_blanks()
            if self.peek() == "#":
                self.skip_comment()
            if self.pos < n and text[self.pos] != "\n":
                raise self.error("Expected newline or end of document after a statement")


class _Tables:
    """A namespace being filled (the document, or one inline table) and what was declared in it."""

    def __init__(self):
        self.root = {}
        self.headers = set()
        self.dotted = set()
        self.frozen = set()

    def under_frozen(self, path):
        return any(path[:i] in self.frozen for i in range(1, len(path) + 1))

    def walk(self, scanner, path, create):
        """The dict at `path`, entering the last element of arrays of tables; missing tables are
        made (each made one passed to create(path)); a value in the way is an error."""
        table = self.root
        for i, key in enumerate(path):
            if key not in table:
                table[key] = {}
                if create is not None:
                    create(path[:i + 1])
            found = table[key]
            if isinstance(found, list):
                if path[:i + 1] in self.frozen or not found or not isinstance(found[-1], dict):
                    raise scanner.error("Cannot overwrite a value")
                found = found[-1]
            elif not isinstance(found, dict):
                raise scanner.error("Cannot overwrite a value")
            table = found
        return table

    def forget_under(self, path):
        size = len(path)
        for group in (self.headers, self.dotted, self.frozen):
            for old in [p for p in group if len(p) > size and p[:size] == path]:
                group.discard(old)

    def declare(self, scanner, path):
        """[path]"""
        if path in self.headers or path in self.dotted or self.under_frozen(path):
            raise scanner.error("Cannot declare %r twice" % (path,))
        parent = self.walk(scanner, path[:-1], None)
        last = path[-1]
        if last in parent:
            if not isinstance(parent[last], dict):
                raise scanner.error("Cannot overwrite a value")
        else:
            parent[last] = {}
        self.headers.add(path)

    def append_element(self, scanner, path):
        """[[path]]"""
        if self.under_frozen(path):
            raise scanner.error("Cannot mutate immutable namespace %r" % (path,))
        parent = self.walk(scanner, path[:-1], None)
        last = path[-1]
        if last in parent:
            elements = parent[last]
            if not isinstance(elements, list) or path not in self.headers:
                raise scanner.error("Cannot overwrite a value")
            elements.append({})
        else:
            parent[last] = [{}]
        self.forget_under(path)
        self.headers.add(path)

    def put(self, scanner, section, key, item, frozen):
        """key = item, in the table [section] of the document."""
        full = section + key
        for i in range(len(section) + 1, len(full)):
            if full[:i] in self.headers:
                raise scanner.error("Cannot redefine namespace %r" % (full[:i],))
        if self.under_frozen(full[:-1]):
            raise scanner.error("Cannot mutate immutable namespace %r" % (full[:-1],))
        table = self.walk(scanner, full[:-1], self.dotted.add)
        for i in range(len(section) + 1, len(full)):
            self.dotted.add(full[:i])
        if key[-1] in table:
            raise scanner.error("Cannot overwrite a value")
        table[key[-1]] = item
        if frozen:
            self.frozen.add(full)

    def put_inline(self, scanner, key, item, frozen):
        """key = item inside an inline table (paths relative to it)."""
        if self.under_frozen(key):
            raise scanner.error("Cannot mutate immutable namespace %r" % (key,))
        table = self.walk(scanner, key[:-1], None)
        if key[-1] in table:
            raise scanner.error("Duplicate inline table key %r" % key[-1])
        table[key[-1]] = item
        if frozen:
            self.frozen.add(key)


def parse_document(text, parse_float):
    return _Scanner(text, parse_float).document()
