"""Simple API for XML (SAX) for tspy: parse/parseString/make_parser over tspy's XML reader."""
from xml.sax.xmlreader import InputSource
from xml.sax.handler import ContentHandler, ErrorHandler
from xml.sax._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                                 SAXNotSupportedException, SAXReaderNotAvailable)

default_parser_list = ["xml.sax.expatreader"]


def _configured(handler, errorHandler):
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(ErrorHandler() if errorHandler is None else errorHandler)
    return reader


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parse a file name, path or file object, sending events to `handler`."""
    _configured(handler, errorHandler).parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parse a str or bytes document, sending events to `handler`."""
    import io
    src = InputSource()
    if isinstance(string, str):
        src.setCharacterStream(io.StringIO(string))
    else:
        src.setByteStream(io.BytesIO(string))
    _configured(handler, errorHandler).parse(src)


def make_parser(parser_list=()):
    """A SAX XMLReader: the first module of parser_list (then tspy's driver) that imports."""
    import importlib
    for name in [*parser_list, *default_parser_list]:
        try:
            driver = importlib.import_module(name)
        except ImportError:
            continue
        return driver.create_parser()
    raise SAXReaderNotAvailable("No parsers found", None)
