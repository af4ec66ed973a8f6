"""The SAX driver over tspy's XML reader (xml.parsers._scanner)."""
from xml.sax import xmlreader, saxutils, handler
from xml.sax._exceptions import (SAXParseException, SAXNotRecognizedException,
                                 SAXNotSupportedException)
from xml.parsers import _scanner

AttributesImpl = xmlreader.AttributesImpl
AttributesNSImpl = xmlreader.AttributesNSImpl


class ExpatLocator(xmlreader.Locator):
    def __init__(self, parser):
        self._parser = parser

    def getColumnNumber(self):
        reader = self._parser._reader
        return None if reader is None else reader.CurrentColumnNumber

    def getLineNumber(self):
        reader = self._parser._reader
        return 1 if reader is None else reader.CurrentLineNumber

    def getPublicId(self):
        return self._parser._source.getPublicId() if self._parser._source else None

    def getSystemId(self):
        return self._parser._source.getSystemId() if self._parser._source else None


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = xmlreader.InputSource()
        self._reader = None
        self._namespaces = namespaceHandling
        self._lex_handler = None
        self._parsing = False
        self._ns_stack = []

    def parse(self, source):
        source = saxutils.prepare_input_source(source)
        self._source = source
        self.reset()
        self._cont_handler.setDocumentLocator(ExpatLocator(self))
        stream = source.getCharacterStream() or source.getByteStream()
        try:
            while True:
                chunk = stream.read(self._bufsize)
                if not chunk:
                    break
                self.feed(chunk)
            self.close()
        finally:
            if source.getSystemId() is not None and hasattr(stream, "close") and \
                    getattr(source, "_opened_here", False):
                stream.close()

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name in (handler.feature_string_interning, handler.feature_validation,
                    handler.feature_external_pes, handler.feature_namespace_prefixes,
                    handler.feature_external_ges):
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name in (handler.feature_external_ges, handler.feature_validation,
                      handler.feature_external_pes, handler.feature_namespace_prefixes,
                      handler.feature_string_interning):
            if state:
                raise SAXNotSupportedException("expat does not support %s" % name)
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lex_handler
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == handler.property_lexical_handler:
            self._lex_handler = value
            if self._reader is not None:
                self._hook_lexical()
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def feed(self, data, isFinal=False):
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._reader.Parse(data, isFinal)
        except _scanner.ExpatError as e:
            exc = SAXParseException(_scanner.MESSAGES[e.code], e, self)
            self._err_handler.fatalError(exc)

    def close(self):
        if not self._parsing:
            return
        try:
            self.feed(b"", isFinal=True)
            self._cont_handler.endDocument()
            self._parsing = False
        finally:
            self._parsing = False

    def reset(self):
        reader = _scanner.Reader(self._source.getEncoding(), " " if self._namespaces else None)
        reader.buffer_text = False
        if self._namespaces:
            reader._keep_raw = True
            reader.StartElementHandler = self._start_ns
            reader.EndElementHandler = self._end_ns
            reader.StartNamespaceDeclHandler = self._start_prefix
            reader.EndNamespaceDeclHandler = self._end_prefix
        else:
            reader.StartElementHandler = self._start
            reader.EndElementHandler = self._end
        reader.CharacterDataHandler = self._cont_handler.characters
        reader.ProcessingInstructionHandler = self._cont_handler.processingInstruction
        reader.SkippedEntityHandler = lambda name, is_pe: self._cont_handler.skippedEntity(name)
        self._reader = reader
        self._scopes = [{"xml": _scanner.XML_NS}]
        self._pending_ns = {}
        self._hook_lexical()
        self._parsing = False

    def _hook_lexical(self):
        lex = self._lex_handler
        reader = self._reader
        if lex is None:
            return
        reader.CommentHandler = lex.comment
        reader.StartCdataSectionHandler = lex.startCDATA
        reader.EndCdataSectionHandler = lex.endCDATA
        reader.StartDoctypeDeclHandler = lambda name, sysid, pubid, internal: lex.startDTD(name, pubid, sysid)
        reader.EndDoctypeDeclHandler = lex.endDTD

    # Locator
    def getColumnNumber(self):
        return None if self._reader is None else self._reader.CurrentColumnNumber

    def getLineNumber(self):
        return 1 if self._reader is None else self._reader.CurrentLineNumber

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()

    # handlers
    def _start(self, name, attrs):
        self._cont_handler.startElement(name, AttributesImpl(attrs))

    def _end(self, name):
        self._cont_handler.endElement(name)

    def _start_prefix(self, prefix, uri):
        self._pending_ns[prefix or ""] = uri
        self._cont_handler.startPrefixMapping(prefix, uri)

    def _end_prefix(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def _split(self, qname, scope, is_elem):
        if ":" in qname:
            prefix, local = qname.split(":", 1)
            return scope.get(prefix), local
        return (scope.get("") if is_elem else None), qname

    def _start_ns(self, name, attrs):
        scope = self._scopes[-1]
        if self._pending_ns:
            scope = dict(scope)
            for prefix, uri in self._pending_ns.items():
                if uri:
                    scope[prefix] = uri
                else:
                    scope.pop(prefix, None)
            self._pending_ns = {}
        self._scopes.append(scope)
        values = {}
        qnames = {}
        for key, value in attrs.items():
            if key == "xmlns" or key[:6] == "xmlns:":
                continue
            pair = self._split(key, scope, False)
            values[pair] = value
            qnames[pair] = key
        self._cont_handler.startElementNS(self._split(name, scope, True), None,
                                          AttributesNSImpl(values, qnames))

    def _end_ns(self, name):
        scope = self._scopes.pop()
        self._cont_handler.endElementNS(self._split(name, scope, True), None)


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
