"""Stand-in py_compile for CPython's test files under tspy (not part of tspy's library)."""


class PyCompileError(Exception):
    pass


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None, quiet=0):
    raise PyCompileError("py_compile is not available in tspy")
