"""Running child processes (tspy's subprocess).

tspy's host is synchronous: a child is started and waited for in one step, by the `_spawn`
builtin module (the host's spawn service). A Popen object therefore starts its child lazily,
the first time its result is needed: communicate(), wait(), poll(), the pid, or a read of a
captured stream. Until then, what a program writes to Popen.stdin is collected and becomes the
child's standard input. A child whose Popen is never waited for runs when the program exits.
See docs/internals/subprocess.md.

Streams: None (inherit), PIPE (captured, or fed from `input`), DEVNULL, STDOUT (stderr only),
a file descriptor or a file object (its bytes are read before the child runs, or the child's
output is written to it after it ends, at the raw layer: this process's own buffered output is
not flushed first, as a real child sharing the descriptor would not wait for it either).
"""

import io
import os
import sys
import types

import _spawn

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

_mswindows = False
_USE_POSIX_SPAWN = False
_USE_VFORK = False

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SHELL = "/bin/sh"


# ---- exceptions ----------------------------------------------------------------------------------

class SubprocessError(Exception):
    pass


def _signal_name(signum):
    """<Signals.SIGTERM: 15> for a known signal number, else None."""
    try:
        import signal
        return repr(signal.Signals(signum))
    except (ImportError, ValueError, AttributeError):
        return None


def _set_output(self, value):
    self.output = value


# CalledProcessError.stdout and TimeoutExpired.stdout: another name for the captured output
_stdout_alias = property(lambda self: self.output, _set_output, doc='The same as output.')


class CalledProcessError(SubprocessError):
    """A child checked by check_call(), check_output() or run(check=True) failed."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            shown = _signal_name(-code)
            if shown is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
            return "Command '%s' died with %s." % (self.cmd, shown)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    stdout = _stdout_alias


class TimeoutExpired(SubprocessError):
    """A child ran longer than its timeout."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _stdout_alias


# ---- the result of run() ---------------------------------------------------------------------------

class CompletedProcess:
    """What run() returns: args, returncode, and the captured stdout and stderr (or None)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args=%r" % (self.args,), "returncode=%r" % (self.returncode,)]
        if self.stdout is not None:
            parts.append("stdout=%r" % (self.stdout,))
        if self.stderr is not None:
            parts.append("stderr=%r" % (self.stderr,))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# ---- helpers ---------------------------------------------------------------------------------------

def _arg_text(value):
    """One argument as str (bytes and path-like objects through the file system encoding)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, os.PathLike)):
        return os.fsdecode(value)
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(value).__name__)


def _fileno_of(target):
    """The descriptor of an int or a file object (its fileno() errors propagate, as in python3)."""
    if isinstance(target, int):
        return target
    return target.fileno()


def _raw_layer(obj):
    """The unbuffered file under a text or buffered file object (where the child's bytes meet the
    file position, as they would at the shared descriptor)."""
    obj = getattr(obj, "buffer", obj)
    return getattr(obj, "raw", obj)


def _read_all(source):
    """Everything left in a file descriptor or readable file object, as bytes."""
    pieces = []
    raw = None if isinstance(source, int) else _raw_layer(source)
    while True:
        got = os.read(source, 65536) if raw is None else raw.read(65536)
        if not got:
            break
        pieces.append(got if isinstance(got, bytes) else str(got).encode("utf-8"))
    return b"".join(pieces)


def _deliver(target, data):
    """Write a child's output to the descriptor or file object it was sent to, below any buffer
    of this process (so the file shows the bytes in the order the descriptor would have)."""
    view = memoryview(data or b"")
    raw = None if isinstance(target, int) else _raw_layer(target)
    while view:
        n = os.write(target, view) if raw is None else raw.write(view)
        view = view[n or len(view):]


def _translate(data, encoding, errors):
    """Bytes from a text-mode pipe: decoded, line endings made universal ('\\r\\n' and '\\r' -> '\\n')."""
    text = data.decode(encoding, errors)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# ---- the streams a Popen offers for PIPE -------------------------------------------------------------

