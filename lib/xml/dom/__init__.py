"""W3C DOM constants, node type codes and exceptions shared by DOM implementations (tspy).
xml.dom.minidom is the implementation tspy ships."""


class Node:
    """Node type codes (DOM Level 2), set below as Node.ELEMENT_NODE = 1 ... NOTATION_NODE = 12."""
    __slots__ = ()


for _code, _kind in enumerate(("ELEMENT", "ATTRIBUTE", "TEXT", "CDATA_SECTION", "ENTITY_REFERENCE",
                               "ENTITY", "PROCESSING_INSTRUCTION", "COMMENT", "DOCUMENT",
                               "DOCUMENT_TYPE", "DOCUMENT_FRAGMENT", "NOTATION"), 1):
    setattr(Node, _kind + "_NODE", _code)


# exception codes
(INDEX_SIZE_ERR, DOMSTRING_SIZE_ERR, HIERARCHY_REQUEST_ERR, WRONG_DOCUMENT_ERR,
 INVALID_CHARACTER_ERR, NO_DATA_ALLOWED_ERR, NO_MODIFICATION_ALLOWED_ERR, NOT_FOUND_ERR,
 NOT_SUPPORTED_ERR, INUSE_ATTRIBUTE_ERR, INVALID_STATE_ERR, SYNTAX_ERR,
 INVALID_MODIFICATION_ERR, NAMESPACE_ERR, INVALID_ACCESS_ERR, VALIDATION_ERR) = range(1, 17)


class DOMException(Exception):
    """Base of the DOM errors; instantiate a subclass."""

    def __init__(self, *args, **kw):
        if self.__class__ is DOMException:
            raise RuntimeError("DOMException should not be instantiated directly")
        Exception.__init__(self, *args, **kw)

    def _get_code(self):
        return self.code


def _dom_error(name, code):
    cls = type(name, (DOMException,), {"code": code, "__module__": __name__})
    globals()[name] = cls
    return cls


for _name, _code in (("IndexSizeErr", INDEX_SIZE_ERR), ("DomstringSizeErr", DOMSTRING_SIZE_ERR),
                     ("HierarchyRequestErr", HIERARCHY_REQUEST_ERR),
                     ("WrongDocumentErr", WRONG_DOCUMENT_ERR),
                     ("InvalidCharacterErr", INVALID_CHARACTER_ERR),
                     ("NoDataAllowedErr", NO_DATA_ALLOWED_ERR),
                     ("NoModificationAllowedErr", NO_MODIFICATION_ALLOWED_ERR),
                     ("NotFoundErr", NOT_FOUND_ERR), ("NotSupportedErr", NOT_SUPPORTED_ERR),
                     ("InuseAttributeErr", INUSE_ATTRIBUTE_ERR),
                     ("InvalidStateErr", INVALID_STATE_ERR), ("SyntaxErr", SYNTAX_ERR),
                     ("InvalidModificationErr", INVALID_MODIFICATION_ERR),
                     ("NamespaceErr", NAMESPACE_ERR), ("InvalidAccessErr", INVALID_ACCESS_ERR),
                     ("ValidationErr", VALIDATION_ERR)):
    _dom_error(_name, _code)


class UserDataHandler:
    """Operation codes passed to user data handlers."""
    NODE_CLONED, NODE_IMPORTED, NODE_DELETED, NODE_RENAMED = 1, 2, 3, 4


XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None

_registered = {}


def registerDOMImplementation(name, factory):
    _registered[name] = factory


def getDOMImplementation(name=None, features=()):
    if name is not None and name in _registered:
        return _registered[name]()
    import xml.dom.minidom
    return xml.dom.minidom.getDOMImplementation()
