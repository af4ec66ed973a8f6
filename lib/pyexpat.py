"""pyexpat for tspy: CPython's name for the expat binding; everything comes from
xml.parsers.expat (tspy's own reader)."""
from xml.parsers.expat import *  # noqa: F401,F403
from xml.parsers.expat import (ParserCreate, ErrorString, ExpatError, error, errors, model,  # noqa: F401
                               XMLParserType, EXPAT_VERSION, version_info, native_encoding,
                               features)
