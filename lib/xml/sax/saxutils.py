"""SAX helpers: escaping, XMLGenerator, XMLFilterBase, prepare_input_source (tspy)."""
import io
import os
import codecs
import urllib.parse
from xml.sax import handler, xmlreader


def _replace_all(data, table):
    for old, new in table:
        if old in data:
            data = data.replace(old, new)
    return data


def escape(data, entities={}):
    """Replace &, < and > (and the keys of `entities`) with references."""
    data = _replace_all(data, (("&", "&amp;"), (">", "&gt;"), ("<", "&lt;")))
    return _replace_all(data, tuple(entities.items()))


def unescape(data, entities={}):
    """Undo escape(): references back to characters, '&amp;' last."""
    table = (("&lt;", "<"), ("&gt;", ">")) + tuple(entities.items()) + (("&amp;", "&"),)
    return _replace_all(data, table)


def quoteattr(data, entities={}):
    """Escape an attribute value and put it in quotes, choosing the quote char that needs none."""
    table = dict(entities)
    table.update({"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
    data = escape(data, table)
    if '"' in data:
        if "'" in data:
            return '"%s"' % data.replace('"', "&quot;")
        return "'%s'" % data
    return '"%s"' % data


def _writer_for(out, encoding):
    """A text writer for `out`: text streams are used as they are; anything else receives
    encoded bytes (unencodable characters become character references)."""
    if out is None:
        import sys
        out = sys.stdout
    if isinstance(out, (io.TextIOBase, codecs.StreamWriter, codecs.StreamReaderWriter)):
        return out.write, out.flush
    target = out

    class _ByteSink(io.BufferedIOBase):
        def writable(self):
            return True

        def write(self, b):
            return target.write(b)

    sink = out if isinstance(out, io.BufferedIOBase) else _ByteSink()
    wrapper = io.TextIOWrapper(sink, encoding=encoding, errors="xmlcharrefreplace",
                               newline="\n", write_through=True)
    return wrapper.write, wrapper.flush


class XMLGenerator(handler.ContentHandler):
    """A ContentHandler that writes the events back out as XML."""

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        super().__init__()
        self._emit, self._flusher = _writer_for(out, encoding)
        self._charset = encoding
        self._collapse = short_empty_elements
        self._tag_open = False       # a start tag's '>' not written yet (collapsible)
        self._prefixes = [{}]        # uri -> prefix, one mapping per open prefix scope
        self._new_decls = []         # (prefix, uri) to declare on the next start tag

    def _close_start(self):
        if self._tag_open:
            self._tag_open = False
            self._emit(">")

    def _end_start(self):
        if self._collapse:
            self._tag_open = True
        else:
            self._emit(">")

    def _end_tag(self, text):
        if self._tag_open:
            self._tag_open = False
            self._emit("/>")
        else:
            self._emit("</" + text + ">")

    def _name_of(self, pair):
        uri, local = pair
        if not uri:
            return local
        if uri == "http://www.w3.org/XML/1998/namespace":
            return "xml:" + local
        prefix = self._prefixes[-1][uri]
        return prefix + ":" + local if prefix else local

    def startDocument(self):
        self._emit('<?xml version="1.0" encoding="%s"?>\n' % self._charset)

    def endDocument(self):
        self._flusher()

    def startPrefixMapping(self, prefix, uri):
        scope = dict(self._prefixes[-1])
        scope[uri] = prefix
        self._prefixes.append(scope)
        self._new_decls.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        if len(self._prefixes) > 1:
            self._prefixes.pop()

    def startElement(self, name, attrs):
        self._close_start()
        parts = ["<", name]
        for key, value in attrs.items():
            parts.append(" %s=%s" % (key, quoteattr(value)))
        self._emit("".join(parts))
        self._end_start()

    def endElement(self, name):
        self._end_tag(name)

    def startElementNS(self, name, qname, attrs):
        self._close_start()
        parts = ["<", self._name_of(name)]
        for prefix, uri in self._new_decls:
            parts.append(' xmlns%s="%s"' % (":" + prefix if prefix else "", uri))
        self._new_decls = []
        for key, value in attrs.items():
            parts.append(" %s=%s" % (self._name_of(key), quoteattr(value)))
        self._emit("".join(parts))
        self._end_start()

    def endElementNS(self, name, qname):
        self._end_tag(self._name_of(name))

    def _text(self, content, escaped):
        if not content:
            return
        self._close_start()
        if isinstance(content, (bytes, bytearray)):
            content = str(content, self._charset)
        self._emit(escape(content) if escaped else content)

    def characters(self, content):
        self._text(content, True)

    def ignorableWhitespace(self, content):
        self._text(content, False)

    def processingInstruction(self, target, data):
        self._close_start()
        self._emit("<?" + target + " " + data + "?>")


def _forwarder(holder, method):
    def forward(self, *args):
        return getattr(self._pieces()[holder], method)(*args)
    forward.__name__ = method
    return forward


class XMLFilterBase(xmlreader.XMLReader):
    """Sits between a parent reader and the application: every event and every
    feature/property request is passed on unchanged (subclasses override what they filter)."""

    def __init__(self, parent=None):
        super().__init__()
        self._parent = parent

    def _pieces(self):
        return {"err": self.getErrorHandler(), "cont": self.getContentHandler(),
                "dtd": self.getDTDHandler(), "ent": self.getEntityResolver(),
                "parent": self._parent}

    def parse(self, source):
        up = self._parent
        up.setContentHandler(self)
        up.setErrorHandler(self)
        up.setEntityResolver(self)
        up.setDTDHandler(self)
        up.parse(source)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


for _holder, _names in (
        ("err", "error fatalError warning"),
        ("cont", "setDocumentLocator startDocument endDocument startPrefixMapping endPrefixMapping "
                 "startElement endElement startElementNS endElementNS characters "
                 "ignorableWhitespace processingInstruction skippedEntity"),
        ("dtd", "notationDecl unparsedEntityDecl"),
        ("ent", "resolveEntity"),
        ("parent", "setLocale getFeature setFeature getProperty setProperty")):
    for _m in _names.split():
        setattr(XMLFilterBase, _m, _forwarder(_holder, _m))


def prepare_input_source(source, base=""):
    """Turn a file name, path, file object or InputSource into an InputSource with a stream."""
    if hasattr(source, "__fspath__"):
        source = source.__fspath__()
    if hasattr(source, "read"):
        stream, source = source, xmlreader.InputSource()
        probe = stream.read(0)
        (source.setCharacterStream if isinstance(probe, str) else source.setByteStream)(stream)
        label = getattr(stream, "name", None)
        if isinstance(label, str):
            source.setSystemId(label)
    elif isinstance(source, str):
        source = xmlreader.InputSource(source)
    if source.getByteStream() is None and source.getCharacterStream() is None:
        wanted = source.getSystemId()
        local = os.path.join(os.path.dirname(os.path.normpath(base)), wanted)
        if not os.path.isfile(local):
            local = wanted
            source.setSystemId(urllib.parse.urljoin(base, wanted))
        else:
            source.setSystemId(local)
        source.setByteStream(open(local, "rb"))
        source._opened_here = True
    return source
