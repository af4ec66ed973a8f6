"""Builds xml.dom.minidom documents from tspy's XML reader (the role expatbuilder plays in
CPython). Text is buffered so adjacent character data becomes one Text node; namespace scopes
are tracked here to give elements and attributes their namespaceURI/prefix/localName."""
from xml.parsers import _scanner
from xml.dom import minidom, XMLNS_NAMESPACE, XML_NAMESPACE


class _Build:
    def __init__(self):
        self.doc = minidom.Document()
        self.node = self.doc
        self.scopes = [{"xml": XML_NAMESPACE}]
        self.in_cdata = False
        reader = _scanner.Reader(None, " ")
        reader._keep_raw = True
        reader.buffer_text = True
        reader.StartElementHandler = self.start
        reader.EndElementHandler = self.end
        reader.CharacterDataHandler = self.text
        reader.CommentHandler = self.comment
        reader.ProcessingInstructionHandler = self.pi
        reader.StartCdataSectionHandler = self.cdata_start
        reader.EndCdataSectionHandler = self.cdata_end
        reader.XmlDeclHandler = self.decl
        reader.StartDoctypeDeclHandler = self.doctype
        self.reader = reader

    def _attach(self, node):
        node.ownerDocument = self.doc
        parent = self.node
        kids = parent.childNodes
        if kids:
            kids[-1].nextSibling = node
            node.previousSibling = kids[-1]
        kids.append(node)
        node.parentNode = parent

    def start(self, name, attrs):
        scope = self.scopes[-1]
        declared = None
        for key, value in attrs.items():
            if key == "xmlns" or key[:6] == "xmlns:":
                if declared is None:
                    declared = dict(scope)
                declared[key[6:]] = value
        if declared is not None:
            scope = declared
        self.scopes.append(scope)
        prefix, local = minidom._split_qname(name)
        uri = scope.get(prefix if prefix is not None else "") or None
        elem = minidom.Element(name, uri, prefix, local)
        self._attach(elem)
        for key, value in attrs.items():
            aprefix, alocal = minidom._split_qname(key)
            if key == "xmlns":
                auri, aprefix, alocal = XMLNS_NAMESPACE, "xmlns", "xmlns"
            elif aprefix == "xmlns":
                auri = XMLNS_NAMESPACE
            elif aprefix is not None:
                auri = scope.get(aprefix)
            else:
                auri = None
            attr = minidom.Attr(key, auri, alocal, aprefix)
            attr.value = value
            attr.ownerDocument = self.doc
            attr.ownerElement = elem
            elem._attrs[key] = attr
        self.node = elem

    def end(self, name):
        self.scopes.pop()
        self.node = self.node.parentNode

    def text(self, data):
        if self.in_cdata:
            self._attach(minidom.CDATASection(data))
            return
        kids = self.node.childNodes
        if kids and kids[-1].nodeType == minidom.Node.TEXT_NODE:
            kids[-1].data = kids[-1].data + data
            return
        self._attach(minidom.Text(data))

    def comment(self, data):
        self._attach(minidom.Comment(data))

    def pi(self, target, data):
        self._attach(minidom.ProcessingInstruction(target, data))

    def cdata_start(self):
        self.in_cdata = True

    def cdata_end(self):
        self.in_cdata = False

    def decl(self, version, encoding, standalone):
        self.doc.version = version
        self.doc.encoding = encoding
        self.doc.standalone = None if standalone < 0 else bool(standalone)

    def doctype(self, name, sysid, pubid, internal):
        dt = minidom.DocumentType(name)
        dt.publicId = pubid
        dt.systemId = sysid
        if internal:
            dt.internalSubset = self.reader.internal_subset
        self._attach(dt)
        self.doc.doctype = dt


def parse_string(data):
    b = _Build()
    b.reader.Parse(data, True)
    return b.doc


def parse(file):
    b = _Build()
    if hasattr(file, "read"):
        b.reader.ParseFile(file)
    else:
        with open(file, "rb") as f:
            b.reader.ParseFile(f)
    return b.doc
