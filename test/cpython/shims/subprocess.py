"""Stand-in subprocess for CPython's test files under tspy (not part of tspy's library):
starting a process fails with OSError (the tests that need one error out)."""

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd, self.output, self.stderr = returncode, cmd, output, stderr


class TimeoutExpired(SubprocessError):
    pass


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode, self.stdout, self.stderr = args, returncode, stdout, stderr


class Popen:
    def __init__(self, *args, **kwargs):
        raise OSError("tspy cannot start processes here")


def run(*args, **kwargs):
    raise OSError("tspy cannot start processes here")


def call(*args, **kwargs):
    raise OSError("tspy cannot start processes here")


check_call = check_output = call
