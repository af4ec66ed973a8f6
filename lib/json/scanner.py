"""JSON token scanner (json.scanner), for tspy: make_scanner builds the scanning callable
of a JSONDecoder (see json.decoder._Scanner)."""

from json.decoder import _Scanner

__all__ = ["make_scanner"]


def py_make_scanner(context):
    return _Scanner(context)


try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None
make_scanner = c_make_scanner or py_make_scanner
