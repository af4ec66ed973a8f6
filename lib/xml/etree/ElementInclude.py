"""XInclude processing for element trees (tspy): xi:include elements are replaced by the
documents (parse="xml") or text (parse="text") they point to, recursively."""
import copy
from urllib.parse import urljoin
from xml.etree import ElementTree

XINCLUDE = "{http://www.w3.org/2001/XInclude}"
XINCLUDE_INCLUDE = XINCLUDE + "include"
XINCLUDE_FALLBACK = XINCLUDE + "fallback"
DEFAULT_MAX_INCLUSION_DEPTH = 6


class FatalIncludeError(SyntaxError):
    pass


class LimitedRecursiveIncludeError(FatalIncludeError):
    pass


def default_loader(href, parse, encoding=None):
    """Load `href` as a parsed root element (parse="xml") or as a string (parse="text")."""
    if parse == "xml":
        with open(href, "rb") as f:
            return ElementTree.parse(f).getroot()
    with open(href, "r", encoding=encoding or "UTF-8") as f:
        return f.read()


def include(elem, loader=None, base_url=None, max_depth=DEFAULT_MAX_INCLUSION_DEPTH):
    if max_depth is None:
        max_depth = -1
    elif max_depth < 0:
        raise ValueError("expected non-negative depth or None for 'max_depth', got %r" % max_depth)
    if hasattr(elem, "getroot"):
        elem = elem.getroot()
    _Expander(loader or default_loader).expand(elem, base_url, max_depth)


class _Expander:
    def __init__(self, loader):
        self.load = loader
        self.active = set()  # hrefs being included (cycle detection)

    def expand(self, elem, base_url, depth):
        i = 0
        while i < len(elem):
            child = elem[i]
            tag = child.tag
            if tag == XINCLUDE_FALLBACK:
                raise FatalIncludeError("xi:fallback tag must be child of xi:include (%r)" % tag)
            if tag != XINCLUDE_INCLUDE:
                self.expand(child, base_url, depth)
                i += 1
                continue
            href = child.get("href")
            if base_url:
                href = urljoin(base_url, href)
            how = child.get("parse", "xml")
            if how == "xml":
                elem[i] = self._document(href, child.tail, depth)
                i += 1
            elif how == "text":
                text = self.load(href, how, child.get("encoding"))
                if text is None:
                    raise FatalIncludeError("cannot load %r as %r" % (href, how))
                if child.tail:
                    text += child.tail
                if i:
                    before = elem[i - 1]
                    before.tail = (before.tail or "") + text
                else:
                    elem.text = (elem.text or "") + text
                del elem[i]
            else:
                raise FatalIncludeError("unknown parse type in xi:include tag (%r)" % how)

    def _document(self, href, tail, depth):
        if href in self.active:
            raise FatalIncludeError("recursive include of %s" % href)
        if depth == 0:
            raise LimitedRecursiveIncludeError(
                "maximum xinclude depth reached when including file %s" % href)
        self.active.add(href)
        root = self.load(href, "xml")
        if root is None:
            raise FatalIncludeError("cannot load %r as %r" % (href, "xml"))
        root = copy.copy(root)
        self.expand(root, href, depth - 1)
        self.active.discard(href)
        if tail:
            root.tail = (root.tail or "") + tail
        return root
