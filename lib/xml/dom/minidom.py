"""A small DOM (xml.dom.minidom) for tspy: Document, Element, Attr, Text, CDATASection, Comment,
ProcessingInstruction, DocumentType, DocumentFragment, parse/parseString and the writers
(toxml, toprettyxml, writexml) with CPython's output format.

Tree invariants: every child list is a NodeList; a node's parentNode, previousSibling and
nextSibling are kept in step with the parent's childNodes by _link/_unlink_child.
"""
import io
import xml.dom
from xml.dom import (Node, EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE, XML_NAMESPACE,
                     NotFoundErr, HierarchyRequestErr, InvalidCharacterErr, NamespaceErr)


from xml.dom.minicompat import NodeList, EmptyNodeList, StringTypes, defproperty  # noqa: E402,F401


def _escape(data):
    """Text and attribute values: & < " > become references (minidom's one escaping rule)."""
    if "&" in data:
        data = data.replace("&", "&amp;")
    if "<" in data:
        data = data.replace("<", "&lt;")
    if '"' in data:
        data = data.replace('"', "&quot;")
    if ">" in data:
        data = data.replace(">", "&gt;")
    return data


class _Writer:
    """Collects output text (writexml's writer protocol)."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return "".join(self.parts)


class _NodeBase(Node):
    """Behaviour shared by every node kind."""
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    namespaceURI = None
    prefix = None
    _child_types = ()

    def __bool__(self):
        return True

    # -- output --
    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        out = _Writer()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(out, "", indent, newl, encoding, standalone)
        else:
            self.writexml(out, "", indent, newl)
        text = out.getvalue()
        if encoding is None:
            return text
        return text.encode(encoding, "xmlcharrefreplace")

    # -- tree structure --
    def hasChildNodes(self):
        return bool(self.childNodes)

    @property
    def firstChild(self):
        kids = self.childNodes
        return kids[0] if kids else None

    @property
    def lastChild(self):
        kids = self.childNodes
        return kids[-1] if kids else None

    @property
    def localName(self):
        return None

    def _check_child(self, node):
        if node.nodeType not in self._child_types:
            raise HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(node.childNodes):
                self.appendChild(child)
            return node
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        kids = self.childNodes
        if kids:
            last = kids[-1]
            last.nextSibling = node
            node.previousSibling = last
        else:
            node.previousSibling = None
        node.nextSibling = None
        kids.append(node)
        node.parentNode = self
        return node

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(newChild.childNodes):
                self.insertBefore(child, refChild)
            return newChild
        self._check_child(newChild)
        if refChild is None:
            return self.appendChild(newChild)
        kids = self.childNodes
        index = _index_of(kids, refChild)
        if index < 0:
            raise NotFoundErr()
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
            index = _index_of(kids, refChild)
        kids.insert(index, newChild)
        newChild.nextSibling = refChild
        refChild.previousSibling = newChild
        if index:
            before = kids[index - 1]
            before.nextSibling = newChild
            newChild.previousSibling = before
        else:
            newChild.previousSibling = None
        newChild.parentNode = self
        return newChild

    def removeChild(self, oldChild):
        kids = self.childNodes
        index = _index_of(kids, oldChild)
        if index < 0:
            raise NotFoundErr()
        del kids[index]
        before, after = oldChild.previousSibling, oldChild.nextSibling
        if before is not None:
            before.nextSibling = after
        if after is not None:
            after.previousSibling = before
        oldChild.previousSibling = oldChild.nextSibling = None
        oldChild.parentNode = None
        return oldChild

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return None
        if _index_of(self.childNodes, oldChild) < 0:
            raise NotFoundErr()
        self.insertBefore(newChild, oldChild)
        self.removeChild(oldChild)
        return oldChild

    def normalize(self):
        if not isinstance(self.childNodes, list):
            return
        merged = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    continue
                if merged and merged[-1].nodeType == Node.TEXT_NODE:
                    merged[-1].data = merged[-1].data + child.data
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            merged.append(child)
        for i, child in enumerate(merged):
            child.parentNode = self
            child.previousSibling = merged[i - 1] if i else None
            child.nextSibling = merged[i + 1] if i + 1 < len(merged) else None
        self.childNodes[:] = merged

    def cloneNode(self, deep):
        return _clone(self, deep, self.ownerDocument)

    def isSameNode(self, other):
        return self is other

    def getUserData(self, key):
        entry = getattr(self, "_user_data", {}).get(key)
        return entry[0] if entry is not None else None

    def setUserData(self, key, data, handler):
        table = self.__dict__.setdefault("_user_data", {})
        old = table.get(key)
        if data is None:
            table.pop(key, None)
        else:
            table[key] = (data, handler)
        return old[0] if old is not None else None

    def _call_user_data_handler(self, operation, src, dst):
        for key, (data, handler) in list(getattr(self, "_user_data", {}).items()):
            if handler is not None:
                handler.handle(operation, key, data, src, dst)

    def isSupported(self, feature, version):
        return feature.lower() in ("core", "xml") and version in (None, "1.0", "2.0")

    def getInterface(self, feature):
        return self if self.isSupported(feature, None) else None

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()

    @property
    def childNodes(self):
        return EmptyNodeList()

    def _get_childNodes(self):
        return self.childNodes

    def _get_firstChild(self):
        return self.firstChild

    def _get_lastChild(self):
        return self.lastChild

    def _get_localName(self):
        return self.localName


def _index_of(kids, node):
    for i in range(len(kids)):
        if kids[i] is node:
            return i
    return -1


class _ParentNode(_NodeBase):
    """A node that owns a childNodes list."""

    def __init__(self):
        self.childNodes = NodeList()

    childNodes = None

    def unlink(self):
        for child in self.childNodes:
            child.unlink()
        self.childNodes = NodeList()
        _NodeBase.unlink(self)


def _descendants_named(node, name, out):
    for child in node.childNodes:
        if child.nodeType == Node.ELEMENT_NODE:
            if name == "*" or child.tagName == name:
                out.append(child)
            _descendants_named(child, name, out)
    return out


def _descendants_ns(node, uri, local, out):
    for child in node.childNodes:
        if child.nodeType == Node.ELEMENT_NODE:
            if (local == "*" or child.localName == local) and (uri == "*" or child.namespaceURI == uri):
                out.append(child)
            _descendants_ns(child, uri, local, out)
    return out


class DocumentFragment(_ParentNode):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    nodeValue = None
    attributes = None
    _child_types = (Node.ELEMENT_NODE, Node.TEXT_NODE, Node.CDATA_SECTION_NODE,
                    Node.ENTITY_REFERENCE_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                    Node.COMMENT_NODE, Node.NOTATION_NODE)


class Attr(_NodeBase):
    nodeType = Node.ATTRIBUTE_NODE
    attributes = None
    specified = False
    ownerElement = None

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.ownerElement = None
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        if prefix is None and ":" in qName:
            prefix = qName.split(":", 1)[0]
        self.prefix = prefix
        self._local = localName
        self.value = self.nodeValue = ""

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self.name.split(":", 1)[-1]

    def __setattr__(self, name, value):
        if name in ("value", "nodeValue"):
            object.__setattr__(self, "value", value)
            object.__setattr__(self, "nodeValue", value)
        elif name in ("name", "nodeName"):
            object.__setattr__(self, "name", value)
            object.__setattr__(self, "nodeName", value)
        else:
            object.__setattr__(self, name, value)

    _is_id = False

    @property
    def isId(self):
        return self._is_id

    @property
    def schemaType(self):
        return _NO_TYPE

    def unlink(self):
        self.ownerElement = None
        self.ownerDocument = None


class NamedNodeMap:
    """An element's attributes, by qualified name, in insertion order."""

    def __init__(self, element):
        self._element = element

    @property
    def _attrs(self):
        return self._element._attrs

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        values = list(self._attrs.values())
        if 0 <= index < len(values):
            return values[index]
        return None

    def items(self):
        return [(name, attr.value) for name, attr in self._attrs.items()]

    def itemsNS(self):
        return [((a.namespaceURI, a.localName), a.value) for a in self._attrs.values()]

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return [(a.namespaceURI, a.localName) for a in self._attrs.values()]

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __contains__(self, key):
        if isinstance(key, str):
            return key in self._attrs
        return any((a.namespaceURI, a.localName) == key for a in self._attrs.values())

    def __getitem__(self, key):
        if isinstance(key, tuple):
            for a in self._attrs.values():
                if (a.namespaceURI, a.localName) == key:
                    return a
            raise KeyError(key)
        return self._attrs[key]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            self._element.setAttribute(name, value)
        else:
            self._element.setAttributeNode(value)

    def __delitem__(self, name):
        self._element.removeAttribute(name)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        for a in self._attrs.values():
            if a.namespaceURI == namespaceURI and a.localName == localName:
                return a
        return None

    def setNamedItem(self, node):
        return self._element.setAttributeNode(node)

    setNamedItemNS = setNamedItem

    def removeNamedItem(self, name):
        attr = self._attrs.get(name)
        if attr is None:
            raise NotFoundErr()
        self._element.removeAttributeNode(attr)
        return attr

    def removeNamedItemNS(self, namespaceURI, localName):
        attr = self.getNamedItemNS(namespaceURI, localName)
        if attr is None:
            raise NotFoundErr()
        self._element.removeAttributeNode(attr)
        return attr


