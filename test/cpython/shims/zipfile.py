"""Stand-in zipfile for CPython's test files under tspy (not part of tspy's library)."""


class BadZipFile(Exception):
    pass


class ZipFile:
    def __init__(self, *args, **kwargs):
        raise OSError("zipfile is not available in tspy")


ZIP_STORED = 0
ZIP_DEFLATED = 8
