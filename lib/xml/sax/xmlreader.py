"""SAX reader interfaces: XMLReader, InputSource, Locator and attribute collections (tspy)."""
from xml.sax import handler
from xml.sax._exceptions import SAXNotSupportedException, SAXNotRecognizedException


class XMLReader:
    """Base of SAX readers: holds the four handlers; features and properties are unknown."""

    def __init__(self):
        self._slots = {"content": handler.ContentHandler(), "dtd": handler.DTDHandler(),
                       "resolver": handler.EntityResolver(), "error": handler.ErrorHandler()}

    def parse(self, source):
        raise NotImplementedError("This method must be implemented!")

    @property
    def _cont_handler(self):
        return self._slots["content"]

    @property
    def _err_handler(self):
        return self._slots["error"]

    def getContentHandler(self):
        return self._slots["content"]

    def setContentHandler(self, handler):
        self._slots["content"] = handler

    def getDTDHandler(self):
        return self._slots["dtd"]

    def setDTDHandler(self, handler):
        self._slots["dtd"] = handler

    def getEntityResolver(self):
        return self._slots["resolver"]

    def setEntityResolver(self, resolver):
        self._slots["resolver"] = resolver

    def getErrorHandler(self):
        return self._slots["error"]

    def setErrorHandler(self, handler):
        self._slots["error"] = handler

    def setLocale(self, locale):
        raise SAXNotSupportedException("Locale support not implemented")

    def getFeature(self, name):
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)


class IncrementalParser(XMLReader):
    """A reader that can also be fed data piece by piece (feed/close/reset)."""

    def __init__(self, bufsize=2 ** 16):
        super().__init__()
        self._bufsize = bufsize


class Locator:
    """Where the reader is; unknown values are -1 / None."""

    def getColumnNumber(self):
        return -1

    def getLineNumber(self):
        return -1

    def getPublicId(self):
        return None

    def getSystemId(self):
        return None


class InputSource:
    """Where a document comes from: ids, encoding, and a byte or character stream."""

    def __init__(self, system_id=None):
        self._info = {"system": system_id, "public": None, "encoding": None,
                      "bytes": None, "chars": None}

    def setPublicId(self, public_id):
        self._info["public"] = public_id

    def getPublicId(self):
        return self._info["public"]

    def setSystemId(self, system_id):
        self._info["system"] = system_id

    def getSystemId(self):
        return self._info["system"]

    def setEncoding(self, encoding):
        self._info["encoding"] = encoding

    def getEncoding(self):
        return self._info["encoding"]

    def setByteStream(self, bytefile):
        self._info["bytes"] = bytefile

    def getByteStream(self):
        return self._info["bytes"]

    def setCharacterStream(self, charfile):
        self._info["chars"] = charfile

    def getCharacterStream(self):
        return self._info["chars"]


class AttributesImpl:
    """An element's attributes keyed by name (a read-only mapping with the SAX accessors)."""

    def __init__(self, attrs):
        self._map = attrs

    def getLength(self):
        return len(self._map)

    def getType(self, name):
        return "CDATA"

    def getValue(self, name):
        return self._map[name]

    def getValueByQName(self, name):
        return self._map[name]

    def _known(self, name):
        if name in self._map:
            return name
        raise KeyError(name)

    getNameByQName = _known
    getQNameByName = _known

    def getNames(self):
        return list(self._map)

    getQNames = getNames
    keys = getNames

    def __len__(self):
        return len(self._map)

    def __getitem__(self, name):
        return self._map[name]

    def __contains__(self, name):
        return name in self._map

    def get(self, name, alternative=None):
        return self._map.get(name, alternative)

    def copy(self):
        return type(self)(self._map)

    def items(self):
        return [(k, v) for k, v in self._map.items()]

    def values(self):
        return [v for v in self._map.values()]


class AttributesNSImpl(AttributesImpl):
    """Attributes keyed by (uri, localname) pairs, remembering their qualified names."""

    def __init__(self, attrs, qnames):
        self._map = attrs
        self._qnames = qnames

    def _key_for(self, qname):
        for key, q in self._qnames.items():
            if q == qname:
                return key
        raise KeyError(qname)

    def getValueByQName(self, name):
        return self._map[self._key_for(name)]

    def getNameByQName(self, name):
        return self._key_for(name)

    def getQNameByName(self, name):
        return self._qnames[name]

    def getQNames(self):
        return [q for q in self._qnames.values()]

    def copy(self):
        return type(self)(self._map, self._qnames)
