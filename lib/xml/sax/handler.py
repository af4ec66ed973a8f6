"""SAX handler base classes and feature/property names (tspy)."""

version = "2.0beta"


class ErrorHandler:
    """Default error policy: errors and fatal errors raise, warnings are printed."""

    def error(self, exception):
        raise exception

    def fatalError(self, exception):
        raise exception

    def warning(self, exception):
        print(exception)


class ContentHandler:
    """Receives the document's logical content; every method does nothing by default."""

    def __init__(self):
        self._locator = None

    def setDocumentLocator(self, locator):
        self._locator = locator

    def startDocument(self):
        pass

    def endDocument(self):
        pass

    def startPrefixMapping(self, prefix, uri):
        pass

    def endPrefixMapping(self, prefix):
        pass

    def startElement(self, name, attrs):
        pass

    def endElement(self, name):
        pass

    def startElementNS(self, name, qname, attrs):
        pass

    def endElementNS(self, name, qname):
        pass

    def characters(self, content):
        pass

    def ignorableWhitespace(self, whitespace):
        pass

    def processingInstruction(self, target, data):
        pass

    def skippedEntity(self, name):
        pass


class DTDHandler:
    def notationDecl(self, name, publicId, systemId):
        pass

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        pass


class EntityResolver:
    def resolveEntity(self, publicId, systemId):
        return systemId


class LexicalHandler:
    def comment(self, content):
        pass

    def startDTD(self, name, public_id, system_id):
        pass

    def endDTD(self):
        pass

    def startCDATA(self):
        pass

    def endCDATA(self):
        pass


_FEATURE = "http://xml.org/sax/features/"
_PROPERTY = "http://xml.org/sax/properties/"
feature_namespaces = _FEATURE + "namespaces"
feature_namespace_prefixes = _FEATURE + "namespace-prefixes"
feature_string_interning = _FEATURE + "string-interning"
feature_validation = _FEATURE + "validation"
feature_external_ges = _FEATURE + "external-general-entities"
feature_external_pes = _FEATURE + "external-parameter-entities"
all_features = [feature_namespaces, feature_namespace_prefixes, feature_string_interning,
                feature_validation, feature_external_ges, feature_external_pes]
property_lexical_handler = _PROPERTY + "lexical-handler"
property_declaration_handler = _PROPERTY + "declaration-handler"
property_dom_node = _PROPERTY + "dom-node"
property_xml_string = _PROPERTY + "xml-string"
property_encoding = "http://www.python.org/sax/properties/encoding"
property_interning_dict = "http://www.python.org/sax/properties/interning-dict"
all_properties = [property_lexical_handler, property_dom_node, property_declaration_handler,
                  property_xml_string, property_encoding, property_interning_dict]
