"""xml.parsers.expat for tspy: the expat API over tspy's own reader (xml.parsers._scanner)."""
import sys as _sys
from xml.parsers import _scanner

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1), ("XML_DTD", 0), ("XML_CONTEXT_BYTES", 1024), ("XML_NS", 0)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

ExpatError = _scanner.ExpatError
ExpatError.__module__ = "xml.parsers.expat"
error = ExpatError
XMLParserType = _scanner.Reader


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not %s"
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, omitted, or None")
    return _scanner.Reader(encoding, namespace_separator)


def ErrorString(code):
    if 0 < code < len(_scanner.MESSAGES):
        return _scanner.MESSAGES[code]
    return None


class _Namespace:
    def __init__(self, name):
        self.__name__ = name


errors = _Namespace("pyexpat.errors")
errors.codes = {}
errors.messages = {}
_ERROR_NAMES = ("NO_MEMORY SYNTAX NO_ELEMENTS INVALID_TOKEN UNCLOSED_TOKEN PARTIAL_CHAR TAG_MISMATCH "
                "DUPLICATE_ATTRIBUTE JUNK_AFTER_DOC_ELEMENT PARAM_ENTITY_REF UNDEFINED_ENTITY "
                "RECURSIVE_ENTITY_REF ASYNC_ENTITY BAD_CHAR_REF BINARY_ENTITY_REF "
                "ATTRIBUTE_EXTERNAL_ENTITY_REF MISPLACED_XML_PI UNKNOWN_ENCODING INCORRECT_ENCODING "
                "UNCLOSED_CDATA_SECTION EXTERNAL_ENTITY_HANDLING NOT_STANDALONE UNEXPECTED_STATE "
                "ENTITY_DECLARED_IN_PE FEATURE_REQUIRES_XML_DTD CANT_CHANGE_FEATURE_ONCE_PARSING "
                "UNBOUND_PREFIX UNDECLARING_PREFIX INCOMPLETE_PE XML_DECL TEXT_DECL PUBLICID SUSPENDED "
                "NOT_SUSPENDED ABORTED FINISHED SUSPEND_PE RESERVED_PREFIX_XML RESERVED_PREFIX_XMLNS "
                "RESERVED_NAMESPACE_URI INVALID_ARGUMENT NO_BUFFER AMPLIFICATION_LIMIT_BREACH").split()
for _i, _n in enumerate(_ERROR_NAMES, 1):
    setattr(errors, "XML_ERROR_" + _n, _scanner.MESSAGES[_i])
    errors.codes[_scanner.MESSAGES[_i]] = _i
    errors.messages[_i] = _scanner.MESSAGES[_i]

model = _Namespace("pyexpat.model")
for _i, _n in enumerate(("XML_CTYPE_EMPTY", "XML_CTYPE_ANY", "XML_CTYPE_MIXED", "XML_CTYPE_NAME",
                         "XML_CTYPE_CHOICE", "XML_CTYPE_SEQ"), 1):
    setattr(model, _n, _i)
for _i, _n in enumerate(("XML_CQUANT_NONE", "XML_CQUANT_OPT", "XML_CQUANT_REP", "XML_CQUANT_PLUS")):
    setattr(model, _n, _i)

_sys.modules.setdefault("xml.parsers.expat.errors", errors)
_sys.modules.setdefault("xml.parsers.expat.model", model)
_sys.modules.setdefault("pyexpat.errors", errors)
_sys.modules.setdefault("pyexpat.model", model)
