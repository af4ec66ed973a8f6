"""xml.etree.ElementTree for tspy: the element tree, its parser front ends and its writer.

Parsing goes through xml.parsers._scanner (tspy's own expat-compatible reader); path queries
live in xml.etree.ElementPath. Serialisation follows CPython's output byte for byte: attributes
in insertion order, namespace declarations sorted by prefix on the root, ns0.. for unknown URIs.
"""
import sys
import re
import io
import warnings
import contextlib
import weakref

from xml.parsers import _scanner
from xml.etree import ElementPath

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI", "ProcessingInstruction",
    "QName", "SubElement", "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace", "canonicalize", "C14NWriterTarget",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """Raised for a document that is not well-formed; .code and .position = (line, column)."""
    pass


def iselement(element):
    return hasattr(element, "tag")


class Element:
    """One node of the tree: tag, attrib (dict), text, tail and a list of child elements."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % (type(attrib).__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra} if extra else dict(attrib)
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        dup = self.makeelement(self.tag, self.attrib)
        dup.attrib = self.attrib  # a shallow copy shares the attribute dict
        dup.text = self.text
        dup.tail = self.tail
        dup[:] = self
        return dup

    def __deepcopy__(self, memo):
        from copy import deepcopy
        dup = self.makeelement(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        dup.text = deepcopy(self.text, memo)
        dup.tail = deepcopy(self.tail, memo)
        for child in self._children:
            twin = deepcopy(child, memo)
            _need_element(twin, 'expected an Element, not "%s"')
            dup._children.append(twin)
        return dup

    def copy(self):
        warnings.warn("elem.copy() is deprecated. Use copy.copy(elem) instead.",
                      DeprecationWarning, stacklevel=2)
        return self.__copy__()

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __iter__(self):
        return iter(self._children)

    def __getitem__(self, index):
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            items = list(element)
            for e in items:
                _need_element(e, 'expected an Element, not "%s"')
            self._children[index] = items
        else:
            _need_element(element, 'expected an Element, not "%s"')
            try:
                self._children[index] = element
            except IndexError:
                raise IndexError("child assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child deletion index out of range") from None

    def append(self, subelement):
        _need_element(subelement, "append() argument must be xml.etree.ElementTree.Element, not %s")
        self._children.append(subelement)

    def extend(self, elements):
        items = list(elements)
        for e in items:
            _need_element(e, 'expected an Element, not "%s"')
        self._children.extend(items)

    def insert(self, index, subelement):
        _need_element(subelement, "insert() argument 2 must be xml.etree.ElementTree.Element, not %s")
        self._children.insert(index, subelement)

    def remove(self, subelement):
        kids = self._children
        for i in range(len(kids)):
            if kids[i] is subelement or kids[i] == subelement:
                del kids[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        # explicit stack of (element, next child index): deep trees do not recurse
        if tag is None or self.tag == tag:
            yield self
        stack = [(self, 0)]
        while stack:
            node, i = stack[-1]
            kids = node._children
            if i >= len(kids):
                stack.pop()
                continue
            stack[-1] = (node, i + 1)
            child = kids[i]
            if tag is None or child.tag == tag:
                yield child
            if child._children:
                stack.append((child, 0))

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        text = self.text
        if text:
            yield text
        # explicit stack of (element, next child index); an element's tail follows its subtree
        stack = [(self, 0)]
        while stack:
            node, i = stack[-1]
            kids = node._children
            if i >= len(kids):
                stack.pop()
                if stack:
                    tail = node.tail
                    if tail:
                        yield tail
                continue
            stack[-1] = (node, i + 1)
            child = kids[i]
            ctag = child.tag
            if isinstance(ctag, str) or ctag is None:
                text = child.text
                if text:
                    yield text
                stack.append((child, 0))
            else:
                tail = child.tail
                if tail:
                    yield tail


def _need_element(e, message):
    if not isinstance(e, Element):
        raise TypeError(message % type(e).__name__)


def SubElement(parent, tag, attrib={}, **extra):
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % (type(attrib).__name__,))
    child = parent.makeelement(tag, {**attrib, **extra})
    parent.append(child)
    return child


def Comment(text=None):
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    node = Element(ProcessingInstruction)
    node.text = target if not text else target + " " + text
    return node


PI = ProcessingInstruction


class QName:
    """A qualified name "{uri}local" that the writer turns into prefix:local."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __eq__(self, other):
        return self.text == self._key(other)