class _PendingInput:
    """Popen.stdin for PIPE: what is written is kept and becomes the child's standard input."""

    def __init__(self, owner, text, encoding, errors):
        self._owner = owner
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self._parts = []
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("write to closed file" if not self._text else "I/O operation on closed file.")
        if self._owner._result is not None:
            raise BrokenPipeError(32, "Broken pipe")

    def write(self, data):
        self._check()
        if self._text:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            self._parts.append(data.encode(self._encoding, self._errors))
        else:
            try:
                view = memoryview(data)
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None
            self._parts.append(view.tobytes())
            return view.nbytes
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def writable(self):
        return True

    def readable(self):
        return False

    def close(self):
        self.closed = True

    def _take(self):
        data = b"".join(self._parts)
        self._parts = []
        return data

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _CapturedOutput:
    """Popen.stdout / Popen.stderr for PIPE: the first use runs the child, then this reads its
    output (a BytesIO, or a StringIO in text mode)."""

    def __init__(self, owner, which):
        self._owner = owner
        self._which = which
        self._data = None
        self._closed = False

    def _check_open(self):
        if self._closed:
            # the messages of a closed TextIOWrapper / BufferedReader
            raise ValueError("I/O operation on closed file." if self._owner.text_mode else "read of closed file")

    def _stream(self):
        self._check_open()
        if self._data is None:
            self._owner._ensure_run(None)
            raw = self._owner._result[self._which] or b""
            if self._owner.text_mode:
                self._data = io.StringIO(_translate(raw, self._owner._encoding, self._owner._errors), newline=None)
            else:
                self._data = io.BytesIO(raw)
        return self._data

    def _rest(self):
        """What has not been read yet, for communicate()."""
        if self._data is None:
            raw = self._owner._result[self._which] or b""
            return _translate(raw, self._owner._encoding, self._owner._errors) if self._owner.text_mode else raw
        return self._data.read()

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def read(self, size=-1):
        return self._stream().read(size)

    def read1(self, size=-1):
        return self._stream().read(size)

    def readline(self, size=-1):
        return self._stream().readline(size)

    def readlines(self, hint=-1):
        return self._stream().readlines(hint)

    def readable(self):
        return True

    def writable(self):
        return False

    def __iter__(self):
        return iter(self._stream())

    def __next__(self):
        return next(self._stream())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ---- Popen -----------------------------------------------------------------------------------------

def _check_startable(program, cwd, env):
    """Raise the OSError exec would give (FileNotFoundError, PermissionError, NotADirectoryError)
    for a missing cwd or a program that cannot be run: a name without '/' is looked up in the PATH
    of `env` (or of this process); a directory found there counts as not executable."""
    if cwd is not None and not os.path.isdir(cwd):
        if os.path.exists(cwd):
            raise NotADirectoryError(20, os.strerror(20), cwd)
        raise FileNotFoundError(2, os.strerror(2), cwd)
    if "/" in program:
        candidates = [program]
    else:
        candidates = [os.path.join(d or ".", program) for d in os.get_exec_path(env)]
    denied = False
    for path in candidates:
        if os.path.isdir(path):
            denied = True
        elif os.path.exists(path):
            if os.access(path, os.X_OK):
                return
            denied = True
    if denied:
        raise PermissionError(13, os.strerror(13), program)
    raise FileNotFoundError(2, os.strerror(2), program)


_unwaited = []


def _run_unwaited():
    while _unwaited:
        proc = _unwaited.pop(0)
        if proc._result is None and proc.returncode is None:
            try:
                proc._ensure_run(None)
            except Exception:
                pass


# CPython keeps Popen objects whose children ended unwaited in _active, and _cleanup() reaps them.
# Here a child that was started has already been waited for (the host runs it to its end), so
# nothing is ever left to reap.
_active = []


