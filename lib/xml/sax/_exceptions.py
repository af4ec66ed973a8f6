"""SAX exception classes (tspy)."""


class SAXException(Exception):
    """A SAX error or warning: a message plus an optional wrapped exception."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """A parse error, with the position it was found at (taken from the locator)."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        self._systemId = locator.getSystemId()
        self._publicId = locator.getPublicId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._publicId

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        where = self.getSystemId()
        if where is None:
            where = "<unknown>"
        line = self.getLineNumber()
        col = self.getColumnNumber()
        return "%s:%s:%s: %s" % (where, "?" if line is None else line,
                                 "?" if col is None else col, self._msg)


class SAXNotRecognizedException(SAXException):
    pass


class SAXNotSupportedException(SAXException):
    pass


class SAXReaderNotAvailable(SAXNotSupportedException):
    pass