# ---------------------------------------------------------------------------------------------
# ElementTree

class ElementTree:
    """A whole document: a root element plus parse/write helpers."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        owned = not hasattr(source, "read")
        if owned:
            source = open(source, "rb")
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                chunk = source.read(65536)
                if not chunk:
                    break
                parser.feed(chunk)
            self._root = parser.close()
            return self._root
        finally:
            if owned:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future version.  "
                "If you rely on the current behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        method = method or "xml"
        if method not in _WRITERS:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        as_text = encoding.lower() == "unicode"
        parts = []
        put = parts.append
        if method == "xml" and (xml_declaration or (
                xml_declaration is None and not as_text
                and encoding.lower() not in ("utf-8", "us-ascii"))):
            shown = "utf-8" if as_text else encoding
            put("<?xml version='1.0' encoding='%s'?>\n" % (shown,))
        if method == "text":
            _write_text(put, self._root)
        else:
            names, decls = _collect_names(self._root, default_namespace)
            _WRITERS[method](put, self._root, names, decls, short_empty_elements)
        if as_text and isinstance(file_or_filename, _ListSink):
            file_or_filename.parts.extend(parts)
            return
        _deliver(file_or_filename, "".join(parts), encoding, as_text)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


def _deliver(target, text, encoding, as_text):
    if as_text:
        if hasattr(target, "write"):
            target.write(text)
        else:
            with open(target, "w", encoding="utf-8" if encoding.lower() == "unicode" else encoding,
                      errors="xmlcharrefreplace") as f:
                f.write(text)
        return
    data = text.encode(encoding, "xmlcharrefreplace")
    if hasattr(target, "write"):
        if isinstance(target, io.TextIOBase):
            target.write(text.encode(encoding, "xmlcharrefreplace").decode(encoding))
        else:
            target.write(data)
    else:
        with open(target, "wb") as f:
            f.write(data)


# ---------------------------------------------------------------------------------------------
# serialisation

# well-known namespace URIs and the prefixes the writer gives them (register_namespace adds more)
_namespace_map = {uri: prefix for prefix, uri in (
    ("xml", "http://www.w3.org/XML/1998/namespace"),
    ("html", "http://www.w3.org/1999/xhtml"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("wsdl", "http://schemas.xmlsoap.org/wsdl/"),
    ("xs", "http://www.w3.org/2001/XMLSchema"),
    ("xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ("dc", "http://purl.org/dc/elements/1.1/"),
)}


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known, p in list(_namespace_map.items()):
        if known == uri or p == prefix:
            del _namespace_map[known]
    _namespace_map[uri] = prefix


# the test suite reaches the table through the function
register_namespace._namespace_map = _namespace_map


def _bad_value(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


def _collect_names(root, default_namespace):
    """Map every tag/attribute name to its written form; returns (names, {uri: prefix})."""
    names = {None: None}
    decls = {}
    if default_namespace:
        decls[default_namespace] = ""

    def qualify(name):
        if name[:1] == "{":
            close = name.rfind("}")
            if close < 0:
                names[name] = name
                return
            uri, local = name[1:close], name[close + 1:]
            prefix = decls.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(decls)
                if prefix != "xml":
                    decls[uri] = prefix
            names[name] = prefix + ":" + local if prefix else local
        else:
            if default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            names[name] = name

    try:
        iterate = root.iter
    except AttributeError:
        iterate = root.getiterator
    for elem in iterate():
        tag = elem.tag
        if isinstance(tag, QName):
            if tag.text not in names:
                qualify(tag.text)
        elif isinstance(tag, str):
            if tag not in names:
                qualify(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _bad_value(tag)
        for key, value in elem.items():
            if isinstance(key, QName):
                key = key.text
            elif not isinstance(key, str):
                _bad_value(key)
            if key not in names:
                qualify(key)
            if isinstance(value, QName) and value.text not in names:
                qualify(value.text)
        text = elem.text
        if isinstance(text, QName) and text.text not in names:
            qualify(text.text)
    return names, decls


def _attr_text(value):
    if not isinstance(value, str):
        _bad_value(value)
    if _ATTR_SPECIAL.isdisjoint(value):
        return value
    for ch, ref in _ATTR_REFS:
        if ch in value:
            value = value.replace(ch, ref)
    return value


def _attr_text_html(value):
    if not isinstance(value, str):
        _bad_value(value)
    for ch, ref in _ATTR_REFS_HTML:
        if ch in value:
            value = value.replace(ch, ref)
    return value


def _char_text(text):
    if not isinstance(text, str):
        _bad_value(text)
    if not _TEXT_SPECIAL.isdisjoint(text):
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


# replacement order matters: '&' first, so the other references are not escaped again
_ATTR_REFS = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
              ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))
_ATTR_REFS_HTML = (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;"))
_ATTR_SPECIAL = frozenset("&<>\"\r\n\t")
_TEXT_SPECIAL = frozenset("&<>")


def _open_tag(put, elem, tag, names, decls, html):
    put("<" + tag)
    if decls:
        for uri, prefix in sorted(decls.items(), key=lambda item: item[1]):
            put(' xmlns%s="%s"' % (":" + prefix if prefix else "", _attr_text(uri)))
    for key, value in elem.items():
        if isinstance(key, QName):
            key = key.text
        if isinstance(value, QName):
            value = names[value.text]
        else:
            value = _attr_text_html(value) if html else _attr_text(value)
        put(' %s="%s"' % (names[key], value))


def _write_xml(put, elem, names, decls, short_empty):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        put("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        put("<?%s?>" % text)
    else:
        tag = names[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                put(_char_text(text))
            for child in elem:
                _write_xml(put, child, names, None, short_empty)
        else:
            if decls:
                _open_tag(put, elem, tag, names, decls, False)
            else:
                put("<" + tag)
                for key, value in elem.items():
                    if type(key) is not str and isinstance(key, QName):
                        key = key.text
                    if isinstance(value, QName):
                        value = names[value.text]
                    else:
                        value = _attr_text(value)
                    put(' %s="%s"' % (names[key], value))
            if text or (elem._children if isinstance(elem, Element) else len(elem)) or not short_empty:
                put(">")
                if text:
                    put(_char_text(text))
                for child in elem:
                    _write_xml(put, child, names, None, short_empty)
                put("</" + tag + ">")
            else:
                put(" />")
    if elem.tail:
        put(_char_text(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input",
              "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _write_html(put, elem, names, decls, short_empty):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        put("<!--%s-->" % _char_text(text))
    elif tag is ProcessingInstruction:
        put("<?%s?>" % _char_text(text))
    else:
        tag = names[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                put(_char_text(text))
            for child in elem:
                _write_html(put, child, names, None, short_empty)
        else:
            _open_tag(put, elem, tag, names, decls, True)
            put(">")
            lower = tag.lower()
            if text:
                put(text if lower in ("script", "style") else _char_text(text))
            for child in elem:
                _write_html(put, child, names, None, short_empty)
            if lower not in HTML_EMPTY:
                put("</" + tag + ">")
    if elem.tail:
        put(_char_text(elem.tail))


def _write_text(put, root):
    for part in root.itertext():
        put(part)
    if root.tail:
        put(root.tail)


# like CPython 3.11, write() knows no "c14n" method (use canonicalize())
_WRITERS = {"xml": _write_xml, "html": _write_html, "text": None}


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    sink = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(sink, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return sink.getvalue()


class _ListSink:
    def __init__(self, parts):
        self.parts = parts

    def write(self, data):
        self.parts.append(data)

    def writable(self):
        return True

    def seekable(self):
        return False

    def tell(self):
        return sum(len(p) for p in self.parts)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    parts = []
    ElementTree(element).write(_ListSink(parts), encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return parts


def dump(elem):
    """Write an element (or tree) to sys.stdout, ending with a newline."""
    tree = elem if isinstance(elem, ElementTree) else ElementTree(elem)
    tree.write(sys.stdout, encoding="unicode")
    last = tree.getroot().tail
    if last is None or not last.endswith("\n"):
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    steps = ["\n" + level * space]

    def walk(elem, depth):
        inner = depth + 1
        while len(steps) <= inner:
            steps.append(steps[-1] + space)
        if not elem.text or not elem.text.strip():
            elem.text = steps[inner]
        last = None
        for child in elem:
            if len(child):
                walk(child, inner)
            if not child.tail or not child.tail.strip():
                child.tail = steps[inner]
            last = child
        if not last.tail.strip():
            last.tail = steps[depth]

    walk(tree, 0)


# ---------------------------------------------------------------------------------------------
# parsing

def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    root = parser.close()
    ids = {}
    for elem in root.iter():
        key = elem.get("id")
        if key:
            ids[key] = elem
    return root, ids


def fromstringlist(sequence, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    for piece in sequence:
        parser.feed(piece)
    return parser.close()


class TreeBuilder:
    """Builds elements from start/data/end calls; close() returns the root."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._make = element_factory if element_factory is not None else Element
        self._make_comment = comment_factory if comment_factory is not None else Comment
        self._make_pi = pi_factory if pi_factory is not None else PI
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._texts = []
        self._path = []
        self._prev = None     # element the pending text belongs to
        self._prev_closed = False  # pending text is prev's tail (else its text)
        self._top = None

    def close(self):
        # like CPython's C TreeBuilder: no checks for unclosed or missing elements
        return self._top

    def _settle(self):
        if not self._texts:
            return
        prev = self._prev
        if prev is not None:
            texts = self._texts
            joined = texts[0] if len(texts) == 1 else "".join(texts)
            if self._prev_closed:
                assert prev.tail is None, "internal error (tail)"
                prev.tail = joined
            else:
                assert prev.text is None, "internal error (text)"
                prev.text = joined
        self._texts = []

    def data(self, data):
        self._texts.append(data)

    def start(self, tag, attrs):
        if self._texts:
            self._settle()
        elem = self._make(tag, attrs)
        path = self._path
        if path:
            parent = path[-1]
            if type(parent) is Element and type(elem) is Element:
                parent._children.append(elem)
            else:
                parent.append(elem)
        elif self._top is None:
            self._top = elem
        path.append(elem)
        self._prev = elem
        self._prev_closed = False
        return elem

    def end(self, tag):
        if self._texts:
            self._settle()
        elem = self._path.pop()
        self._prev = elem
        self._prev_closed = True
        return elem

    def comment(self, text):
        return self._single(self._make_comment(text), self.insert_comments)

    def pi(self, target, text=None):
        return self._single(self._make_pi(target, text), self.insert_pis)

    def _single(self, elem, insert):
        if insert:
            self._settle()
            self._prev = elem
            self._prev_closed = True
            if self._path:
                self._path[-1].append(elem)
        return elem


