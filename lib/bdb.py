"""Debugger framework: Bdb turns sys.settrace events into calls of user_call, user_line,
user_return and user_exception when the debugger should stop; Breakpoint keeps the
breakpoints of all debuggers (numbered, and indexed by (file, line)).

Stop plan (the state the set_* methods write and stop_here reads):
  stopframe   None: stop at the next event anywhere; a frame: stop only in that frame
  stoplineno  with stopframe: stop there once f_lineno >= stoplineno; -1: never stop there
  returnframe a frame whose return event stops too (set_return / set_until)
  quitting    True once set_quit ran: every event raises BdbQuit
"""

import fnmatch
import os
import sys

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

# code flags of frames that suspend (generators, coroutines, async generators)
_SUSPENDING = 0x20 | 0x80 | 0x200


class BdbQuit(Exception):
    """Raised to leave the program being debugged."""


def _suspends(frame):
    return bool(frame.f_code.co_flags & _SUSPENDING)


class Bdb:
    """Base class of debuggers: subclasses define the user_* hooks (and do_clear)."""

    def __init__(self, skip=None):
        self.skip = None if not skip else set(skip)
        self.fncache = {}
        self.frame_returning = None
        # breakpoints already defined by other debuggers apply to this one too
        self.breaks = {}
        for where in Breakpoint.bplist:
            self._remember_break(*where)

    # -- file names
    def canonic(self, filename):
        """Absolute, case-normalised form of a file name; "<...>" names stay as they are."""
        if filename[:1] == "<" and filename[-1:] == ">":
            return filename
        known = self.fncache.get(filename)
        if known is None:
            known = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = known
        return known

    def reset(self):
        """Forget the frames of an earlier run and stop at the first event."""
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._plan(None, None)

    def _plan(self, stopframe, returnframe, stoplineno=0):
        self.stopframe = stopframe
        self.returnframe = returnframe
        self.stoplineno = stoplineno
        self.quitting = False

    # -- the trace function
    def trace_dispatch(self, frame, event, arg):
        """sys.settrace's function: hands each event to its dispatch_* method."""
        if self.quitting:
            return None
        handler = _DISPATCH.get(event)
        if handler is not None:
            return handler(self, frame, arg)
        if event.startswith("c_"):
            return self.trace_dispatch
        print("bdb.Bdb.dispatch: unknown debugging event:", repr(event))
        return self.trace_dispatch

    def _check_quit(self):
        if self.quitting:
            raise BdbQuit

    def dispatch_line(self, frame, arg=None):
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            self._check_quit()
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        if self.botframe is None:
            # the first call seen: its caller is the bottom of the debugged stack
            self.botframe = frame.f_back
            return self.trace_dispatch
        wanted = self.stop_here(frame) or self.break_anywhere(frame)
        if not wanted:
            return None
        if self.stopframe is not None and _suspends(frame):
            # a resumed generator: its 'call' is no real call, keep tracing quietly
            return self.trace_dispatch
        self.user_call(frame, arg)
        self._check_quit()
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        if not (self.stop_here(frame) or frame is self.returnframe):
            return self.trace_dispatch
        if self.stopframe is not None and _suspends(frame):
            return self.trace_dispatch
        self.frame_returning = frame
        try:
            self.user_return(frame, arg)
        finally:
            self.frame_returning = None
        self._check_quit()
        # a 'next' or 'until' in a frame that has now returned: stop at the caller's next event
        if frame is self.stopframe and self.stoplineno != -1:
            self._plan(None, None)
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        kind, _value, tb = arg
        if self.stop_here(frame):
            # a generator's ending StopIteration (no traceback yet) is not worth a stop
            quiet_end = _suspends(frame) and kind is StopIteration and tb is None
            if not quiet_end:
                self.user_exception(frame, arg)
                self._check_quit()
        elif (self.stopframe is not None and frame is not self.stopframe
              and _suspends(self.stopframe) and kind in (StopIteration, GeneratorExit)):
            # the generator being stepped over ended inside a frame it called
            self.user_exception(frame, arg)
            self._check_quit()
        return self.trace_dispatch

    # -- deciding where to stop
    def is_skipped_module(self, module_name):
        if module_name is None:
            return False
        return any(fnmatch.fnmatch(module_name, pat) for pat in self.skip)

    def stop_here(self, frame):
        if self.skip and self.is_skipped_module(frame.f_globals.get("__name__")):
            return False
        target = self.stopframe
        if target is None:
            return True
        if frame is not target:
            return False
        if self.stoplineno == -1:
            return False
        return frame.f_lineno >= self.stoplineno

    def break_here(self, frame):
        lines = self.breaks.get(self.canonic(frame.f_code.co_filename))
        if not lines:
            return False
        where = frame.f_lineno
        if where not in lines:
            # a function breakpoint is recorded at the def line
            where = frame.f_code.co_firstlineno
            if where not in lines:
                return False
        bp, counted = effective(self.canonic(frame.f_code.co_filename), where, frame)
        if bp is None:
            return False
        self.currentbp = bp.number
        if counted and bp.temporary:
            self.do_clear(str(bp.number))
        return True

    def do_clear(self, arg):
        """Remove a temporary breakpoint that was hit; subclasses define it."""
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # -- hooks for subclasses
    def user_call(self, frame, argument_list):
        """Called when a call may need a stop."""

    def user_line(self, frame):
        """Called at a line where the debugger stops."""

    def user_return(self, frame, return_value):
        """Called when a frame returns and a stop is planned there."""

    def user_exception(self, frame, exc_info):
        """Called when an exception happens where the debugger stops."""

    # -- stepping commands
    def set_until(self, frame, lineno=None):
        """Stop at a line of frame past lineno (default: the next line), or when it returns."""
        if lineno is None:
            lineno = frame.f_lineno + 1
        self._plan(frame, frame, lineno)

    def set_step(self):
        """Stop at the very next event."""
        leaving = self.frame_returning
        if leaving is not None:
            # stepping out of a return: the caller may not be traced yet
            caller = leaving.f_back
            if caller is not None and not caller.f_trace:
                caller.f_trace = self.trace_dispatch
        self._plan(None, None)

    def set_next(self, frame):
        """Stop at the next line of frame (or of a caller once it returns)."""
        self._plan(frame, None)

    def set_return(self, frame):
        """Stop when frame returns."""
        if _suspends(frame):
            self._plan(frame, None, -1)
        else:
            self._plan(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging at frame (default: the caller's frame)."""
        here = sys._getframe().f_back if frame is None else frame
        self.reset()
        while here is not None:
            here.f_trace = self.trace_dispatch
            self.botframe = here
            here = here.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        """Run until a breakpoint; with none, stop tracing altogether."""
        self._plan(self.botframe, None, -1)
        if self.breaks:
            return
        sys.settrace(None)
        walker = sys._getframe().f_back
        while walker is not None and walker is not self.botframe:
            del walker.f_trace
            walker = walker.f_back

    def set_quit(self):
        """Leave: the next event raises BdbQuit."""
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = True
        sys.settrace(None)

    # -- breakpoints
    def _remember_break(self, filename, lineno):
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)

    def _forget_break(self, filename, lineno):
        # the line stays while another Breakpoint still sits on it
        if (filename, lineno) in Breakpoint.bplist:
            return
        lines = self.breaks.get(filename)
        if lines is None:
            return
        if lineno in lines:
            lines.remove(lineno)
        if not lines:
            del self.breaks[filename]

    def set_break(self, filename, lineno, temporary=False, cond=None, funcname=None):
        """Add a breakpoint; returns an error message, or None when it was set."""
        import linecache
        path = self.canonic(filename)
        if not linecache.getline(path, lineno):
            return "Line %s:%d does not exist" % (path, lineno)
        self._remember_break(path, lineno)
        Breakpoint(path, lineno, temporary, cond, funcname)
        return None

    def clear_break(self, filename, lineno):
        path = self.canonic(filename)
        if path not in self.breaks:
            return "There are no breakpoints in %s" % path
        if lineno not in self.breaks[path]:
            return "There is no breakpoint at %s:%d" % (path, lineno)
        for bp in list(Breakpoint.bplist.get((path, lineno), ())):
            bp.deleteMe()
        self._forget_break(path, lineno)
        return None

    def clear_bpbynumber(self, arg):
        try:
            bp = self.get_bpbynumber(arg)
        except ValueError as why:
            return str(why)
        bp.deleteMe()
        self._forget_break(bp.file, bp.line)
        return None

    def clear_all_file_breaks(self, filename):
        path = self.canonic(filename)
        lines = self.breaks.get(path)
        if lines is None:
            return "There are no breakpoints in %s" % path
        for lineno in lines:
            for bp in list(Breakpoint.bplist.get((path, lineno), ())):
                bp.deleteMe()
        del self.breaks[path]
        return None

    def clear_all_breaks(self):
        if not self.breaks:
            return "There are no breakpoints"
        for bp in Breakpoint.bpbynumber:
            if bp is not None:
                bp.deleteMe()
        self.breaks = {}
        return None

    def get_bpbynumber(self, arg):
        """The Breakpoint numbered arg (a string or int); ValueError says why there is none."""
        if not arg:
            raise ValueError("Breakpoint number expected")
        try:
            number = int(arg)
        except ValueError:
            raise ValueError("Non-numeric breakpoint number %s" % arg) from None
        table = Breakpoint.bpbynumber
        if not 0 <= number < len(table) and not -len(table) <= number < 0:
            raise ValueError("Breakpoint number %d out of range" % number)
        bp = table[number]
        if bp is None:
            raise ValueError("Breakpoint %d already deleted" % number)
        return bp

    def get_break(self, filename, lineno):
        return lineno in self.breaks.get(self.canonic(filename), ())

    def get_breaks(self, filename, lineno):
        path = self.canonic(filename)
        if lineno not in self.breaks.get(path, ()):
            return []
        return Breakpoint.bplist.get((path, lineno)) or []

    def get_file_breaks(self, filename):
        return self.breaks.get(self.canonic(filename), [])

    def get_all_breaks(self):
        return self.breaks

    # -- stacks
    def get_stack(self, f, t):
        """([(frame, lineno), ...] oldest first, index of the current entry) for frame f and
        traceback t: f's callers up to botframe, then the traceback's frames below f."""
        if t is not None and t.tb_frame is f:
            t = t.tb_next
        chain = []
        walker = f
        while walker is not None:
            chain.append((walker, walker.f_lineno))
            if walker is self.botframe:
                break
            walker = walker.f_back
        chain.reverse()
        current = len(chain) - 1 if chain else 0
        while t is not None:
            chain.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            current = max(0, len(chain) - 1)
        return chain, current

    def format_stack_entry(self, frame_lineno, lprefix=": "):
        """'file(line)function()' with '->value' once returned, then lprefix and the source line."""
        import linecache
        import reprlib
        frame, lineno = frame_lineno
        code = frame.f_code
        path = self.canonic(code.co_filename)
        parts = ["%s(%r)" % (path, lineno), code.co_name or "<lambda>", "()"]
        here = frame.f_locals
        if "__return__" in here:
            parts.append("->" + reprlib.repr(here["__return__"]))
        if lineno is None:
            parts.append(lprefix + "Warning: lineno is None")
        else:
            text = linecache.getline(path, lineno, frame.f_globals)
            if text:
                parts.append(lprefix + text.strip())
        return "".join(parts)

    # -- running code under the debugger
    # _under_trace's frame becomes botframe: exec/eval are builtins (no frame of their own), so
    # the first frame traced is the debugged code's. The trace is taken off without a Python
    # call first (a call would be traced).
    def _under_trace(self, func, /, *args, **kwds):
        self.reset()
        sys.settrace(self.trace_dispatch)
        try:
            return func(*args, **kwds)
        except BdbQuit:
            return None
        finally:
            self.quitting = True
            sys.settrace(None)

    @staticmethod
    def _namespaces(globals, locals):
        if globals is None:
            import __main__
            globals = __main__.__dict__
        return globals, (globals if locals is None else locals)

    def run(self, cmd, globals=None, locals=None):
        """Debug a statement (source or code object) run by exec()."""
        g, l = self._namespaces(globals, locals)
        code = compile(cmd, "<string>", "exec") if isinstance(cmd, str) else cmd
        self._under_trace(exec, code, g, l)

    def runeval(self, expr, globals=None, locals=None):
        """Debug an expression evaluated by eval(); returns its value."""
        g, l = self._namespaces(globals, locals)
        return self._under_trace(eval, expr, g, l)

    def runctx(self, cmd, globals, locals):
        self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        """Debug one call; returns its result (None when the debugger quit)."""
        return self._under_trace(func, *args, **kwds)


_DISPATCH = {
    "line": Bdb.dispatch_line,
    "call": Bdb.dispatch_call,
    "return": Bdb.dispatch_return,
    "exception": Bdb.dispatch_exception,
}


def set_trace():
    """Start a plain Bdb at the caller's frame."""
    Bdb().set_trace()


class Breakpoint:
    """A breakpoint: temporary or not, with a condition, an ignore count and a hit count.
    bpbynumber[n] is breakpoint n (None once deleted; slot 0 unused); bplist[file, line]
    lists the breakpoints on that line."""

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.funcname = funcname
        self.func_first_executable_line = None
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next = self.number + 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        Breakpoint.next = 1
        Breakpoint.bplist = {}
        Breakpoint.bpbynumber = [None]

    def deleteMe(self):
        where = (self.file, self.line)
        self.bpbynumber[self.number] = None
        others = self.bplist[where]
        others.remove(self)
        if not others:
            del self.bplist[where]

    def enable(self):
        self.enabled = True

    def disable(self):
        self.enabled = False

    def bpprint(self, out=None):
        print(self.bpformat(), file=sys.stdout if out is None else out)

    def bpformat(self):
        """The breakpoint's line of pdb's 'break' table, with its condition and counts."""
        disp = "del  " if self.temporary else "keep "
        enb = "yes  " if self.enabled else "no   "
        rows = ["%-4dbreakpoint   %s%s at %s:%d" % (self.number, disp, enb, self.file, self.line)]
        if self.cond:
            rows.append("\tstop only if %s" % (self.cond,))
        if self.ignore:
            rows.append("\tignore next %d hits" % (self.ignore,))
        if self.hits:
            rows.append("\tbreakpoint already hit %d time%s" % (self.hits, "s" if self.hits > 1 else ""))
        return "\n".join(rows)

    def __str__(self):
        return "breakpoint %s at %s:%s" % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """Whether breakpoint b applies at frame: a line breakpoint at its line, a function
    breakpoint at the first line run in that function."""
    if not b.funcname:
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """(breakpoint, counted) for the breakpoints at file:line that fire at frame, or
    (None, None). counted is False when the condition raised (the stop is then forced
    and the breakpoint is not consumed)."""
    for bp in Breakpoint.bplist.get((file, line), ()):
        if not bp.enabled or not checkfuncname(bp, frame):
            continue
        bp.hits += 1
        if bp.cond:
            try:
                met = eval(bp.cond, frame.f_globals, frame.f_locals)
            except:
                return bp, False
            if not met:
                continue
        if bp.ignore > 0:
            bp.ignore -= 1
            continue
        return bp, True
    return None, None
