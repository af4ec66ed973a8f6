"""Stand-in locale for CPython's test files under tspy (not part of tspy's library): only
the C locale exists."""

LC_CTYPE, LC_COLLATE, LC_TIME, LC_MONETARY, LC_NUMERIC, LC_ALL, LC_MESSAGES = 0, 3, 2, 4, 1, 6, 5
CHAR_MAX = 127


class Error(Exception):
    pass


def setlocale(category, locale=None):
    if locale is None or locale in ("", "C", "POSIX"):
        return "C"
    raise Error("unsupported locale setting")


def getlocale(category=LC_CTYPE):
    return (None, None)


def getpreferredencoding(do_setlocale=True):
    return "UTF-8"


def getencoding():
    return "UTF-8"


def localeconv():
    return {"decimal_point": ".", "thousands_sep": "", "grouping": []}
