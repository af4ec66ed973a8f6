"""Reading a password, and the login name (tspy's getpass).

getpass(prompt='Password: ', stream=None): the prompt goes to `stream` (default sys.stderr) and
one line is read from sys.stdin; on a terminal its echo is turned off meanwhile (stty -echo through
subprocess: tspy has no termios). When standard input is not a terminal, or echo cannot be
controlled, a GetPassWarning ("Can not control echo on the terminal.") is
issued and "Warning: Password input may be echoed." printed on the stream first, as CPython's
fallback does. The trailing newline is removed and a newline written to the stream after the
answer; end of input raises EOFError.

getuser(): the first non-empty of the environment variables LOGNAME, USER, LNAME, USERNAME, else
the name of the user id in the password database (pwd).
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _raw_input(prompt="", stream=None, input=None):
    """Write the prompt to `stream` (sys.stderr), read one line from `input` (sys.stdin) and
    return it without its newline; end of input is EOFError. A prompt the stream cannot encode
    is written with replacement characters."""
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            codec = stream.encoding
            stream.write(prompt.encode(codec, "replace").decode(codec))
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line.endswith("\n"):
        line = line[:-1]
    return line


def fallback_getpass(prompt="Password: ", stream=None):
    """getpass() where echo cannot be turned off: warn, then read from sys.stdin."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream, sys.stdin)


def _stdin_is_terminal():
    try:
        return os.isatty(sys.stdin.fileno())
    except (AttributeError, ValueError, OSError):
        return False


def _set_echo(on):
    """Turn the terminal's echo on or off with stty(1) on the inherited standard input (tspy has no
    termios); False when that cannot be done."""
    try:
        import subprocess
        done = subprocess.run(["stty", "echo" if on else "-echo"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    except (ImportError, OSError):
        return False
    return done.returncode == 0


def getpass(prompt="Password: ", stream=None):
    """Prompt for a password and return it (without the newline)."""
    answer = None
    if _stdin_is_terminal() and _set_echo(False):
        try:
            answer = _raw_input(prompt, stream, sys.stdin)
        finally:
            _set_echo(True)
    if answer is None:
        answer = fallback_getpass(prompt, stream)
    # the line the user ended with Enter: the prompt's line is closed on the stream
    out = stream or sys.stderr
    out.write("\n")
    out.flush()
    return answer


unix_getpass = getpass


def getuser():
    """The login name: $LOGNAME, $USER, $LNAME or $USERNAME, else the password database's."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        value = os.environ.get(name)
        if value:
            return value
    import pwd
    return pwd.getpwuid(os.getuid())[0]