AttributeList = NamedNodeMap


class Element(_ParentNode):
    nodeType = Node.ELEMENT_NODE
    nodeValue = None
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        _ParentNode.__init__(self)
        self.tagName = self.nodeName = tagName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self._local = localName
        self._attrs = {}

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self.tagName.split(":", 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def _get_attributes(self):
        return self.attributes

    def _get_tagName(self):
        return self.tagName

    def hasAttributes(self):
        return bool(self._attrs)

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return attr.value if attr is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        for a in self._attrs.values():
            if a.namespaceURI == namespaceURI and a.localName == localName:
                return a.value
        return ""

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.ownerDocument = self.ownerDocument
            attr.ownerElement = self
            self._attrs[attname] = attr
        attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, local = _split_qname(qualifiedName)
        existing = self.getAttributeNodeNS(namespaceURI, local)
        if existing is not None:
            if existing.name != qualifiedName:
                del self._attrs[existing.name]
                existing.name = qualifiedName
                existing.prefix = prefix
                self._attrs[qualifiedName] = existing
            existing.value = value
            return
        attr = Attr(qualifiedName, namespaceURI, local, prefix)
        attr.ownerDocument = self.ownerDocument
        attr.ownerElement = self
        attr.value = value
        self._attrs[qualifiedName] = attr

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        for a in self._attrs.values():
            if a.namespaceURI == namespaceURI and a.localName == localName:
                return a
        return None

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise xml.dom.InuseAttributeErr("attribute node already owned")
        old = self._attrs.get(attr.name)
        if old is attr:
            return None
        same_ns = None
        if attr.namespaceURI is not None:
            same_ns = self.getAttributeNodeNS(attr.namespaceURI, attr.localName)
            if same_ns is not None and same_ns is not old:
                del self._attrs[same_ns.name]
                same_ns.ownerElement = None
                same_ns._is_id = False
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        if old is not None:
            old.ownerElement = None
            old._is_id = False
        return old if old is not None else same_ns

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        attr = self._attrs.pop(name, None)
        if attr is None:
            raise NotFoundErr()
        attr.ownerElement = None

    def removeAttributeNS(self, namespaceURI, localName):
        attr = self.getAttributeNodeNS(namespaceURI, localName)
        if attr is None:
            raise NotFoundErr()
        self.removeAttributeNode(attr)

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise NotFoundErr()
        del self._attrs[node.name]
        node.ownerElement = None
        return node

    removeAttributeNodeNS = removeAttributeNode

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return self.getAttributeNodeNS(namespaceURI, localName) is not None

    def getElementsByTagName(self, name):
        return _descendants_named(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _descendants_ns(self, namespaceURI, localName, NodeList())

    def setIdAttribute(self, name):
        self.setIdAttributeNode(self.getAttributeNode(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self.getAttributeNodeNS(namespaceURI, localName))

    def setIdAttributeNode(self, idAttr):
        if idAttr is None or self._attrs.get(idAttr.name) is not idAttr:
            raise NotFoundErr()
        idAttr._is_id = True

    @property
    def schemaType(self):
        return _NO_TYPE

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(' %s="' % name)
            writer.write(_escape(attr.value))
            writer.write('"')
        kids = self.childNodes
        if not kids:
            writer.write("/>%s" % newl)
            return
        writer.write(">")
        if len(kids) == 1 and kids[0].nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            kids[0].writexml(writer, "", "", "")
        else:
            writer.write(newl)
            for child in kids:
                child.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write("</%s>%s" % (self.tagName, newl))

    def unlink(self):
        for attr in self._attrs.values():
            attr.unlink()
        self._attrs = {}
        _ParentNode.unlink(self)


class _TypeInfo:
    """schemaType of nodes without schema information."""
    typeName = None
    typeNamespace = None

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.typeName)


_NO_TYPE = _TypeInfo()


def _split_qname(qname):
    if ":" in qname:
        prefix, local = qname.split(":", 1)
        return prefix, local
    return None, qname


class _CharacterData(_NodeBase):
    attributes = None

    def __init__(self, data=""):
        self._data = data

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, value):
        self._data = value

    nodeValue = data

    @property
    def length(self):
        return len(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        data = self._data
        more = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], more)

    def substringData(self, offset, count):
        if offset < 0:
            raise xml.dom.IndexSizeErr("offset cannot be negative")
        if offset >= len(self._data):
            raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise xml.dom.IndexSizeErr("count cannot be negative")
        return self._data[offset:offset + count]

    def appendData(self, arg):
        self._data = self._data + arg

    def insertData(self, offset, arg):
        self._data = self._data[:offset] + arg + self._data[offset:]

    def deleteData(self, offset, count):
        self._data = self._data[:offset] + self._data[offset + count:]

    def replaceData(self, offset, count, arg):
        self._data = self._data[:offset] + arg + self._data[offset + count:]


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def splitText(self, offset):
        if offset < 0 or offset > len(self._data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        rest = self.__class__()
        rest._data = self._data[offset:]
        rest.ownerDocument = self.ownerDocument
        self._data = self._data[:offset]
        parent = self.parentNode
        if parent is not None:
            parent.insertBefore(rest, self.nextSibling)
        return rest

    @property
    def wholeText(self):
        node = self
        while node.previousSibling is not None and node.previousSibling.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            node = node.previousSibling
        parts = []
        while node is not None and node.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.append(node.data)
            node = node.nextSibling
        return "".join(parts)

    @property
    def isWhitespaceInElementContent(self):
        return False

    def replaceWholeText(self, content):
        """Replace this text and the adjacent text nodes with one node holding `content`
        (this node, or nothing when content is empty)."""
        parent = self.parentNode
        kinds = (Node.TEXT_NODE, Node.CDATA_SECTION_NODE)
        node = self.previousSibling
        while node is not None and node.nodeType in kinds:
            before = node.previousSibling
            parent.removeChild(node)
            node = before
        node = self.nextSibling
        while node is not None and node.nodeType in kinds:
            after = node.nextSibling
            parent.removeChild(node)
            node = after
        if content:
            self.data = content
            return self
        if parent is not None:
            parent.removeChild(self)
        return None

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(_escape("%s%s%s" % (indent, self._data, newl)))


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self._data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self._data)


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self._data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self._data, newl))