class XMLParser:
    """Element-structure parser: feeds tspy's XML reader and calls a target's methods."""

    def __init__(self, *, target=None, encoding=None):
        reader = _scanner.Reader(encoding, "}")
        reader._clark = True
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = reader
        self.target = self._target = target
        self._error = _scanner.ExpatError
        self.entity = {}
        self.version = "Expat 2.5.0"
        self._closed = False
        start = getattr(target, "start", None)
        if start is not None:
            reader.StartElementHandler = start
        end = getattr(target, "end", None)
        if end is not None:
            reader.EndElementHandler = end
        if hasattr(target, "start_ns"):
            start_ns = target.start_ns
            reader.StartNamespaceDeclHandler = lambda prefix, uri: start_ns(prefix or "", uri or "")
        if hasattr(target, "end_ns"):
            end_ns = target.end_ns
            reader.EndNamespaceDeclHandler = lambda prefix: end_ns(prefix or "")
        data = getattr(target, "data", None)
        if data is not None:
            reader.CharacterDataHandler = data
        comment = getattr(target, "comment", None)
        if comment is not None:
            reader.CommentHandler = comment
        pi = getattr(target, "pi", None)
        if pi is not None:
            reader.ProcessingInstructionHandler = pi
        reader.StartDoctypeDeclHandler = self._on_doctype
        reader.SkippedEntityHandler = self._skipped

    def _on_doctype(self, name, sysid, pubid, internal):
        handler = getattr(self._target, "doctype", None)
        if handler is not None:
            handler(name, pubid, sysid)
        elif hasattr(self, "doctype"):
            warnings.warn("The doctype() method of XMLParser is ignored.  "
                          "Define doctype() method on the TreeBuilder target.", RuntimeWarning)

    def _skipped(self, name, is_param):
        if name in self.entity:
            handler = self._parser.CharacterDataHandler
            if handler is not None:
                handler(self.entity[name])
            return
        reader = self._parser
        err = ParseError("undefined entity &%s;: line %d, column %d"
                         % (name, reader.CurrentLineNumber, reader.CurrentColumnNumber))
        err.code = 11
        err.position = (reader.CurrentLineNumber, reader.CurrentColumnNumber)
        raise err

    def _convert(self, exc):
        err = ParseError(str(exc))
        err.code = exc.code
        err.position = (exc.lineno, exc.offset)
        return err

    def feed(self, data):
        try:
            self._parser.Parse(data, False)
        except self._error as exc:
            raise self._convert(exc) from None

    def close(self):
        try:
            self._parser.Parse(b"", True)
        except self._error as exc:
            raise self._convert(exc) from None
        closer = getattr(self._target, "close", None)
        if closer is not None:
            return closer()
        return None

    def flush(self):
        pass

    def _setevents(self, queue, events):
        """Route the requested parse events into `queue` (used by XMLPullParser)."""
        reader = self._parser
        target = self._target
        put = queue.append
        for name in events:
            if name == "start":
                start = getattr(target, "start", None)
                if start is not None:
                    def on_start(tag, attrs, start=start):
                        put(("start", start(tag, attrs)))
                else:
                    def on_start(tag, attrs):
                        put(("start", None))
                reader.StartElementHandler = on_start
            elif name == "end":
                end = getattr(target, "end", None)
                if end is not None:
                    def on_end(tag, end=end):
                        put(("end", end(tag)))
                else:
                    def on_end(tag):
                        put(("end", None))
                reader.EndElementHandler = on_end
            elif name == "start-ns":
                start_ns = getattr(target, "start_ns", None)
                if start_ns is not None:
                    def on_start_ns(prefix, uri, start_ns=start_ns):
                        put(("start-ns", start_ns(prefix or "", uri or "")))
                else:
                    def on_start_ns(prefix, uri):
                        put(("start-ns", (prefix or "", uri or "")))
                reader.StartNamespaceDeclHandler = on_start_ns
            elif name == "end-ns":
                end_ns = getattr(target, "end_ns", None)
                if end_ns is not None:
                    def on_end_ns(prefix, end_ns=end_ns):
                        put(("end-ns", end_ns(prefix or "")))
                else:
                    def on_end_ns(prefix):
                        put(("end-ns", None))
                reader.EndNamespaceDeclHandler = on_end_ns
            elif name == "comment":
                comment = target.comment

                def on_comment(text, comment=comment):
                    put(("comment", comment(text)))
                reader.CommentHandler = on_comment
            elif name == "pi":
                pi = target.pi

                def on_pi(pi_target, data, pi=pi):
                    put(("pi", pi(pi_target, data)))
                reader.ProcessingInstructionHandler = on_pi
            else:
                raise ValueError("unknown event %r" % name)


