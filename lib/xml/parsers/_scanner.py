"""tspy's XML reader: an expat-compatible, incremental, non-validating parser in pure Python.

Layout of a reader's state (all private):
  _buf      decoded text not yet discarded; _at is the scan position inside it
  _line0, _col0   line (1-based) and column of _buf[0] in the whole document
  _phase    0 before the root element, 1 inside it, 2 after it
  _open     stack of raw element names (as written), _frames the namespace bindings each pushed
The scanner handles one complete token per loop step; a token cut by the end of the buffer stops
the loop (the rest waits for the next feed) unless the feed is final, then it is an error.
Hot paths match whole tokens with one regular expression; only when that fails does a char-by-char
diagnosis find expat's error position.
"""
import re
import codecs

XML_NS = "http://www.w3.org/XML/1998/namespace"
XMLNS_NS = "http://www.w3.org/2000/xmlns/"

MESSAGES = (None, 'out of memory', 'syntax error', 'no element found',
    'not well-formed (invalid token)', 'unclosed token', 'partial character', 'mismatched tag',
    'duplicate attribute', 'junk after document element', 'illegal parameter entity reference',
    'undefined entity', 'recursive entity reference', 'asynchronous entity',
    'reference to invalid character number', 'reference to binary entity',
    'reference to external entity in attribute',
    'XML or text declaration not at start of entity', 'unknown encoding',
    'encoding specified in XML declaration is incorrect', 'unclosed CDATA section',
    'error in processing external entity reference', 'document is not standalone',
    'unexpected parser state - please send a bug report', 'entity declared in parameter entity',
    'requested feature requires XML_DTD support in Expat',
    'cannot change setting once parsing has begun', 'unbound prefix',
    'must not undeclare prefix', 'incomplete markup in parameter entity',
    'XML declaration not well-formed', 'text declaration not well-formed',
    'illegal character(s) in public id', 'parser suspended', 'parser not suspended',
    'parsing aborted', 'parsing finished', 'cannot suspend in external parameter entity',
    'reserved prefix (xml) must not be undeclared or bound to another namespace name',
    'reserved prefix (xmlns) must not be declared or undeclared',
    'prefix must not be bound to one of the reserved namespace names', 'invalid argument',
    'a successful prior call to function XML_GetBuffer is required',
    'limit on input amplification factor (from DTD and entities) breached')

E_SYNTAX, E_NO_ELEMENTS, E_INVALID, E_UNCLOSED, E_TAG_MISMATCH, E_DUP_ATTR, E_JUNK = 2, 3, 4, 5, 7, 8, 9
E_UNDEF_ENTITY, E_RECURSIVE, E_BAD_CHARREF, E_MISPLACED_DECL, E_UNKNOWN_ENC = 11, 12, 14, 17, 18
E_UNCLOSED_CDATA, E_UNBOUND, E_UNDECLARING, E_XML_DECL, E_FINISHED = 20, 27, 28, 30, 36
E_RESERVED_XML, E_RESERVED_XMLNS, E_RESERVED_URI = 38, 39, 40


class ExpatError(Exception):
    pass


# ---- token patterns (XML 1.0 names, whitespace is exactly space/tab/CR/LF) ----
_S = "[ \t\r\n]"
_NAME = r"(?:[^\W\d]|:)[\w.\-:\u00b7]*"
_BADCHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
_VAL = '"[^"<' + _BADCHARS + ']*"|\'[^\'<' + _BADCHARS + ']*\''
_START_TAG = re.compile("<(" + _NAME + ")((?:" + _S + "+" + _NAME + _S + "*=" + _S + "*(?:" + _VAL + "))*)" + _S + "*(/?)>")
_ATTR = re.compile(_S + "+(" + _NAME + ")" + _S + "*=" + _S + "*(?:\"([^\"]*)\"|'([^']*)')")
_END_TAG = re.compile("</(" + _NAME + ")" + _S + "*>")
_TEXT = re.compile("(?:[^<&\r\n\\]" + _BADCHARS + "]|\\](?!\\]>))+")
_REF = re.compile("&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(" + _NAME + "));")
_NAME_AT = re.compile(_NAME)
_NAME_ONLY = re.compile(_NAME + "$")
_NMTOKEN = re.compile("[\\w.\\-:\u00b7]+")
_BAD = re.compile("[" + _BADCHARS + "]")
_SPACE = re.compile(_S + "*")
_PI = re.compile(r"<\?(" + _NAME + ")(?:" + _S + "+(.*?))?\?>", re.S)
_DECL_ATTR = re.compile("(" + _S + "+)(" + _NAME + ")" + _S + "*=" + _S + "*(?:\"([^\"]*)\"|'([^']*)')")
_VALUE_SPECIAL = re.compile("[&\t\n\r]")
_DECL_TOKEN = re.compile("\"[^\"]*\"|'[^']*'|\\([^)]*\\)|[^ \t\r\n]+")
_LITERAL = re.compile("\"([^\"]*)\"|'([^']*)'")
_ENC_DECL = re.compile(rb"<\?xml[^>]*?encoding[ \t\r\n]*=[ \t\r\n]*[\"']([A-Za-z][A-Za-z0-9._\-]*)[\"']")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": '"'}


def _good_char(code):
    if code < 0x20:
        return code in (9, 10, 13)
    if 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
        return False
    return code <= 0x10FFFF


class _Stop(Exception):
    """Raised inside the scanner when a token is cut by the end of the buffer."""


_BOOL_ATTRS = frozenset(("buffer_text", "ordered_attributes", "specified_attributes",
                         "namespace_prefixes"))
