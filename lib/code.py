"""Building interactive interpreters: InteractiveInterpreter, InteractiveConsole, interact (tspy)."""

import builtins
import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]


class InteractiveInterpreter:
    """Compiles and runs source in a namespace, reporting errors like the interactive prompt."""

    def __init__(self, locals=None):
        self.locals = {"__name__": "__console__", "__doc__": None} if locals is None else locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Run source if complete: False when done (or invalid), True when more input is needed."""
        try:
            compiled = self.compile(source, filename, symbol)
        except (SyntaxError, OverflowError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if compiled is not None:
            self.runcode(compiled)
            return False
        return True

    def runcode(self, code):
        """Execute code; exceptions other than SystemExit are reported with showtraceback()."""
        namespace = self.locals
        try:
            exec(code, namespace)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Report the syntax error being handled (naming filename)."""
        kind, value, tb = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = kind, value, tb
        if filename and kind is SyntaxError:
            # Report the error as coming from `filename`.
            try:
                message, details = value.args
                where = (filename,) + tuple(details[1:4])
            except (ValueError, TypeError):
                pass
            else:
                if len(where) == 4:
                    sys.last_value = value = SyntaxError(message, where)
        if sys.excepthook is sys.__excepthook__:
            self.write(''.join(traceback.format_exception_only(kind, value)))
        else:
            sys.excepthook(kind, value, tb)

    def showtraceback(self):
        """Report the exception being handled, without the frame of runcode()."""
        kind, value, tb = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = kind, value, tb
        inner = tb.tb_next if tb is not None else None
        try:
            if sys.excepthook is sys.__excepthook__:
                # The exception's own traceback is the one formatted: show it without the
                # runcode() frame for the time of the call.
                if value is not None:
                    value.__traceback__ = inner
                try:
                    text = ''.join(traceback.format_exception(kind, value, inner))
                finally:
                    if value is not None:
                        value.__traceback__ = tb
                self.write(text)
            else:
                sys.excepthook(kind, value, inner)
        finally:
            kind = value = tb = inner = None

    def write(self, data):
        """Where reports go: sys.stderr."""
        stream = sys.stderr
        stream.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter that reads lines, buffers incomplete statements and runs complete ones."""

    def __init__(self, locals=None, filename="<console>"):
        super().__init__(locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines of an unfinished statement."""
        self.buffer = list()

    def interact(self, banner=None, exitmsg=None):
        """The read-eval-print loop, until EOF."""
        ps1 = getattr(sys, 'ps1', None)
        if ps1 is None:
            sys.ps1 = ps1 = ">>> "
        ps2 = getattr(sys, 'ps2', None)
        if ps2 is None:
            sys.ps2 = ps2 = "... "
        if banner is None:
            self.write('Python %s on %s\n%s\n(%s)\n' % (
                sys.version, sys.platform,
                'Type "help", "copyright", "credits" or "license" for more information.',
                type(self).__name__))
        elif banner:
            self.write('%s\n' % (banner,))
        waiting = False
        while True:
            try:
                prompt = sys.ps2 if waiting else sys.ps1
                try:
                    text = self.raw_input(prompt)
                except EOFError:
                    self.write('\n')
                    break
                waiting = self.push(text)
            except KeyboardInterrupt:
                self.write('\nKeyboardInterrupt\n')
                self.resetbuffer()
                waiting = False
        farewell = 'now exiting %s...' % type(self).__name__ if exitmsg is None else exitmsg
        if farewell:
            self.write('%s\n' % (farewell,))

    def push(self, line):
        """Add a line; run the buffer when it is a complete statement. True: more is needed."""
        self.buffer += [line]
        more = self.runsource('\n'.join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        return builtins.input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole (reading with readfunc when given)."""
    repl = InteractiveConsole(local)
    if readfunc is None:
        try:
            import readline  # noqa: F401  (line editing when available)
        except ImportError:
            pass
    else:
        repl.raw_input = readfunc
    repl.interact(banner, exitmsg)


def _main():
    import argparse
    options = argparse.ArgumentParser()
    options.add_argument('-q', action='store_true', help="don't print version and copyright messages")
    quiet = options.parse_args().q or sys.flags.quiet
    interact('' if quiet else None)


if __name__ == '__main__':
    _main()