class ProcessingInstruction(_NodeBase):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE
    attributes = None

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeName(self):
        return self.target

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class _NamedNodes:
    """Read-only, ordered collection of a doctype's entities or notations (in ._seq)."""

    def __init__(self, seq=()):
        self._seq = list(seq)

    def __len__(self):
        return len(self._seq)

    @property
    def length(self):
        return len(self._seq)

    def item(self, index):
        return self._seq[index] if 0 <= index < len(self._seq) else None

    def __getitem__(self, key):
        if isinstance(key, tuple):
            found = self.getNamedItemNS(*key)
        else:
            found = self.getNamedItem(key)
        if found is None:
            raise KeyError(key)
        return found

    def getNamedItem(self, name):
        for n in self._seq:
            if n.nodeName == name:
                return n
        return None

    def getNamedItemNS(self, namespaceURI, localName):
        for n in self._seq:
            if n.namespaceURI == namespaceURI and n.localName == localName:
                return n
        return None

    def _refuse(self, *args):
        raise xml.dom.NoModificationAllowedErr("NamedNodeMap instance is read-only")

    setNamedItem = setNamedItemNS = removeNamedItem = removeNamedItemNS = _refuse


class Notation(_NodeBase):
    nodeType = Node.NOTATION_NODE
    nodeValue = None
    attributes = None

    def __init__(self, name, publicId, systemId):
        self.nodeName = name
        self.publicId = publicId
        self.systemId = systemId