class XMLPullParser:
    """Non-blocking parser: feed() data, then read_events() yields (event, object) pairs."""

    def __init__(self, events=None, *, _parser=None):
        self._queue = []
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def flush(self):
        pass

    def read_events(self):
        queue = self._queue
        while queue:
            item = queue.pop(0)
            if isinstance(item, Exception):
                raise item
            yield item


def iterparse(source, events=None, parser=None):
    pull = XMLPullParser(events=events, _parser=parser)
    owned = not hasattr(source, "read")
    if owned:
        source = open(source, "rb")

    class IterParseIterator:
        root = None

        def __init__(self):
            self._gen = self._run()

        def __iter__(self):
            return self

        def __next__(self):
            return next(self._gen)

        def _run(self):
            try:
                while True:
                    yield from pull.read_events()
                    chunk = source.read(16 * 1024)
                    if not chunk:
                        break
                    pull.feed(chunk)
                root = pull._close_and_return_root()
                yield from pull.read_events()
                it.root = root
            finally:
                if owned:
                    source.close()

    it = IterParseIterator()
    return it


# ---------------------------------------------------------------------------------------------
# canonical XML (C14N 2.0)

from xml.etree._c14n import C14NWriterTarget, canonicalize  # noqa: E402

C14NWriterTarget.__module__ = canonicalize.__module__ = __name__
_Element_Py = Element  # the test suite's name for the pure-Python Element