def _cleanup():
    pass


_exit_hook = []      # [True] once _run_unwaited is registered with atexit


def _watch(proc):
    if not _exit_hook:
        import atexit
        atexit.register(_run_unwaited)
        _exit_hook.append(True)
    _unwaited.append(proc)


def _unwatch(proc):
    for i, other in enumerate(_unwaited):
        if other is proc:
            del _unwaited[i]
            return


class Popen:
    """A child process (started lazily on this synchronous host: see the module's docstring)."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self._result = None
        self._late_timeout = None
        self._communication_started = False
        self.stdin = self.stdout = self.stderr = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are "
                                  "supplied but different. Pass one or the other.")
        # the first of these that is true, else the last one (None, False, 0...): python3 keeps it
        self.text_mode = encoding or errors or text or universal_newlines
        self.encoding = encoding
        self.errors = errors
        self._encoding = encoding or "utf-8"
        self._errors = errors or "strict"

        # the argument vector and the program
        if shell:
            if isinstance(args, (str, bytes, os.PathLike)):
                argv = [_SHELL, "-c", _arg_text(args)]
            else:
                argv = [_SHELL, "-c"] + [_arg_text(a) for a in args]
            program = _SHELL if executable is None else _arg_text(executable)
        else:
            if isinstance(args, (str, bytes, os.PathLike)):
                argv = [_arg_text(args)]
            else:
                argv = [_arg_text(a) for a in args]
            if not argv:
                raise IndexError("list index out of range")
            program = argv[0] if executable is None else _arg_text(executable)
        self._program = program
        self._argv = argv
        self._cwd = None if cwd is None else _arg_text(os.fspath(cwd))
        if env is None:
            self._env = None
        else:
            flat = []
            for key, value in env.items():
                key = _arg_text(key)
                if "=" in key:
                    raise ValueError("illegal environment variable name")
                flat.append(key)
                flat.append(_arg_text(value))
            self._env = flat

        # the standard streams: modes for the host, and where file targets get their bytes
        self._stdin_source = None
        self._out_target = None
        self._err_target = None
        self._modes = [self._stdin_mode(stdin), self._output_mode(stdout, 1, "_out_target"),
                       self._output_mode(stderr, 2, "_err_target")]
        if stdin == PIPE:
            self.stdin = _PendingInput(self, self.text_mode, self._encoding, self._errors)
        if stdout == PIPE:
            self.stdout = _CapturedOutput(self, 2)
        if stderr == PIPE:
            self.stderr = _CapturedOutput(self, 3)
        self._pid = None
        # what python3 reports from the constructor (the exec failing in the child) is found now,
        # although the child itself only starts later
        _check_startable(program, self._cwd, env)
        _watch(self)

    def _stdin_mode(self, spec):
        if spec is None:
            return "inherit"
        if spec == PIPE:
            return "pipe"
        if spec == DEVNULL:
            return "ignore"
        if spec == STDOUT:
            raise OSError(9, "Bad file descriptor")     # -2 taken as a descriptor, as python3 does
        fd = _fileno_of(spec)
        if fd == 0:
            return "inherit"
        self._stdin_source = spec
        return "pipe"

    def _output_mode(self, spec, own_fd, slot):
        if spec is None:
            return "inherit"
        if spec == PIPE:
            return "pipe"
        if spec == DEVNULL:
            return "ignore"
        if spec == STDOUT:
            if own_fd == 2:
                return "stdout"
            raise OSError(9, "Bad file descriptor")
        fd = _fileno_of(spec)
        if fd == own_fd:
            return "inherit"
        setattr(self, slot, spec)
        return "pipe"

    # -- running the child --

    def _ensure_run(self, timeout):
        """Start the child and wait for it, once. A timeout kills it (SIGKILL): the result is kept
        and TimeoutExpired raised; returncode stays None until the next wait()."""
        if self._result is not None:
            if self._late_timeout is not None:
                raise self._late_timeout
            return
        if self.returncode is not None:      # killed before it ever ran
            self._result = (0, self.returncode, b"" if self._modes[1] == "pipe" else None,
                            b"" if self._modes[2] == "pipe" else None, False)
            return
        _unwatch(self)      # from here on it has had its one chance to run
        data = None
        if self._stdin_source is not None:
            data = _read_all(self._stdin_source)
        elif self.stdin is not None:
            data = self.stdin._take()
        ms = 0
        if timeout is not None:
            limit = 0.0 + timeout
            if limit <= 0:
                # no time at all: the child is taken as killed at once (it never runs)
                self._result = (0, -9, b"" if self._modes[1] == "pipe" else None,
                                b"" if self._modes[2] == "pipe" else None, True)
                self._late_timeout = TimeoutExpired(self.args, timeout)
                raise self._late_timeout
            ms = max(1, int(limit * 1000 + 0.999))
        pid, code, out, err, timed_out = _spawn.run(self._program, self._argv, self._cwd, self._env,
                                                    data, self._modes[0], self._modes[1], self._modes[2], ms)
        self._pid = pid
        if self._out_target is not None:
            _deliver(self._out_target, out)
            out = None
        if self._err_target is not None:
            _deliver(self._err_target, err)
            err = None
        self._result = (pid, code, out, err, timed_out)
        if timed_out:
            # what was read before the limit (raw bytes, None when nothing came), as communicate() tells
            self._late_timeout = TimeoutExpired(self.args, timeout, output=out or None, stderr=err or None)
            raise self._late_timeout
        self.returncode = code

    def _settle(self):
        """After a timeout: the (killed) child's status becomes the returncode."""
        self._late_timeout = None
        if self.returncode is None and self._result is not None:
            self.returncode = self._result[1]

    @property
    def universal_newlines(self):
        """The same as text_mode (the older name)."""
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    @property
    def pid(self):
        if self._pid is None and self.stdin is None:
            self._ensure_run(None)
        return self._pid if self._pid is not None else 0

    @pid.setter
    def pid(self, value):
        self._pid = value

    def poll(self):
        if self.returncode is None:
            try:
                self._ensure_run(None)
            except TimeoutExpired:
                return None
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if self._late_timeout is not None and timeout is None:
            self._settle()
            return self.returncode
        self._ensure_run(timeout)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        first = not self._communication_started
        self._communication_started = True
        pipes = sum(stream is not None for stream in (self.stdin, self.stdout, self.stderr))
        if first and self.stdin is not None and self.stdin.closed and (pipes > 1 or timeout is not None):
            # python3 flushes the stdin pipe first when it waits on several pipes (or a timeout)
            raise ValueError("I/O operation on closed file." if self.text_mode else "flush of closed file")
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream._check_open()
        if input is not None and self.stdin is not None and self._result is None:
            if self.stdin.closed:
                raise ValueError("Cannot send input after starting communication")
            self.stdin.write(input)
        if self.stdin is not None:
            self.stdin.closed = True
        if self._late_timeout is not None and timeout is None:
            self._settle()
        self._ensure_run(timeout)
        out = self.stdout._rest() if self.stdout is not None else None
        err = self.stderr._rest() if self.stderr is not None else None
        if self.stdout is not None:
            self.stdout.close()
        if self.stderr is not None:
            self.stderr.close()
        return (out, err)

    def send_signal(self, sig):
        if self.returncode is not None:
            return
        if self._result is None:
            # it has not run yet: it never will
            _unwatch(self)
            self.returncode = -int(sig)
            self._result = (0, self.returncode, b"" if self._modes[1] == "pipe" else None,
                            b"" if self._modes[2] == "pipe" else None, False)
        elif self._late_timeout is not None:
            self._settle()

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout is not None:
            self.stdout.close()
        if self.stderr is not None:
            self.stderr.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            if exc_type is KeyboardInterrupt:
                return
            self.wait()

    def __repr__(self):
        return "<%s: returncode: %s args: %s>" % (type(self).__name__, self.returncode, repr(self.args)[:80])

    __class_getitem__ = classmethod(types.GenericAlias)