class Entity(_NodeBase):
    nodeType = Node.ENTITY_NODE
    nodeValue = None
    attributes = None
    actualEncoding = None
    encoding = None
    version = None
    childNodes = None

    def __init__(self, name, publicId, systemId, notation):
        self.nodeName = name
        self.notationName = notation
        self.publicId = publicId
        self.systemId = systemId
        self.childNodes = NodeList()

    def appendChild(self, newChild):
        raise HierarchyRequestErr("cannot append children to an entity node")

    def insertBefore(self, newChild, refChild):
        raise HierarchyRequestErr("cannot insert children below an entity node")

    def removeChild(self, oldChild):
        raise HierarchyRequestErr("cannot remove children from an entity node")

    def replaceChild(self, newChild, oldChild):
        raise HierarchyRequestErr("cannot replace children of an entity node")


class DocumentType(_NodeBase):
    nodeType = Node.DOCUMENT_TYPE_NODE
    nodeValue = None
    attributes = None
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = _NamedNodes()
        self.notations = _NamedNodes()
        if qualifiedName:
            self.name = qualifiedName.split(":", 1)[-1] if ":" in qualifiedName else qualifiedName
        self.nodeName = self.name

    def _get_internalSubset(self):
        return self.internalSubset

    def cloneNode(self, deep):
        """Only a doctype no document owns can be cloned (else None)."""
        if self.ownerDocument is not None:
            return None
        twin = DocumentType(None)
        twin.name = twin.nodeName = self.name
        twin.publicId, twin.systemId = self.publicId, self.systemId
        twin.internalSubset = self.internalSubset
        if deep:
            for n in self.notations._seq:
                twin.notations._seq.append(Notation(n.nodeName, n.publicId, n.systemId))
            for e in self.entities._seq:
                copy = Entity(e.nodeName, e.publicId, e.systemId, e.notationName)
                copy.actualEncoding, copy.encoding, copy.version = e.actualEncoding, e.encoding, e.version
                twin.entities._seq.append(copy)
        return twin

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class DOMImplementation:
    _features = [("core", "1.0"), ("core", "2.0"), ("core", None), ("xml", "1.0"),
                 ("xml", "2.0"), ("xml", None), ("ls-load", "3.0"), ("ls-load", None)]

    def hasFeature(self, feature, version):
        if version == "":
            version = None
        return (feature.lower(), version) in self._features

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr("doctype object owned by another DOM tree")
        doc = Document()
        if qualifiedName is None and namespaceURI is None and doctype is None:
            return doc
        if not qualifiedName:
            raise xml.dom.InvalidCharacterErr("Element with no name")
        prefix, local = _split_qname(qualifiedName)
        if prefix == "xml" and namespaceURI != XML_NAMESPACE:
            raise NamespaceErr("illegal use of 'xml' prefix")
        if prefix and not namespaceURI:
            raise NamespaceErr("illegal use of prefix without namespaces")
        element = doc.createElementNS(namespaceURI, qualifiedName)
        if doctype is not None:
            doc.appendChild(doctype)
        doc.appendChild(element)
        if doctype is not None:
            doctype.ownerDocument = doc
        doc.doctype = doctype
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class Document(_ParentNode):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    nodeValue = None
    attributes = None
    parentNode = None
    previousSibling = nextSibling = None
    implementation = DOMImplementation()
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        _ParentNode.__init__(self)
        self.doctype = None
        self.actualEncoding = None
        self.encoding = None
        self.standalone = None
        self.version = None
        self.strictErrorChecking = False
        self.errorHandler = None
        self.documentURI = None

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def _get_documentElement(self):
        return self.documentElement

    def _get_doctype(self):
        return self.doctype

    def appendChild(self, node):
        self._check_child(node)
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None \
                and node.parentNode is not self:
            raise HierarchyRequestErr("two document elements disallowed")
        return _ParentNode.appendChild(self, node)

    def removeChild(self, oldChild):
        _ParentNode.removeChild(self, oldChild)
        if oldChild is self.doctype:
            self.doctype = None
        return oldChild

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        return self._own(Element(qualifiedName, namespaceURI, prefix, local))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        return self._own(Attr(qualifiedName, namespaceURI, local, prefix))

    def getElementById(self, elementId):
        for elem in _descendants_named(self, "*", []):
            for attr in elem._attrs.values():
                if attr._is_id and attr.value == elementId:
                    return elem
        return None

    async_ = False

    def load(self, uri):
        raise xml.dom.NotSupportedErr("load() is not supported")

    def loadXML(self, source):
        raise xml.dom.NotSupportedErr("loadXML() is not supported")

    def getElementsByTagName(self, name):
        return _descendants_named(self, name, NodeList())

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _descendants_ns(self, namespaceURI, localName, NodeList())

    def importNode(self, node, deep):
        if node.nodeType in (Node.DOCUMENT_NODE, Node.DOCUMENT_TYPE_NODE):
            raise xml.dom.NotSupportedErr("cannot import document nodes")
        return _clone(node, deep, self)

    def cloneNode(self, deep):
        if not deep:
            return None
        doc = self.implementation.createDocument(None, None, None)
        doc.encoding, doc.standalone, doc.version = self.encoding, self.standalone, self.version
        for child in self.childNodes:
            copy = _clone(child, True, doc)
            doc.childNodes.append(copy)
            copy.parentNode = doc
            if copy.nodeType == Node.DOCUMENT_TYPE_NODE:
                doc.doctype = copy
        _relink(doc)
        return doc

    def unlink(self):
        self.doctype = None
        _ParentNode.unlink(self)

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None, standalone=None):
        extra = []
        if encoding:
            extra.append('encoding="%s"' % encoding)
        if standalone is not None:
            extra.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" %s?>%s' % (" ".join(extra), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)

    def renameNode(self, n, namespaceURI, name):
        prefix, local = _split_qname(name)
        if n.nodeType == Node.ELEMENT_NODE:
            n.tagName = n.nodeName = name
        elif n.nodeType == Node.ATTRIBUTE_NODE:
            owner = n.ownerElement
            if owner is not None:
                del owner._attrs[n.name]
            n.name = name
            if owner is not None:
                owner._attrs[name] = n
        else:
            raise xml.dom.NotSupportedErr("renameNode() only applies to element and attribute nodes")
        n.namespaceURI = namespaceURI
        n.prefix = prefix
        n._local = local
        return n


