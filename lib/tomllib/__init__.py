"""Reading TOML 1.0.0 documents (tspy's tomllib).

loads(text) and load(binary_file) return a dict: tables are dicts, arrays lists, strings str,
integers int, floats float (or what parse_float makes of their text), booleans bool, offset
date-times aware datetime.datetime objects, local date-times naive ones, local dates
datetime.date and local times datetime.time. A malformed document raises TOMLDecodeError
(a ValueError) whose message ends with the place: "(at line L, column C)" or
"(at end of document)".
"""

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """The document is not valid TOML."""


from tomllib._scanner import parse_document as _parse_document   # noqa: E402 (needs the error class)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document given as str."""
    # '\r\n' ends a line like '\n'; a lone '\r' stays and is rejected where it appears
    text = s.replace("\r\n", "\n")
    return _parse_document(text, _checked_float(parse_float))


def load(fp, /, *, parse_float=float):
    """Parse a TOML document from a file opened in binary mode."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def _checked_float(parse_float):
    if parse_float is float:
        return float

    def convert(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return convert
