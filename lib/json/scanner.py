"""JSON token scanner (json.scanner), for tspy: make_scanner builds the scanning callable
of a JSONDecoder (see json.decoder._Scanner)."""

from json.decoder import _Scanner

__all__ = ["make_scanner"]


def py_make_scanner(context):
    return _Scanner(context)


make_scanner = py_make_scanner
c_make_scanner = None