_PUBLIC_ATTRS = frozenset(("buffer_size", "ErrorCode", "ErrorLineNumber", "ErrorColumnNumber",
                           "ErrorByteIndex", "internal_subset", "intern"))


class Reader:
    """The parser object (xml.parsers.expat.XMLParserType)."""

    def __setattr__(self, name, value):
        if not isinstance(name, str):
            raise TypeError("attribute name must be string, not '%s'" % type(name).__name__)
        if name in _BOOL_ATTRS:
            value = bool(value)
            if name == "buffer_text" and not value and getattr(self, "_pending_text", None):
                self._flush_text()
        elif name == "buffer_size":
            if not isinstance(value, int):
                raise TypeError("buffer_size must be an integer")
            if value <= 0:
                raise ValueError("buffer_size must be greater than zero")
            if value > 2147483647:
                raise ValueError("buffer_size must not be greater than %d" % 2147483647)
            if getattr(self, "_pending_text", None):
                self._flush_text()
        elif name[:1] != "_" and name not in _PUBLIC_ATTRS and name not in _HANDLER_SET:
            raise AttributeError("'xmlparser' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def UseForeignDTD(self, flag=True):
        self._foreign_dtd = bool(flag)

    def SetParamEntityParsing(self, flag):
        return 1

    def GetReparseDeferralEnabled(self):
        return False

    def SetReparseDeferralEnabled(self, enabled):
        pass

    def GetInputContext(self):
        return None

    def _buffer(self, chunk):
        """buffer_text: join character data until markup or a full buffer."""
        pending = self._pending_text
        if pending and self._pending_size + len(chunk) > self.buffer_size:
            self._flush_text()
        if len(chunk) > self.buffer_size:
            self.CharacterDataHandler(chunk)
            return
        pending.append(chunk)
        self._pending_size += len(chunk)
        if self._pending_size >= self.buffer_size:
            self._flush_text()

    def __init__(self, encoding=None, namespace_separator=None):
        self._encoding = encoding
        self._sep = namespace_separator
        self._clark = False  # ElementTree style names "{uri}local"
        self._keep_raw = False  # check namespaces but report names and xmlns attributes as written
        self.internal_subset = None
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        for h in _HANDLER_NAMES:
            setattr(self, h, None)
        self._buf = ""
        self._at = 0
        self._line0 = 1
        self._col0 = 0
        self._phase = 0
        self._open = []
        self._frames = []
        self._ns = {"xml": XML_NS}
        self._entities = {}
        self._external = set()
        self._names = set()
        self._attr_types = {}  # element name -> {attribute: declared type other than CDATA}
        self._defaults = {}  # element name -> [(attribute, default value)] from ATTLIST  # names already checked against the XML Name production
        self._unknown_ok = False  # undefined entities are "skipped" (external DTD parts)
        self._active = []
        self._started = False
        self._done = False
        self._last_error = None
        self._raw = None  # bytes waiting for encoding detection
        self._decoder = None
        self._from_str = None
        self._tok = 0
        self._pending_text = []
        self._pending_size = 0
        self._foreign_dtd = False
        self._saw_doctype = False
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1

    # ---- positions ----
    def _linecol(self, pos):
        buf = self._buf
        if pos > len(buf):
            pos = len(buf)
        lf = buf.count("\n", 0, pos)
        cr = buf.count("\r", 0, pos)
        if not lf and not cr:
            return self._line0, self._col0 + pos
        crlf = buf.count("\r\n", 0, pos)
        last = max(buf.rfind("\n", 0, pos), buf.rfind("\r", 0, pos))
        return self._line0 + lf + cr - crlf, pos - last - 1

    @property
    def CurrentLineNumber(self):
        return self._linecol(self._tok)[0]

    @property
    def CurrentColumnNumber(self):
        return self._linecol(self._tok)[1]

    @property
    def CurrentByteIndex(self):
        return self._tok

    def _fail(self, code, pos):
        line, col = self._linecol(pos)
        self._tok = pos
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = col
        self.ErrorByteIndex = pos
        self._done = True
        err = ExpatError("%s: line %d, column %d" % (MESSAGES[code], line, col))
        err.code = code
        err.lineno = line
        err.offset = col
        if code != E_FINISHED:
            self._last_error = err
        raise err

    # ---- input ----
    def Parse(self, data, isfinal=False):
        if self._done:
            if self._last_error is not None:
                old = self._last_error
                err = ExpatError(str(old))
                err.code, err.lineno, err.offset = old.code, old.lineno, old.offset
                raise err
            self._fail(E_FINISHED, self._at)
        if isinstance(data, str):
            if self._from_str is None:
                self._from_str = True
            if not self._started and data[:1] == "\ufeff":
                data = data[1:]
            self._started = True
            text = data
        else:
            data = bytes(data)
            text = self._decode(data, isfinal)
            if text is None:
                return 1
        if text:
            if self._at > 65536:
                self._discard()
            self._buf += text
        self._scan(bool(isfinal))
        if isfinal:
            self._done = True
        return 1

    def ParseFile(self, file):
        read = file.read
        while True:
            chunk = read(65536)
            if not chunk:
                break
            self.Parse(chunk, False)
        return self.Parse(b"" if not isinstance(chunk, str) else "", True)

    def _discard(self):
        line, col = self._linecol(self._at)
        self._buf = self._buf[self._at:]
        self._line0, self._col0 = line, col
        self._tok -= self._at
        self._at = 0

    def _decode(self, data, final):
        if self._decoder is None:
            raw = (self._raw or b"") + data
            if not final and len(raw) < 4:
                self._raw = raw
                return None
            if not final and raw[:5] == b"<?xml" and b"?>" not in raw and len(raw) < 4096:
                self._raw = raw
                return None
            self._raw = None
            enc = self._encoding
            if raw[:3] == b"\xef\xbb\xbf":
                raw = raw[3:]
                enc = enc or "utf-8"
            elif raw[:2] == b"\xff\xfe":
                raw = raw[2:]
                enc = "utf-16-le"
            elif raw[:2] == b"\xfe\xff":
                raw = raw[2:]
                enc = "utf-16-be"
            elif raw[:2] == b"<\x00":
                enc = "utf-16-le"
            elif raw[:2] == b"\x00<":
                enc = "utf-16-be"
            if enc is None:
                m = _ENC_DECL.match(raw)
                enc = m.group(1).decode("ascii") if m else "utf-8"
                if enc.lower().replace("_", "-") in ("utf-16", "utf16"):
                    enc = "utf-8"
            try:
                self._decoder = codecs.getincrementaldecoder(enc)()
            except LookupError:
                self._fail(E_UNKNOWN_ENC, 0)
            self._started = True
            data = raw
        try:
            return self._decoder.decode(data, final)
        except UnicodeDecodeError as e:
            good = data[:e.start].decode(self._decoder_name(), "ignore") if e.start else ""
            return good + "\uffff"

    def _decoder_name(self):
        return getattr(self._decoder, "encoding", None) or "utf-8"

    # ---- the scanner ----
    def _emit_text(self, text):
        h = self.CharacterDataHandler
        if h is not None:
            if self.buffer_text:
                self._buffer(text)
            else:
                h(text)

    def _flush_text(self):
        if self._pending_text:
            text = "".join(self._pending_text)
            self._pending_text = []
            self._pending_size = 0
            h = self.CharacterDataHandler
            if h is not None:
                h(text)

    def _scan(self, final):
        buf = self._buf
        n = len(buf)
        pos = self._at
        nx_lt = nx_amp = nx_lf = nx_cr = nx_brk = -1
        try:
            while pos < n:
                self._tok = pos
                c = buf[pos]
                if c == "<":
                    c = buf[pos + 1] if pos + 1 < n else ""
                    if c == "/":
                        # the common end tag: "</" + name of the open element + ">"
                        opened = self._open
                        if opened:
                            top = opened[-1]
                            name = top[0]
                            k = pos + 2 + len(name)
                            if buf.startswith(name, pos + 2) and buf.startswith(">", k):
                                opened.pop()
                                h = self.EndElementHandler
                                if h is not None:
                                    if self._pending_text:
                                        self._flush_text()
                                    h(top[1])
                                frame = self._frames.pop()
                                if frame is not None:
                                    self._close_frame(frame)
                                if not opened:
                                    self._phase = 2
                                pos = k + 1
                                continue
                        pos = self._end_tag(buf, pos, n, final)
                    elif c == "!" or c == "?" or c == "":
                        pos = self._markup(buf, pos, n, final)
                    else:
                        pos = self._start_tag(buf, pos, n, final)
                elif self._phase != 1:
                    if c in " \t\r\n":
                        pos = _SPACE.match(buf, pos).end()
                        if pos == n and c == "\r" and not final:
                            break
                    elif pos == 0 and c == "\ufeff":
                        pos += 1
                    else:
                        self._outside(buf, pos, n, final)
                        break
                elif c == "&":
                    pos = self._reference(buf, pos, n, final)
                elif c == "\n":
                    self._emit_text("\n")
                    pos += 1
                elif c == "\r":
                    if pos + 1 < n:
                        pos += 2 if buf[pos + 1] == "\n" else 1
                    elif final:
                        pos += 1
                    else:
                        break
                    self._emit_text("\n")
                else:
                    # text run: up to the next '<', '&' or line break; the next positions of
                    # each are cached (amortised linear), ']]>' and bad characters are errors
                    if nx_lt < pos:
                        nx_lt = buf.find("<", pos)
                        if nx_lt < 0:
                            nx_lt = n
                    if nx_amp < pos:
                        nx_amp = buf.find("&", pos)
                        if nx_amp < 0:
                            nx_amp = n
                    if nx_lf < pos:
                        nx_lf = buf.find("\n", pos)
                        if nx_lf < 0:
                            nx_lf = n
                    if nx_cr < pos:
                        nx_cr = buf.find("\r", pos)
                        if nx_cr < 0:
                            nx_cr = n
                    if nx_brk < pos:
                        nx_brk = buf.find("]]>", pos)
                        if nx_brk < 0:
                            nx_brk = n
                    end = nx_lt
                    if nx_amp < end:
                        end = nx_amp
                    if nx_lf < end:
                        end = nx_lf
                    if nx_cr < end:
                        end = nx_cr
                    chunk = buf[pos:end]
                    if not chunk.isprintable():
                        bad = _BAD.search(chunk)
                        if bad is not None:
                            self._fail(E_INVALID, pos + bad.start())
                    if nx_brk < end:
                        self._fail(E_INVALID, nx_brk + 2)
                    if end == n and not final and chunk[-1] == "]":
                        break
                    h = self.CharacterDataHandler
                    if h is not None:
                        if self.buffer_text:
                            self._buffer(chunk)
                        else:
                            h(chunk)
                    pos = end
        except _Stop:
            pass
        self._at = pos
        if self._pending_text:
            # like pyexpat, every Parse call ends by delivering the buffered text
            self._flush_text()
        if final:
            if pos < n:
                self._unfinished(buf, pos, n)
            if self._phase != 2:
                self._fail(E_NO_ELEMENTS, n)

    def _outside(self, buf, pos, n, final):
        """Something other than markup or white space before or after the root element.
        expat reads it as a prolog token: a name or a literal that ends badly, or a character
        no token starts with, is an invalid token; a complete token is out of place (a syntax
        error before the root, junk after it). Returns only when the token may continue in
        data not fed yet."""
        misplaced = E_SYNTAX if self._phase == 0 else E_JUNK
        c = buf[pos]
        if c == "'" or c == '"':
            close = buf.find(c, pos + 1)
            bad = _BAD.search(buf, pos + 1, n if close < 0 else close)
            if bad is not None:
                self._fail(E_INVALID, bad.start())
            if close < 0:
                if not final:
                    return
                self._fail(E_UNCLOSED, pos)
            end = close + 1
        elif c == "#":
            m = _NAME_AT.match(buf, pos + 1)
            if m is None:
                if pos + 1 >= n and not final:
                    return
                self._fail(E_UNCLOSED if pos + 1 >= n else E_INVALID, pos if pos + 1 >= n else pos + 1)
            end = m.end()
        elif c == "%" and self._phase == 0:
            self._fail(10, pos)
        elif c in ">])([|,*+?%":
            self._fail(misplaced, pos)
        else:
            m = _NMTOKEN.match(buf, pos)
            if m is None:
                self._fail(E_INVALID, pos)
            end = m.end()
        if end >= n:
            if not final:
                return
            self._fail(misplaced, pos)
        if buf[end] not in " \t\r\n>()|,*+?%[]":
            self._fail(E_INVALID, end)
        self._fail(misplaced, pos)

    def _unfinished(self, buf, pos, n):
        """Report the token left incomplete at the end of the document."""
        if buf.startswith("<![CDATA[", pos):
            self._fail(E_UNCLOSED_CDATA, n)
        if self._phase != 1 and buf[pos] == "\r":
            return
        self._fail(E_UNCLOSED, pos)

    def _partial(self, pos, final):
        if final:
            self._at = pos
            raise _Stop
        self._at = pos
        raise _Stop

    def _markup(self, buf, pos, n, final):
        if pos + 1 >= n:
            self._partial(pos, final)
        c = buf[pos + 1]
        if c == "/":
            return self._end_tag(buf, pos, n, final)
        if c == "!":
            return self._bang(buf, pos, n, final)
        if c == "?":
            return self._pi(buf, pos, n, final)
        return self._start_tag(buf, pos, n, final)

    # -- start tags --
    def _quick_tag(self, buf, pos):
        """The common start tag, parsed with string methods: (name, attrs, empty, end) or None
        (then the regular expression path decides, including every error)."""
        gt = buf.find(">", pos)
        if gt < 0:
            return None
        seg = buf[pos + 1:gt]
        empty = seg.endswith("/")
        if empty:
            seg = seg[:-1]
        known = self._names
        if '"' not in seg and "'" not in seg:
            name = seg.rstrip(" \t\r\n")
            if name in known:
                return name, [], empty, gt + 1
            return None
        cut = len(seg)
        for ch in " \t\r\n":
            k = seg.find(ch)
            if 0 <= k < cut:
                cut = k
        name = seg[:cut]
        if name not in known:
            return None
        attrs = []
        i = cut
        size = len(seg)
        while True:
            eq = seg.find("=", i)
            if eq < 0:
                if seg[i:].strip(" \t\r\n"):
                    return None
                return name, attrs, empty, gt + 1
            if seg[i] not in " \t\r\n":
                return None
            aname = seg[i:eq].strip(" \t\r\n")
            if aname not in known:
                return None
            j = eq + 1
            while j < size and seg[j] in " \t\r\n":
                j += 1
            if j >= size:
                return None
            q = seg[j]
            if q != '"' and q != "'":
                return None
            k = seg.find(q, j + 1)
            if k < 0:
                return None
            value = seg[j + 1:k]
            if "<" in value or "&" in value or not value.isprintable():
                return None
            attrs.append((aname, value))
            i = k + 1
            if i < size and seg[i] not in " \t\r\n":
                return None

    def _start_tag(self, buf, pos, n, final):
        if self._phase == 0 and self._foreign_dtd and not self._saw_doctype:
            self._foreign_dtd = False
            h = self.ExternalEntityRefHandler
            if h is not None:
                h(None, None, None, None)
        quick = self._quick_tag(buf, pos)
        if quick is not None and self._phase != 2:
            name, attrs, empty, end = quick
            if len(attrs) > 1 and len(set(a for a, v in attrs)) != len(attrs):
                quick = None
        if quick is not None and self._phase != 2:
            self._phase = 1
            return self._open_element(name, attrs, empty, end, pos)
        m = _START_TAG.match(buf, pos)
        if m is None:
            self._diagnose_tag(buf, pos, n, final)
        if self._phase == 2:
            if self._sep is not None:
                self._check_colons(m.group(1), pos)
            self._fail(E_JUNK, pos)
        self._phase = 1
        name = m.group(1)
        rawattrs = m.group(2)
        attrs = []
        self._names.add(name)
        if rawattrs:
            base = m.start(2)
            seen = set()
            for am in _ATTR.finditer(rawattrs):
                aname = am.group(1)
                if aname in seen:
                    self._fail(E_DUP_ATTR, base + am.start(1))
                seen.add(aname)
                self._names.add(aname)
                value = am.group(2)
                if value is None:
                    value = am.group(3)
                if _VALUE_SPECIAL.search(value) is not None:
                    value = self._attr_value(value, pos)
                attrs.append((aname, value))
        return self._open_element(name, attrs, m.group(3), m.end(), pos)

    def _open_element(self, name, attrs, empty, end, pos):
        if self._attr_types:
            kinds = self._attr_types.get(name)
            if kinds:
                # tokenized types (ID, NMTOKENS...): runs of spaces collapse, ends trimmed
                attrs = [(a, v) if a not in kinds else (a, " ".join(p for p in v.split(" ") if p))
                         for a, v in attrs]
        if self._defaults:
            extra = self._defaults.get(name)
            if extra:
                have = set(a for a, v in attrs)
                attrs = attrs + [(a, v) for a, v in extra if a not in have]
        if self._sep is not None:
            plain = ":" not in name and not self._ns.get("")
            if plain:
                for a in attrs:
                    k = a[0]
                    if ":" in k or k[:5] == "xmlns":
                        plain = False
                        break
            if plain:
                ename = name
                nattrs = attrs
                self._frames.append(None)
            else:
                ename, nattrs = self._namespaces(name, attrs, pos)
            if self._keep_raw:
                ename = name
            else:
                attrs = nattrs
        else:
            ename = name
            self._frames.append(None)
        h = self.StartElementHandler
        if h is not None:
            if self._pending_text:
                self._flush_text()
            if self.ordered_attributes:
                flat = []
                for k, v in attrs:
                    flat.append(k)
                    flat.append(v)
                h(ename, flat)
            else:
                h(ename, dict(attrs))
        if empty:
            self._tok = end
            self._close_element(ename)
            if not self._open:
                self._phase = 2
        else:
            self._open.append((name, ename))
        return end

    def _close_element(self, ename):
        h = self.EndElementHandler
        if h is not None:
            if self._pending_text:
                self._flush_text()
            h(ename)
        frame = self._frames.pop()
        if frame is not None:
            self._close_frame(frame)

    def _close_frame(self, frame):
        if frame is not None:
            ns = self._ns
            h = self.EndNamespaceDeclHandler
            for prefix, old in reversed(frame):
                if old is None:
                    ns.pop(prefix, None)
                else:
                    ns[prefix] = old
                if h is not None:
                    h(prefix or None)

    def _namespaces(self, name, attrs, pos):
        frame = None
        plain = []
        ns = self._ns
        for k, v in attrs:
            if k[:5] == "xmlns" and (len(k) == 5 or k[5] == ":"):
                prefix = k[6:]
                if prefix == "xmlns":
                    self._fail(E_RESERVED_XMLNS, pos)
                if prefix == "xml" and v != XML_NS:
                    self._fail(E_RESERVED_XML, pos)
                if prefix and not v:
                    self._fail(E_UNDECLARING, pos)
                if (v == XML_NS and prefix != "xml") or v == XMLNS_NS:
                    self._fail(E_RESERVED_URI, pos)
                if frame is None:
                    frame = []
                frame.append((prefix, ns.get(prefix)))
                if v:
                    ns[prefix] = v
                elif prefix in ns:
                    del ns[prefix]
                h = self.StartNamespaceDeclHandler
                if h is not None:
                    if self._pending_text:
                        self._flush_text()
                    h(prefix or None, v or None)
            else:
                plain.append((k, v))
        self._frames.append(frame)
        ename = self._expand(name, True, pos)
        if plain:
            out = []
            for k, v in plain:
                out.append((self._expand(k, False, pos) if ":" in k else k, v))
            plain = out
        return ename, plain

    def _check_colons(self, name, pos):
        """Namespace mode: a name has at most one colon, neither first nor last."""
        i = name.find(":")
        if i < 0:
            return
        if i == 0:
            self._fail(E_INVALID, pos + 1)
        if i == len(name) - 1:
            self._fail(E_INVALID, pos + 1 + len(name))
        j = name.find(":", i + 1)
        if j >= 0:
            self._fail(E_INVALID, pos + 1 + j)

    def _expand(self, name, is_elem, pos):
        ns = self._ns
        i = name.find(":")
        if i < 0:
            uri = ns.get("") if is_elem else None
            if not uri:
                return name
            local = name
        else:
            self._check_colons(name, pos)
            uri = ns.get(name[:i])
            if uri is None:
                self._fail(E_UNBOUND, pos)
            local = name[i + 1:]
        if self._clark:
            return "{" + uri + "}" + local
        return uri + self._sep + local

    def _attr_value(self, value, tagpos):
        out = []
        i = 0
        n = len(value)
        while i < n:
            c = value[i]
            if c == "&":
                m = _REF.match(value, i)
                if m is None:
                    self._fail(E_INVALID, tagpos)
                text = self._ref_text(m, tagpos, True)
                if text is None:
                    i = m.end()
                    continue
                if m.group(3) is not None and m.group(3) not in _PREDEFINED and ("&" in text or "<" in text):
                    if "<" in text:
                        self._fail(E_INVALID, tagpos)
                    self._active.append(m.group(3))
                    text = self._attr_value(text, tagpos)
                    self._active.pop()
                out.append(text)
                i = m.end()
            elif c in "\t\n\r":
                out.append(" ")
                i += 2 if (c == "\r" and value[i + 1:i + 2] == "\n") else 1
            else:
                j = i
                while j < n and value[j] not in "&\t\n\r":
                    j += 1
                out.append(value[i:j])
                i = j
        return "".join(out)

    def _ref_text(self, m, pos, in_attr):
        """Replacement text of a matched reference; None for a skipped entity."""
        dec, hx, name = m.group(1), m.group(2), m.group(3)
        if name is None:
            code = int(dec) if dec is not None else int(hx, 16)
            if not _good_char(code):
                self._fail(E_BAD_CHARREF, pos)
            return chr(code)
        text = _PREDEFINED.get(name)
        if text is not None:
            return text
        text = self._entities.get(name)
        if text is None:
            if (self._unknown_ok or name in self._external) and not in_attr:
                h = self.SkippedEntityHandler
                if h is not None:
                    if self._pending_text:
                        self._flush_text()
                    h(name, 0)
                else:
                    h = self.DefaultHandlerExpand or self.DefaultHandler
                    if h is not None:
                        h(m.group())
                return None
            self._fail(E_UNDEF_ENTITY, pos)
        if name in self._active:
            self._fail(E_RECURSIVE, pos)
        return text

    # -- references in content --
    def _reference(self, buf, pos, n, final):
        semi = buf.find(";", pos + 1, pos + 6)
        if semi > 0:
            text = _PREDEFINED.get(buf[pos + 1:semi])
            if text is not None:
                self._emit_text(text)
                return semi + 1
        m = _REF.match(buf, pos)
        if m is None:
            self._diagnose_ref(buf, pos, n, final)
        text = self._ref_text(m, pos, False)
        if text is not None:
            if m.group(3) is not None and m.group(3) not in _PREDEFINED and ("<" in text or "&" in text):
                self._entity_content(m.group(3), text, pos)
            else:
                self._emit_text(text)
        return m.end()

    def _entity_content(self, name, text, pos):
        """Parse an internal entity's replacement text as content, in place of the reference."""
        saved = (self._buf, self._at, self._line0, self._col0, self._tok)
        depth = len(self._open)
        self._active.append(name)
        line, col = self._linecol(pos)
        self._buf, self._at, self._line0, self._col0 = text, 0, line, col
        try:
            self._scan_entity(text)
        finally:
            self._buf, self._at, self._line0, self._col0, self._tok = saved
            self._active.pop()
        if len(self._open) != depth:
            self._fail(E_INVALID, pos)

    def _scan_entity(self, text):
        phase = self._phase
        n = len(text)
        pos = 0
        while pos < n:
            c = text[pos]
            if c == "<":
                pos = self._markup(text, pos, n, True)
            elif c == "&":
                pos = self._reference(text, pos, n, True)
            else:
                j = pos
                while j < n and text[j] not in "<&":
                    j += 1
                self._emit_text(text[pos:j].replace("\r\n", "\n").replace("\r", "\n"))
                pos = j
        self._phase = phase

    def _diagnose_ref(self, buf, pos, n, final):
        i = pos + 1
        if i < n and buf[i] == "#":
            i += 1
            digits = "0123456789"
            if i < n and buf[i] == "x":
                i += 1
                digits = "0123456789abcdefABCDEF"
            start = i
            while i < n and buf[i] in digits:
                i += 1
            if i < n and i == start:
                self._fail(E_INVALID, i)
        else:
            m = _NAME_AT.match(buf, i)
            if m is None:
                if i >= n:
                    self._partial(pos, final)
                self._fail(E_INVALID, i)
            i = m.end()
        if i >= n:
            self._partial(pos, final)
        self._fail(E_INVALID, i)

    def _diagnose_tag(self, buf, pos, n, final):
        """A start tag the fast pattern rejected: stop for more data, or fail where expat does."""
        i = pos + 1
        m = _NAME_AT.match(buf, i)
        if m is None or (self._sep is not None and buf[i] == ":"):
            if i >= n:
                self._partial(pos, final)
            self._fail(E_INVALID, i)
        i = m.end()
        while True:
            j = _SPACE.match(buf, i).end()
            spaced = j > i
            i = j
            if i >= n:
                self._partial(pos, final)
            c = buf[i]
            if c == ">":
                self._fail(E_INVALID, i)
            if c == "/":
                if i + 1 >= n:
                    self._partial(pos, final)
                self._fail(E_INVALID, i + 1)
            m = _NAME_AT.match(buf, i)
            if m is None or not spaced:
                self._fail(E_INVALID, i)
            i = _SPACE.match(buf, m.end()).end()
            if i >= n:
                self._partial(pos, final)
            if buf[i] != "=":
                self._fail(E_INVALID, i)
            i = _SPACE.match(buf, i + 1).end()
            if i >= n:
                self._partial(pos, final)
            q = buf[i]
            if q not in "\"'":
                self._fail(E_INVALID, i)
            i += 1
            while i < n and buf[i] != q:
                ch = buf[i]
                if ch == "<" or (ch < " " and ch not in "\t\r\n") or ch in "\ufffe\uffff":
                    self._fail(E_INVALID, i)
                i += 1
            if i >= n:
                self._partial(pos, final)
            i += 1
            if i >= n:
                self._partial(pos, final)
            if buf[i] not in " \t\r\n/>":
                self._fail(E_INVALID, i)

    # -- end tags --
    def _end_tag(self, buf, pos, n, final):
        if self._open:
            name, ename = self._open[-1]
            k = pos + 2 + len(name)
            if buf.startswith(name, pos + 2) and buf.startswith(">", k):
                self._open.pop()
                self._close_element(ename)
                if not self._open:
                    self._phase = 2
                return k + 1
        m = _END_TAG.match(buf, pos)
        if m is None:
            mm = _NAME_AT.match(buf, pos + 2)
            if mm is None:
                if pos + 2 >= n:
                    self._partial(pos, final)
                self._fail(E_INVALID, pos + 2)
            i = _SPACE.match(buf, mm.end()).end()
            if i >= n:
                self._partial(pos, final)
            self._fail(E_INVALID, i)
        if not self._open:
            self._fail(E_INVALID, pos + 1)
        name, ename = self._open[-1]
        if m.group(1) != name:
            self._fail(E_TAG_MISMATCH, pos + 2)
        self._open.pop()
        self._close_element(ename)
        if not self._open:
            self._phase = 2
        return m.end()

    # -- <! constructs --
    def _bang(self, buf, pos, n, final):
        if buf.startswith("<!--", pos):
            end = buf.find("-->", pos + 4)
            if end < 0:
                self._partial(pos, final)
            body = buf[pos + 4:end]
            k = body.find("--")
            if k >= 0:
                self._fail(E_INVALID, pos + 4 + k + 2)
            h = self.CommentHandler
            if h is not None:
                if self._pending_text:
                    self._flush_text()
                if "\r" in body:
                    body = body.replace("\r\n", "\n").replace("\r", "\n")
                h(body)
            return end + 3
        if buf.startswith("<![CDATA[", pos):
            if self._phase != 1:
                self._fail(E_SYNTAX if self._phase == 0 else E_JUNK, pos)
            end = buf.find("]]>", pos + 9)
            if end < 0:
                self._partial(pos, final)
            h = self.StartCdataSectionHandler
            if h is not None:
                if self._pending_text:
                    self._flush_text()
                h()
            body = buf[pos + 9:end]
            if body:
                if "\r" in body:
                    body = body.replace("\r\n", "\n").replace("\r", "\n")
                lines = body.split("\n")
                last = len(lines) - 1
                for k, part in enumerate(lines):
                    if part:
                        self._emit_text(part)
                    if k < last:
                        self._emit_text("\n")
            h = self.EndCdataSectionHandler
            if h is not None:
                if self._pending_text:
                    self._flush_text()
                h()
            return end + 3
        if buf.startswith("<!DOCTYPE", pos):
            if self._phase != 0:
                self._fail(E_INVALID if self._phase == 1 else E_JUNK, pos + 2 if self._phase == 1 else pos)
            if final:
                return self._doctype(buf, pos, n, final)
            try:
                return self._doctype(buf, pos, n, final)
            except ExpatError:
                # a keyword or literal cut by the end of this piece of input looks wrong
                # only because it is incomplete: wait for more data
                if self.ErrorByteIndex + 16 < n:
                    raise
                self._done = False
                self._last_error = None
                self.ErrorCode = 0
                self._partial(pos, final)
        if n - pos < 9 and ("<!DOCTYPE".startswith(buf[pos:]) or "<![CDATA[".startswith(buf[pos:])
                            or "<!--".startswith(buf[pos:])):
            self._partial(pos, final)
        if buf.startswith("-", pos + 2):
            self._fail(E_INVALID, pos + 3)
        if self._phase != 1:
            m = _NAME_AT.match(buf, pos + 2)
            if m is not None:
                self._fail(E_INVALID, m.end())
        self._fail(E_INVALID, pos + 2)

    def _doctype(self, buf, pos, n, final):
        self._saw_doctype = True
        i = _SPACE.match(buf, pos + 9).end()
        m = _NAME_AT.match(buf, i)
        if m is None or i == pos + 9:
            if i >= n:
                self._partial(pos, final)
            self._fail(E_SYNTAX, i)
        name = m.group()
        i = _SPACE.match(buf, m.end()).end()
        sysid = pubid = None
        if buf.startswith("SYSTEM", i) or buf.startswith("PUBLIC", i):
            public = buf[i] == "P"
            i = _SPACE.match(buf, i + 6).end()
            lm = _LITERAL.match(buf, i)
            if lm is None:
                if i >= n or buf.find(">", i) < 0:
                    self._partial(pos, final)
                self._fail(E_SYNTAX, i)
            lit = lm.group(1) if lm.group(1) is not None else lm.group(2)
            i = _SPACE.match(buf, lm.end()).end()
            if public:
                pubid = lit
                lm = _LITERAL.match(buf, i)
                if lm is None:
                    if i >= n:
                        self._partial(pos, final)
                    self._fail(E_SYNTAX, i)
                sysid = lm.group(1) if lm.group(1) is not None else lm.group(2)
                i = _SPACE.match(buf, lm.end()).end()
            else:
                sysid = lit
            self._unknown_ok = True
        if i >= n:
            self._partial(pos, final)
        internal = buf[i] == "["
        h = self.StartDoctypeDeclHandler
        if internal:
            opened = i + 1
            i = self._internal_subset(buf, i + 1, n, final, pos)
            self.internal_subset = buf[opened:i - 1]
            i = _SPACE.match(buf, i).end()
            if i >= n:
                self._partial(pos, final)
        if buf[i] != ">":
            self._fail(E_SYNTAX, i)
        if h is not None:
            h(name, sysid, pubid, 1 if internal else 0)
        h = self.EndDoctypeDeclHandler
        if h is not None:
            if self._pending_text:
                self._flush_text()
            h()
        return i + 1

    def _internal_subset(self, buf, i, n, final, start):
        """Reads the declarations up to ']'; records general internal entities; others skipped."""
        entities = {}
        while True:
            i = _SPACE.match(buf, i).end()
            if i >= n:
                self._partial(start, final)
            c = buf[i]
            if c == "]":
                for k, v in entities.items():
                    self._entities.setdefault(k, v)
                return i + 1
            if c == "%":
                m = _NAME_AT.match(buf, i + 1)
                if m is None or not buf.startswith(";", m.end()):
                    self._fail(E_INVALID, i)
                self._unknown_ok = True
                i = m.end() + 1
                continue
            if buf.startswith("<!--", i):
                end = buf.find("-->", i + 4)
                if end < 0:
                    self._partial(start, final)
                i = end + 3
                continue
            if buf.startswith("<?", i):
                end = buf.find("?>", i + 2)
                if end < 0:
                    self._partial(start, final)
                i = end + 2
                continue
            if buf.startswith("<!ENTITY", i):
                j = _SPACE.match(buf, i + 8).end()
                param = buf.startswith("%", j)
                if param:
                    j = _SPACE.match(buf, j + 1).end()
                m = _NAME_AT.match(buf, j)
                if m is None:
                    if j >= n:
                        self._partial(start, final)
                    self._fail(E_SYNTAX, j)
                ename = m.group()
                j = _SPACE.match(buf, m.end()).end()
                lm = _LITERAL.match(buf, j)
                if lm is None and not param:
                    self._external.add(ename)
                if lm is not None:
                    value = lm.group(1) if lm.group(1) is not None else lm.group(2)
                    if not param and ename not in entities:
                        entities[ename] = self._entity_literal(value, j)
                    j = lm.end()
                    h = self.EntityDeclHandler
                    if h is not None:
                        h(ename, 1 if param else 0, entities.get(ename, value), None, None, None, None)
                i = self._skip_decl(buf, j, n, final, start)
                continue
            if buf.startswith("<!ATTLIST", i):
                end = self._skip_decl(buf, i + 9, n, final, start)
                self._attlist(buf[i + 9:end - 1])
                i = end
                continue
            if buf.startswith("<!", i):
                i = self._skip_decl(buf, i + 2, n, final, start)
                continue
            self._fail(E_SYNTAX, i)

    def _attlist(self, body):
        """Record the default values an ATTLIST declaration gives (applied to start tags)."""
        toks = _DECL_TOKEN.findall(body)
        if not toks:
            return
        element = toks[0]
        k = 1
        while k + 2 <= len(toks):
            name, kind = toks[k], toks[k + 1]
            k += 2
            if kind == "NOTATION" and k < len(toks):
                k += 1
            if k >= len(toks):
                break
            default = toks[k]
            k += 1
            if default == "#FIXED" and k < len(toks):
                default = toks[k]
                k += 1
            if kind != "CDATA":
                self._attr_types.setdefault(element, {}).setdefault(name, kind)
            if default[:1] in "\"'":
                table = self._defaults.setdefault(element, [])
                if all(a != name for a, v in table):
                    table.append((name, self._attr_value(default[1:-1], 0)
                                  if _VALUE_SPECIAL.search(default) else default[1:-1]))

    def _entity_literal(self, value, pos):
        """Character references in an entity value are replaced when it is declared."""
        if "&#" not in value:
            return value
        out = []
        last = 0
        for m in re.finditer("&#([0-9]+);|&#x([0-9a-fA-F]+);", value):
            code = int(m.group(1)) if m.group(1) is not None else int(m.group(2), 16)
            if not _good_char(code):
                self._fail(E_BAD_CHARREF, pos)
            out.append(value[last:m.start()])
            out.append(chr(code))
            last = m.end()
        out.append(value[last:])
        return "".join(out)

    def _skip_decl(self, buf, i, n, final, start):
        quote = None
        while i < n:
            c = buf[i]
            if quote is not None:
                if c == quote:
                    quote = None
            elif c == '"' or c == "'":
                quote = c
            elif c == ">":
                return i + 1
            i += 1
        self._partial(start, final)

    # -- processing instructions and the XML declaration --
    def _pi(self, buf, pos, n, final):
        m = _PI.match(buf, pos)
        if m is None and pos + 2 < n:
            first = buf[pos + 2]
            if _NAME_AT.match(first) is None or (first == ":" and self._sep is not None):
                self._fail(E_INVALID, pos + 2)
        if m is None:
            if buf.find("?>", pos + 2) < 0:
                self._partial(pos, final)
            mm = _NAME_AT.match(buf, pos + 2)
            if mm is None:
                self._fail(E_INVALID, pos + 2)
            self._fail(E_INVALID, mm.end())
        target = m.group(1)
        if target.lower() == "xml":
            if pos != 0 or self._phase != 0 or target != "xml" or self._line0 != 1 or self._col0 != 0:
                self._fail(E_MISPLACED_DECL, pos)
            self._xml_decl(buf, pos, m)
            return m.end()
        data = m.group(2) or ""
        h = self.ProcessingInstructionHandler
        if h is not None:
            if self._pending_text:
                self._flush_text()
            if "\r" in data:
                data = data.replace("\r\n", "\n").replace("\r", "\n")
            h(target, data)
        return m.end()

    def _xml_decl(self, buf, pos, m):
        inner_start = pos + 5
        inner_end = m.end() - 2
        found = []
        i = inner_start
        while True:
            dm = _DECL_ATTR.match(buf, i, inner_end)
            if dm is None:
                break
            value = dm.group(3) if dm.group(3) is not None else dm.group(4)
            found.append((dm.group(2), value, dm.start(2)))
            i = dm.end()
        rest = _SPACE.match(buf, i, inner_end).end()
        if rest != inner_end:
            self._fail(E_XML_DECL, rest)
        order = ("version", "encoding", "standalone")
        values = {}
        k = 0
        for name, value, at in found:
            while k < 3 and order[k] != name:
                if order[k] == "version":
                    self._fail(E_XML_DECL, at)
                k += 1
            if k == 3:
                self._fail(E_XML_DECL, at)
            if name == "standalone" and value not in ("yes", "no"):
                self._fail(E_XML_DECL, at)
            values[name] = value
            k += 1
        if "version" not in values:
            self._fail(E_XML_DECL, inner_start)
        h = self.XmlDeclHandler
        if h is not None:
            if self._pending_text:
                self._flush_text()
            sa = values.get("standalone")
            h(values["version"], values.get("encoding"), -1 if sa is None else (1 if sa == "yes" else 0))


_HANDLER_NAMES = _HANDLER_SET = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
    "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
)
_HANDLER_SET = frozenset(_HANDLER_NAMES)
