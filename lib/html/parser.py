"""A tolerant, incremental HTML parser (tspy), with CPython 3.11's HTMLParser interface.

Subclass HTMLParser and override the handle_* methods; feed() text in pieces of any size and
call close() at the end. The parser reports what it recognises as soon as it can be sure of
it: a construct cut by the end of the text fed so far waits for the next feed() (or close()).

Recognised: start tags (names and attribute names lower-cased, attribute values unquoted and
unescaped), end tags, <x/> (handle_startendtag), comments, <!DOCTYPE ...> and other
declarations, marked sections (<![CDATA[...]]>: unknown_decl), processing instructions, the
raw text of <script> and <style>, and character/entity references (converted inside the text
when convert_charrefs is true, the default; reported separately otherwise).
"""

import re
from html import unescape

__all__ = ['HTMLParser']

# Pieces of the grammar. Whitespace is HTML's ([ \t\n\r\f]) where it matters for names, Python's
# \s elsewhere (as CPython's tolerant patterns do).
_TAG_NAME = r'[a-zA-Z][^\t\n\r\f />\x00]*'
_ATTR_NAME = r'[^\s/>][^\s/=>]*'
_ATTR_VALUE = r"""(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)"""
_ATTR_GAP = r'(?:\s|/(?!>))*'

# The whole of a start tag up to (not including) its closing '>' or '/>'.
_START_TAG_BODY = re.compile(
    '<' + _TAG_NAME
    + r'(?:[\s/]*(?:(?<=[\'"\s/])' + _ATTR_NAME + r'(?:\s*=+\s*' + _ATTR_VALUE + r'\s*)?' + _ATTR_GAP + ')*)?'
    + r'\s*')
# The tag name after '<' (or '</'), then the gap before the first attribute.
_NAME_AND_GAP = re.compile('(' + _TAG_NAME + ')' + _ATTR_GAP)
# One attribute: name, then optionally '=' and a value, then the gap to the next one.
_ONE_ATTR = re.compile(
    r'((?<=[\'"\s/])' + _ATTR_NAME + r')(\s*=+\s*(' + _ATTR_VALUE + '))?' + _ATTR_GAP)
# A well-formed end tag.
_END_TAG = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_LETTER_AFTER_LT = re.compile('<[a-zA-Z]')
_COMMENT_END = re.compile(r'--\s*>')
_SECTION_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_SECTION_END = re.compile(r']\s*]\s*>')
_CONDITIONAL_END = re.compile(r']\s*>')
_MARKUP_OR_REF = re.compile('[&<]')
_CHAR_REF = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_ENTITY_REF = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_PARTIAL_REF = re.compile('&[a-zA-Z#]')
_REF_TERMINATOR = re.compile(r'[\s;]')

# Characters after a start tag's attributes that mean "the rest has not arrived yet".
_WAIT_FOR_MORE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/')

_SECTIONS = frozenset(('temp', 'cdata', 'ignore', 'include', 'rcdata'))
_CONDITIONALS = frozenset(('if', 'else', 'endif'))