# ---- the convenience functions ------------------------------------------------------------------------

def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command and wait for it; return a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as proc:
        try:
            out, err = proc.communicate(input, timeout=timeout)
        except TimeoutExpired:
            proc.kill()
            proc.wait()
            raise
        except BaseException:
            # any other failure (bad input, KeyboardInterrupt): the child is not left to run
            proc.kill()
            raise
        code = proc.poll()
        if check and code:
            raise CalledProcessError(code, proc.args, output=out, stderr=err)
    return CompletedProcess(proc.args, code, out, err)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its returncode."""
    with Popen(*popenargs, **kwargs) as proc:
        try:
            return proc.wait(timeout=timeout)
        except BaseException:
            proc.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command; CalledProcessError when its returncode is not 0."""
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its standard output; CalledProcessError when it fails."""
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        textual = (kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding")
                   or kwargs.get("errors"))
        kwargs["input"] = "" if textual else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exitcode, output) of a shell command, stderr included, one trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as failure:
        data = failure.output
        status = failure.returncode
    if data.endswith("\n"):
        data = data[:-1]
    return status, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command (see getstatusoutput)."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """A command line quoted by the Microsoft C runtime's rules (used on Windows)."""
    out = []
    for arg in map(os.fsdecode, seq):
        needs_quotes = arg == "" or " " in arg or "\t" in arg
        piece = []
        slashes = 0
        for ch in arg:
            if ch == "\\":
                slashes += 1
                continue
            if ch == '"':
                piece.append("\\" * (slashes * 2 + 1) + '"')
            else:
                piece.append("\\" * slashes + ch)
            slashes = 0
        if needs_quotes:
            piece.append("\\" * (slashes * 2))
            out.append('"' + "".join(piece) + '"')
        else:
            piece.append("\\" * slashes)
            out.append("".join(piece))
    return " ".join(out)