def _relink(parent):
    kids = parent.childNodes
    for i, child in enumerate(kids):
        child.parentNode = parent
        child.previousSibling = kids[i - 1] if i else None
        child.nextSibling = kids[i + 1] if i + 1 < len(kids) else None


def _clone(node, deep, doc):
    copy = _clone_node(node, deep, doc)
    if getattr(node, "_user_data", None):
        node._call_user_data_handler(
            xml.dom.UserDataHandler.NODE_CLONED if doc is node.ownerDocument
            else xml.dom.UserDataHandler.NODE_IMPORTED, node, copy)
    return copy


def _clone_node(node, deep, doc):
    kind = node.nodeType
    if kind == Node.ELEMENT_NODE:
        copy = Element(node.tagName, node.namespaceURI, node.prefix, node._local)
        copy.ownerDocument = doc
        for name, attr in node._attrs.items():
            a = Attr(attr.name, attr.namespaceURI, attr._local, attr.prefix)
            a.value = attr.value
            a.ownerDocument = doc
            a.ownerElement = copy
            copy._attrs[name] = a
        if deep:
            for child in node.childNodes:
                copy.childNodes.append(_clone(child, True, doc))
            _relink(copy)
        return copy
    if kind == Node.DOCUMENT_FRAGMENT_NODE:
        copy = DocumentFragment()
        copy.ownerDocument = doc
        if deep:
            for child in node.childNodes:
                copy.childNodes.append(_clone(child, True, doc))
            _relink(copy)
        return copy
    if kind in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.COMMENT_NODE):
        copy = node.__class__(node.data)
    elif kind == Node.PROCESSING_INSTRUCTION_NODE:
        copy = ProcessingInstruction(node.target, node.data)
    elif kind == Node.ATTRIBUTE_NODE:
        copy = Attr(node.name, node.namespaceURI, node._local, node.prefix)
        copy.value = node.value
        copy.specified = True
    elif kind == Node.DOCUMENT_TYPE_NODE:
        copy = DocumentType(node.name)
        copy.publicId, copy.systemId = node.publicId, node.systemId
        copy.internalSubset = node.internalSubset
    else:
        raise xml.dom.NotSupportedErr("cannot clone node %s" % repr(node))
    copy.ownerDocument = doc
    return copy


def getDOMImplementation(features=None):
    return Document.implementation


def parse(file, parser=None, bufsize=None):
    from xml.dom import _builder
    if parser is not None:
        raise NotImplementedError("parse() with a SAX parser is not supported by tspy yet")
    return _builder.parse(file)


def parseString(string, parser=None):
    from xml.dom import _builder
    if parser is not None:
        raise NotImplementedError("parseString() with a SAX parser is not supported by tspy yet")
    return _builder.parse_string(string)