class HTMLParser:
    """Reports the markup of fed text through handle_* methods (which do nothing here)."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    # -- public interface --

    def reset(self):
        """Forget everything fed so far."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _MARKUP_OR_REF
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        """Parse more text."""
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        """The text is complete: report whatever is pending."""
        self.goahead(True)

    def getpos(self):
        """(line, column) of the start of what is being reported."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The source text of the last start tag."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        # Raw text ends only at a complete closing tag for the element.
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _MARKUP_OR_REF
        self.cdata_elem = None

    def updatepos(self, i, j):
        """Advance the reported position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        newlines = self.rawdata.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    # -- the handlers (override these) --

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass

    # -- scanning --

    def _text(self, start, stop):
        """Report rawdata[start:stop] as text (converted, outside script/style, when asked)."""
        piece = self.rawdata[start:stop]
        if self.convert_charrefs and not self.cdata_elem:
            piece = unescape(piece)
        self.handle_data(piece)

    def _text_end(self, i, n, at_end):
        """Where the run of text starting at i ends, or None to wait for more input."""
        raw = self.rawdata
        if self.convert_charrefs and not self.cdata_elem:
            lt = raw.find('<', i)
            if lt >= 0:
                return lt
            # A reference may be cut by the end of what has arrived: wait unless it is closed.
            amp = raw.rfind('&', max(i, n - 34))
            if amp >= 0 and not _REF_TERMINATOR.search(raw, amp):
                return None
            return n
        found = self.interesting.search(raw, i)
        if found:
            return found.start()
        if self.cdata_elem:
            return None
        return n

    def goahead(self, at_end):
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            stop = self._text_end(i, n, at_end)
            if stop is None:
                break
            if i < stop:
                self._text(i, stop)
            i = self.updatepos(i, stop)
            if i == n:
                break
            if raw[i] == '<':
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if not at_end:
                        break
                    k = self._unparsable_markup_end(i)
                    self._text(i, k)
                i = self.updatepos(i, k)
            elif raw.startswith('&#', i):
                found = _CHAR_REF.match(raw, i)
                if found is None:
                    if ';' in raw[i:]:
                        self.handle_data(raw[i:i + 2])
                        i = self.updatepos(i, i + 2)
                    break
                self.handle_charref(found.group()[2:-1])
                i = self.updatepos(i, self._after_ref(found))
            else:
                found = _ENTITY_REF.match(raw, i)
                if found is not None:
                    self.handle_entityref(found.group(1))
                    i = self.updatepos(i, self._after_ref(found))
                    continue
                partial = _PARTIAL_REF.match(raw, i)
                if partial is not None:
                    if at_end and partial.group() == raw[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 >= n:
                    break
                self.handle_data('&')
                i = self.updatepos(i, i + 1)
        if at_end and i < n and not self.cdata_elem:
            self._text(i, n)
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    def _after_ref(self, found):
        # The match took one character after the reference; keep it unless it is the ';'.
        stop = found.end()
        return stop if self.rawdata[stop - 1] == ';' else stop - 1

    def _unparsable_markup_end(self, i):
        """At the end of input, how much of a '<' that starts no markup is plain text."""
        raw = self.rawdata
        gt = raw.find('>', i + 1)
        if gt >= 0:
            return gt + 1
        lt = raw.find('<', i + 1)
        return lt if lt >= 0 else i + 1

    def _markup(self, i, n):
        """Parse the markup at rawdata[i] == '<': the index after it, -1 when incomplete or
        unparsable, None to stop and wait (a lone '<' at the end of the input so far)."""
        raw = self.rawdata
        if _LETTER_AFTER_LT.match(raw, i):
            return self.parse_starttag(i)
        if raw.startswith('</', i):
            return self.parse_endtag(i)
        if raw.startswith('<!--', i):
            return self.parse_comment(i)
        if raw.startswith('<?', i):
            return self.parse_pi(i)
        if raw.startswith('<!', i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data('<')
            return i + 1
        return None

    # -- the constructs --

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw.startswith('<!--', i):
            return self.parse_comment(i)
        if raw.startswith('<![', i):
            return self.parse_marked_section(i)
        if raw[i:i + 9].lower() == '<!doctype':
            gt = raw.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(raw[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_comment(self, i, report=1):
        raw = self.rawdata
        if not raw.startswith('<!--', i):
            raise AssertionError('unexpected call to parse_comment()')
        close = _COMMENT_END.search(raw, i + 4)
        if close is None:
            return -1
        if report:
            self.handle_comment(raw[i + 4:close.start()])
        return close.end()

    def parse_bogus_comment(self, i, report=1):
        raw = self.rawdata
        if raw[i:i + 2] not in ('<!', '</'):
            raise AssertionError('unexpected call to parse_bogus_comment()')
        gt = raw.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(raw[i + 2:gt])
        return gt + 1

    def parse_marked_section(self, i, report=1):
        raw = self.rawdata
        if not raw.startswith('<![', i):
            raise AssertionError('unexpected call to parse_marked_section()')
        start = i + 3
        if start == len(raw):
            return -1
        word = _SECTION_NAME.match(raw, start)
        if word is None:
            self.updatepos(i, start)
            raise AssertionError('expected name token at %r' % raw[i:i + 20])
        if word.end() == len(raw):
            return -1
        keyword = word.group().strip().lower()
        if keyword in _SECTIONS:
            close = _SECTION_END.search(raw, start)
        elif keyword in _CONDITIONALS:
            close = _CONDITIONAL_END.search(raw, start)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % raw[start:word.end()])
        if close is None:
            return -1
        if report:
            self.unknown_decl(raw[start:close.start()])
        return close.end()

    def parse_pi(self, i):
        raw = self.rawdata
        gt = raw.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(raw[i + 2:gt])
        return gt + 1

    def check_for_whole_start_tag(self, i):
        """Index after the start tag at i; -1 when it may continue in later input."""
        raw = self.rawdata
        body = _START_TAG_BODY.match(raw, i)
        if body is None:
            raise AssertionError('we should not get here!')
        j = body.end()
        following = raw[j:j + 1]
        if following == '>':
            return j + 1
        if following == '/':
            if raw.startswith('/>', j):
                return j + 2
            if raw.startswith('/', j):
                return -1
        if following == '' or following in _WAIT_FOR_MORE:
            return -1
        return j if j > i else i + 1

    def parse_starttag(self, i):
        self._starttag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        raw = self.rawdata
        self._starttag_text = raw[i:stop]

        head = _NAME_AND_GAP.match(raw, i + 1)
        k = head.end()
        tag = head.group(1).lower()
        self.lasttag = tag
        attrs = []
        while k < stop:
            attr = _ONE_ATTR.match(raw, k)
            if attr is None:
                break
            name, assignment, value = attr.group(1, 2, 3)
            if not assignment:
                value = None
            else:
                if value[:1] in ('\'', '"') and value[:1] == value[-1:]:
                    value = value[1:-1]
                if value:
                    value = unescape(value)
            attrs.append((name.lower(), value))
            k = attr.end()

        closing = raw[k:stop].strip()
        if closing not in ('>', '/>'):
            self.handle_data(raw[i:stop])
            return stop
        if closing.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return stop

    def parse_endtag(self, i):
        raw = self.rawdata
        if not raw.startswith('</', i):
            raise AssertionError('unexpected call to parse_endtag')
        gt = raw.find('>', i + 1)
        if gt < 0:
            return -1
        after = gt + 1
        proper = _END_TAG.match(raw, i)
        if proper is None:
            if self.cdata_elem is not None:
                self.handle_data(raw[i:after])
                return after
            named = _NAME_AND_GAP.match(raw, i + 2)
            if named is None:
                if raw.startswith('</>', i):
                    return i + 3
                return self.parse_bogus_comment(i)
            self.handle_endtag(named.group(1).lower())
            return raw.find('>', named.end()) + 1
        tag = proper.group(1).lower()
        if self.cdata_elem is not None and tag != self.cdata_elem:
            self.handle_data(raw[i:after])
            return after
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return after