# ---- the interpreter's own options, for starting it again (test.support, multiprocessing) ----------

def _optim_args_from_interpreter_flags():
    """['-O'] or ['-OO'] as sys.flags.optimize says, else []."""
    level = sys.flags.optimize
    return ["-" + "O" * level] if level > 0 else []


def _args_from_interpreter_flags():
    """Command-line options that give a new interpreter this one's sys.flags, -W and -X options."""
    flags = sys.flags
    out = _optim_args_from_interpreter_flags()
    for name, letter in (("debug", "d"), ("dont_write_bytecode", "B"), ("no_site", "S"),
                         ("verbose", "v"), ("bytes_warning", "b"), ("quiet", "q")):
        count = getattr(flags, name, 0)
        if count > 0:
            out.append("-" + letter * count)
    if getattr(flags, "isolated", 0):
        out.append("-I")
    else:
        if flags.ignore_environment:
            out.append("-E")
        if flags.no_user_site:
            out.append("-s")
    xoptions = getattr(sys, "_xoptions", {})
    warn = list(sys.warnoptions)
    # what -b, -bb and -X dev put into warnoptions themselves is not repeated
    implied = []
    if flags.bytes_warning > 1:
        implied.append("error::BytesWarning")
    elif flags.bytes_warning:
        implied.append("default::BytesWarning")
    if "dev" in xoptions:
        implied.append("default")
    for option in implied:
        if option in warn:
            warn.remove(option)
    out.extend("-W" + option for option in warn)
    if "dev" in xoptions:
        out.extend(("-X", "dev"))
    for name in ("faulthandler", "tracemalloc", "importtime", "showrefcount", "utf8"):
        if name in xoptions:
            value = xoptions[name]
            out.extend(("-X", name if value is True else "%s=%s" % (name, value)))
    return out
