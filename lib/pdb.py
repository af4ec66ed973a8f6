"""pdb: the interactive Python debugger.

Start it with breakpoint() or pdb.set_trace() in a program, with `python -m pdb script.py`
(stops at the script's first line), or after an exception with pdb.post_mortem() / pdb.pm().
At the (Pdb) prompt, commands move through the program (step, next, until, return,
continue), look at it (where, up, down, list, longlist, args, p, pp, display, retval,
whatis, source) and manage breakpoints (break, tbreak, clear, disable, enable, ignore,
condition, commands). Any other line is run as a Python statement in the current frame;
prefix it with '!' when it starts like a command. Several commands fit on one line
separated by ';;'. `help` lists the commands, `help NAME` explains one.
"""

import bdb
import cmd
import linecache
import os
import pprint
import re
import signal
import sys
import traceback

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace",
           "post_mortem", "help"]


class Restart(Exception):
    """Raised by 'run'/'restart' to start the debugged script again."""


line_prefix = "\n-> "


def _one_line_error():
    """'Type: message' of the exception being handled (the last line of its report)."""
    kind, value = sys.exc_info()[:2]
    return traceback.format_exception_only(kind, value)[-1].strip()


def _code_block(lines, start):
    """lines[start:] up to the end of the def/class (and its decorators) that starts there:
    the header runs to its ':' outside brackets, the body while lines are indented deeper."""
    depth = 0
    at = start
    while at < len(lines):
        text = lines[at].split("#", 1)[0]
        depth += sum(text.count(c) for c in "([{") - sum(text.count(c) for c in ")]}")
        at += 1
        stripped = text.strip()
        if depth <= 0 and stripped.endswith(":") and not stripped.startswith("@"):
            break
        if depth <= 0 and not stripped.startswith("@") and stripped:
            # a one-line definition (or a lambda's line)
            return lines[start:at]
    margin = None
    for k in range(start, at):
        if lines[k].strip() and not lines[k].lstrip().startswith("@"):
            margin = len(lines[k]) - len(lines[k].lstrip())
            break
    end = at
    while at < len(lines):
        text = lines[at]
        if text.strip() and not text.lstrip().startswith("#"):
            if margin is not None and len(text) - len(text.lstrip()) <= margin:
                break
            end = at + 1
        at += 1
    return lines[start:end]


class _rstr(str):
    """A string whose repr is itself (a 'display' value that could not be computed)."""

    def __repr__(self):
        return self


# command name -> its other names (each do_<other> is the same method)
_ALIASES = (
    ("help", "h"), ("where", "w bt"), ("down", "d"), ("up", "u"), ("break", "b"),
    ("clear", "cl"), ("step", "s"), ("next", "n"), ("until", "unt"), ("return", "r"),
    ("continue", "c cont"), ("jump", "j"), ("list", "l"), ("longlist", "ll"),
    ("args", "a"), ("retval", "rv"), ("quit", "q exit"), ("run", "restart"),
)

# commands that let the program run on: a breakpoint's command list stops at them
_RESUMING = ("step", "next", "return", "jump", "quit", "continue")


# find_function is defined on line 97, as in CPython: test_pdb sets a breakpoint on it and
# checks the line the breakpoint reports.





def find_function(funcname, filename):
    """(funcname, filename, lineno) of the first 'def funcname(' in a file, or None."""
    import tokenize
    pattern = re.compile(r"def\s+%s\s*[(]" % re.escape(funcname))
    try:
        stream = tokenize.open(filename)  # the file's own encoding (cookie or BOM)
    except OSError:
        return None
    with stream:
        for number, text in enumerate(stream, 1):
            if pattern.match(text):
                return funcname, filename, number
    return None


class Pdb(bdb.Bdb, cmd.Cmd):

    _previous_sigint_handler = None

    def __init__(self, completekey="tab", stdin=None, stdout=None, skip=None,
                 nosigint=False, readrc=True):
        bdb.Bdb.__init__(self, skip=skip)
        cmd.Cmd.__init__(self, completekey, stdin, stdout)
        sys.audit("pdb.Pdb")
        if stdout:
            self.use_rawinput = 0
        self.prompt = "(Pdb) "
        self.aliases = {}
        self.displaying = {}
        self.mainpyfile = ""
        self._wait_for_mainpyfile = False
        self._user_requested_quit = False
        self.tb_lineno = {}
        self.nosigint = nosigint
        self.allow_kbdint = False
        self.rcLines = []
        if readrc:
            for place in (os.path.expanduser("~/.pdbrc"), ".pdbrc"):
                try:
                    with open(place, encoding="utf-8") as rc:
                        self.rcLines.extend(rc)
                except OSError:
                    pass
        # breakpoint number -> its command lines / whether to prompt after them / 'silent'
        self.commands = {}
        self.commands_doprompt = {}
        self.commands_silent = {}
        self.commands_defining = False
        self.commands_bnum = None
        self.forget()

    # -- output
    def message(self, msg):
        print(msg, file=self.stdout)

    def error(self, msg):
        print("***", msg, file=self.stdout)

    def _report_exception(self):
        self.error(_one_line_error())

    def _safe_repr(self, value, expr):
        """repr(value), or a note saying how it failed."""
        try:
            return repr(value)
        except Exception:
            return _rstr("*** repr(%s) failed: %s ***" % (expr, _one_line_error()))

    # -- per-stop state
    def forget(self):
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.tb_lineno.clear()

    def setup(self, f, tb):
        """Take the stack at frame f (and traceback tb); runs pending rc lines, whose
        true answer means 'do not prompt'."""
        self.forget()
        self.stack, self.curindex = self.get_stack(f, tb)
        while tb is not None:
            self.tb_lineno[tb.tb_frame] = tb.tb_lineno
            tb = tb.tb_next
        self.curframe = self.stack[self.curindex][0]
        self.curframe_locals = self.curframe.f_locals
        return self.execRcLines()

    def execRcLines(self):
        pending, self.rcLines = self.rcLines, []
        while pending:
            text = pending.pop(0).strip()
            if not text or text.startswith("#"):
                continue
            if self.onecmd(text):
                # a command that resumed the program: keep the rest for the next stop
                self.rcLines = pending + self.rcLines
                return True
        return False

    # -- the Bdb hooks
    def user_call(self, frame, argument_list):
        if self._wait_for_mainpyfile or not self.stop_here(frame):
            return
        self.message("--Call--")
        self.interaction(frame, None)

    def user_line(self, frame):
        if self._wait_for_mainpyfile:
            # python -m pdb: stay silent until the script's own first line
            if frame.f_lineno <= 0 or self.canonic(frame.f_code.co_filename) != self.mainpyfile:
                return
            self._wait_for_mainpyfile = False
        if self.bp_commands(frame):
            self.interaction(frame, None)

    def bp_commands(self, frame):
        """Run the command list of the breakpoint that stopped here; True when the prompt
        should follow."""
        number = getattr(self, "currentbp", 0)
        if not number or number not in self.commands:
            return True
        self.currentbp = 0
        remembered = self.lastcmd
        self.setup(frame, None)
        for text in self.commands[number]:
            self.onecmd(text)
        self.lastcmd = remembered
        if not self.commands_silent[number]:
            self.print_stack_entry(self.stack[self.curindex])
        if self.commands_doprompt[number]:
            self._cmdloop()
        self.forget()
        return False

    def user_return(self, frame, return_value):
        if self._wait_for_mainpyfile:
            return
        frame.f_locals["__return__"] = return_value
        self.message("--Return--")
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        if self._wait_for_mainpyfile:
            return
        kind, value, tb = exc_info
        frame.f_locals["__exception__"] = kind, value
        text = traceback.format_exception_only(kind, value)[-1].strip()
        if tb is None and kind is StopIteration:
            text = "Internal " + text
        self.message(text)
        self.interaction(frame, tb)

    def interaction(self, frame, traceback):
        # at the prompt, Ctrl-C is the program's again (continue installed sigint_handler)
        earlier = Pdb._previous_sigint_handler
        if earlier:
            try:
                signal.signal(signal.SIGINT, earlier)
            except ValueError:
                pass
            else:
                Pdb._previous_sigint_handler = None
        if self.setup(frame, traceback):
            self.forget()
            return
        self.print_stack_entry(self.stack[self.curindex])
        self._cmdloop()
        self.forget()

    def _cmdloop(self):
        while True:
            try:
                self.allow_kbdint = True
                self.cmdloop()
                self.allow_kbdint = False
                return
            except KeyboardInterrupt:
                self.message("--KeyboardInterrupt--")

    def displayhook(self, obj):
        """sys.displayhook while a typed statement runs: show values with repr()."""
        if obj is not None:
            self.message(repr(obj))

    # -- the command loop
    def preloop(self):
        shown = self.displaying.get(self.curframe)
        if not shown:
            return
        for expr, before in list(shown.items()):
            now = self._getval_except(expr)
            if now is before:
                continue
            try:
                same = now == before
            except Exception:
                same = False
            if not same:
                shown[expr] = now
                self.message("display %s: %s  [old: %s]" % (
                    expr, self._safe_repr(now, expr), self._safe_repr(before, expr)))

    def precmd(self, line):
        """Expand aliases (%1.. and %* take the arguments) and split at ';;'."""
        if not line.strip():
            return line
        words = line.split()
        while words and words[0] in self.aliases:
            line = self.aliases[words[0]]
            for position, word in enumerate(words[1:], 1):
                line = line.replace("%" + str(position), word)
            line = line.replace("%*", " ".join(words[1:]))
            words = line.split()
        if words and words[0] != "alias":
            cut = line.find(";;")
            if cut >= 0:
                self.cmdqueue.append(line[cut + 2:].lstrip())
                line = line[:cut].rstrip()
        return line

    def onecmd(self, line):
        if self.commands_defining:
            return self.handle_command_def(line)
        return cmd.Cmd.onecmd(self, line)

    def default(self, line):
        """Run a line that is no command as a statement in the current frame."""
        source = line[1:] if line.startswith("!") else line
        try:
            code = compile(source + "\n", "<stdin>", "single")
        except Exception:
            self._report_exception()
            return
        saved = sys.stdin, sys.stdout, sys.displayhook
        try:
            sys.stdin, sys.stdout, sys.displayhook = self.stdin, self.stdout, self.displayhook
            exec(code, self.curframe.f_globals, self.curframe_locals)
        except:
            self._report_exception()
        finally:
            sys.stdin, sys.stdout, sys.displayhook = saved

    def handle_command_def(self, line):
        """One line of a 'commands' block; True ends the block."""
        name, arg, line = self.parseline(line)
        if not name:
            return None
        number = self.commands_bnum
        if name == "silent":
            self.commands_silent[number] = True
            return None
        if name == "end":
            self.cmdqueue = []
            return True
        self.commands[number].append(name + " " + arg if arg else name)
        method = getattr(self, "do_" + name, None)
        if method is not None and method.__name__[3:] in _RESUMING:
            # a resuming command ends the list: no prompt after it
            self.commands_doprompt[number] = False
            self.cmdqueue = []
            return True
        return None

    # -- evaluation
    def _getval(self, arg):
        try:
            return eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            self._report_exception()
            raise

    def _getval_except(self, arg, frame=None):
        where = self.curframe if frame is None else frame
        names = self.curframe_locals if frame is None else frame.f_locals
        try:
            return eval(arg, where.f_globals, names)
        except:
            return _rstr("** raised %s **" % _one_line_error())

    # -- stack display
    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        mark = "> " if frame_lineno[0] is self.curframe else "  "
        self.message(mark + self.format_stack_entry(frame_lineno, prompt_prefix))

    def print_stack_trace(self):
        try:
            for entry in self.stack:
                self.print_stack_entry(entry)
        except KeyboardInterrupt:
            pass

    def _select_frame(self, number):
        self.curindex = number
        self.curframe = self.stack[number][0]
        self.curframe_locals = self.curframe.f_locals
        self.print_stack_entry(self.stack[number])
        self.lineno = None

    def _print_lines(self, lines, start, breaks=(), frame=None):
        """Numbered source lines: 'B' marks a breakpoint, '->' the current line, '>>' the
        line where the exception being examined was raised."""
        current = frame.f_lineno if frame is not None else -1
        raised = self.tb_lineno.get(frame, -1) if frame is not None else -1
        for number, text in enumerate(lines, start):
            head = "%3d" % number
            head = head.ljust(4) + ("B" if number in breaks else " ")
            if number == current:
                head += "->"
            elif number == raised:
                head += ">>"
            self.message(head + "\t" + text.rstrip())

    # -- breakpoint helpers
    def defaultFile(self):
        name = self.curframe.f_code.co_filename
        if name == "<string>" and self.mainpyfile:
            return self.mainpyfile
        return name

    def lookupmodule(self, filename):
        """The file a 'break file:line' means: an existing absolute path, the main script, or
        a file (with .py added when there is no extension) found along sys.path."""
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        beside = os.path.join(sys.path[0], filename)
        if os.path.exists(beside) and self.canonic(beside) == self.mainpyfile:
            return beside
        if not os.path.splitext(filename)[1]:
            filename += ".py"
        if os.path.isabs(filename):
            return filename
        for folder in sys.path:
            while os.path.islink(folder):
                folder = os.readlink(folder)
            candidate = os.path.join(folder, filename)
            if os.path.exists(candidate):
                return candidate
        return None

    def lineinfo(self, identifier):
        """(funcname, file, lineno) for 'name', 'module.name' or a quoted name."""
        nothing = (None, None, None)
        pieces = identifier.split("'")
        if len(pieces) == 1:
            ident = pieces[0].strip()
        elif len(pieces) == 3:
            ident = pieces[1].strip()
        else:
            return nothing
        dotted = [p for p in ident.split(".")] if ident else []
        if dotted and dotted[0] == "self":
            dotted = dotted[1:]
        if not dotted:
            return nothing
        where = self.defaultFile()
        if len(dotted) > 1:
            found = self.lookupmodule(dotted[0])
            if found:
                where = found
            wanted = dotted[1]
        else:
            wanted = dotted[0]
        return find_function(wanted, where) or nothing

    def checkline(self, filename, lineno):
        """lineno when a breakpoint can go there, else 0 (after saying why)."""
        scope = self.curframe.f_globals if self.curframe is not None else None
        text = linecache.getline(filename, lineno, scope)
        if not text:
            self.message("End of file")
            return 0
        text = text.strip()
        if not text or text.startswith("#") or text[:3] in ('"""', "'''"):
            self.error("Blank or comment")
            return 0
        return lineno

    def _breakpoints_listing(self):
        if not self.breaks:
            return
        self.message("Num Type         Disp Enb   Where")
        for bp in bdb.Breakpoint.bpbynumber:
            if bp is not None:
                self.message(bp.bpformat())

    def _function_target(self, arg):
        """(funcname, file, lineno) of a 'break FUNCTION' argument, or None."""
        try:
            target = eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            target = arg
        target = getattr(target, "__func__", target)
        code = getattr(target, "__code__", None)
        if code is not None:
            return code.co_name, code.co_filename, code.co_firstlineno
        found = self.lineinfo(arg)
        if not found[0]:
            self.error("The specified object %r is not a function or was not found "
                       "along sys.path." % arg)
            return None
        return found[0], found[1], int(found[2])

    # -- commands: breakpoints
    def do_break(self, arg, temporary=0):
        """b(reak) [([filename:]lineno | function) [, condition]]
        With a line number or function, set a breakpoint there (in filename, default the
        current file); it stops only when condition is true. Without argument, list all
        breakpoints with their hit counts, ignore counts and conditions."""
        if not arg:
            self._breakpoints_listing()
            return
        condition = None
        comma = arg.find(",")
        if comma > 0:
            condition = arg[comma + 1:].lstrip()
            arg = arg[:comma].rstrip()
        filename = funcname = None
        colon = arg.rfind(":")
        if colon >= 0:
            named = arg[:colon].rstrip()
            filename = self.lookupmodule(named)
            if not filename:
                self.error("%r not found from sys.path" % named)
                return
            spot = arg[colon + 1:].lstrip()
            try:
                lineno = int(spot)
            except ValueError:
                self.error("Bad lineno: %s" % spot)
                return
        else:
            try:
                lineno = int(arg)
            except ValueError:
                found = self._function_target(arg)
                if found is None:
                    return
                funcname, filename, lineno = found
        if not filename:
            filename = self.defaultFile()
        lineno = self.checkline(filename, lineno)
        if not lineno:
            return
        problem = self.set_break(filename, lineno, temporary, condition, funcname)
        if problem:
            self.error(problem)
            return
        made = self.get_breaks(filename, lineno)[-1]
        self.message("Breakpoint %d at %s:%d" % (made.number, made.file, made.line))

    def do_tbreak(self, arg):
        """tbreak [ ([filename:]lineno | function) [, condition] ]
        Like break, but the breakpoint is removed when it is first hit."""
        self.do_break(arg, 1)

    def _each_breakpoint(self, arg, action, verb):
        for word in arg.split():
            try:
                bp = self.get_bpbynumber(word)
            except ValueError as why:
                self.error(why)
                continue
            action(bp)
            self.message("%s %s" % (verb, bp))

    def do_enable(self, arg):
        """enable bpnumber [bpnumber ...]
        Enable the given breakpoints."""
        self._each_breakpoint(arg, bdb.Breakpoint.enable, "Enabled")

    def do_disable(self, arg):
        """disable bpnumber [bpnumber ...]
        Disable the given breakpoints: they stay listed but do not stop the program."""
        self._each_breakpoint(arg, bdb.Breakpoint.disable, "Disabled")

    def do_condition(self, arg):
        """condition bpnumber [condition]
        Make the breakpoint stop only when condition is true; without condition it becomes
        unconditional."""
        number, _, condition = arg.partition(" ")
        try:
            bp = self.get_bpbynumber(number.strip())
        except ValueError as why:
            self.error(why)
            return
        bp.cond = condition or None
        if bp.cond:
            self.message("New condition set for breakpoint %d." % bp.number)
        else:
            self.message("Breakpoint %d is now unconditional." % bp.number)

    def do_ignore(self, arg):
        """ignore bpnumber [count]
        Pass the breakpoint count more times before it stops again (0: stop next time)."""
        words = arg.split()
        try:
            count = int(words[1].strip())
        except (IndexError, ValueError):
            count = 0
        try:
            bp = self.get_bpbynumber(words[0].strip() if words else "")
        except ValueError as why:
            self.error(why)
            return
        bp.ignore = count
        if count <= 0:
            self.message("Will stop next time breakpoint %d is reached." % bp.number)
            return
        crossings = "1 crossing" if count == 1 else "%d crossings" % count
        self.message("Will ignore next %s of breakpoint %d." % (crossings, bp.number))

    def do_clear(self, arg):
        """cl(ear) [filename:lineno | bpnumber ...]
        Delete breakpoints: those on a line, those with the given numbers, or (after asking)
        all of them."""
        if not arg:
            try:
                answer = input("Clear all breaks? ")
            except EOFError:
                answer = "no"
            if answer.strip().lower() not in ("y", "yes"):
                return
            doomed = [bp for bp in bdb.Breakpoint.bpbynumber if bp]
            self.clear_all_breaks()
            for bp in doomed:
                self.message("Deleted %s" % bp)
            return
        if ":" in arg:
            filename, _, spot = arg.rpartition(":")
            try:
                lineno = int(spot)
            except ValueError:
                problem = "Invalid line number (%s)" % spot
                doomed = []
            else:
                doomed = list(self.get_breaks(filename, lineno))
                problem = self.clear_break(filename, lineno)
            if problem:
                self.error(problem)
                return
            for bp in doomed:
                self.message("Deleted %s" % bp)
            return
        self._each_breakpoint(arg, lambda bp: self.clear_bpbynumber(str(bp.number)), "Deleted")

    def do_commands(self, arg):
        """commands [bpnumber]
        (com) ...
        (com) end
        Give a breakpoint (default: the last one set) a list of commands run when it stops
        the program; 'silent' first hides the stop location. A command that resumes the
        program (continue, step, next, return, jump, quit) ends the list."""
        if arg:
            try:
                number = int(arg)
            except ValueError:
                self.error("Usage: commands [bnum]\n        ...\n        end")
                return
        else:
            number = len(bdb.Breakpoint.bpbynumber) - 1
        try:
            self.get_bpbynumber(number)
        except ValueError as why:
            self.error("cannot set commands: %s" % why)
            return
        backup = (self.commands.get(number), self.commands_doprompt.get(number),
                  self.commands_silent.get(number))
        self.commands_bnum = number
        self.commands[number] = []
        self.commands_doprompt[number] = True
        self.commands_silent[number] = False
        outer_prompt = self.prompt
        self.prompt = "(com) "
        self.commands_defining = True
        try:
            self.cmdloop()
        except KeyboardInterrupt:
            # interrupted while typing: the breakpoint keeps its previous commands
            if backup[0] is None:
                del self.commands[number], self.commands_doprompt[number], self.commands_silent[number]
            else:
                self.commands[number], self.commands_doprompt[number], self.commands_silent[number] = backup
            self.error("command definition aborted, old commands restored")
        finally:
            self.commands_defining = False
            self.prompt = outer_prompt

    # -- commands: moving through the stack
    def do_where(self, arg):
        """w(here)
        Print the stack, most recent frame last; '>' marks the current frame."""
        self.print_stack_trace()

    def _frame_count(self, arg):
        try:
            return int(arg or 1)
        except ValueError:
            self.error("Invalid frame count (%s)" % arg)
            return None

    def do_up(self, arg):
        """u(p) [count]
        Move count (default one) frames up the stack, to older frames."""
        if self.curindex == 0:
            self.error("Oldest frame")
            return
        count = self._frame_count(arg)
        if count is None:
            return
        self._select_frame(0 if count < 0 else max(0, self.curindex - count))

    def do_down(self, arg):
        """d(own) [count]
        Move count (default one) frames down the stack, to newer frames."""
        newest = len(self.stack) - 1
        if self.curindex == newest:
            self.error("Newest frame")
            return
        count = self._frame_count(arg)
        if count is None:
            return
        self._select_frame(newest if count < 0 else min(newest, self.curindex + count))

    # -- commands: running
    def do_step(self, arg):
        """s(tep)
        Run the current line, stopping at the first chance: in a called function or at the
        next line."""
        self.set_step()
        return 1

    def do_next(self, arg):
        """n(ext)
        Run on until the next line of the current function (or until it returns)."""
        self.set_next(self.curframe)
        return 1

    def do_until(self, arg):
        """unt(il) [lineno]
        Run on until a line past the current one (or past lineno) is reached in the current
        frame, or until it returns."""
        target = None
        if arg:
            try:
                target = int(arg)
            except ValueError:
                self.error("Error in argument: %r" % arg)
                return
            if target <= self.curframe.f_lineno:
                self.error('"until" line number is smaller than current line number')
                return
        self.set_until(self.curframe, target)
        return 1

    def do_return(self, arg):
        """r(eturn)
        Run on until the current function returns."""
        self.set_return(self.curframe)
        return 1

    def do_continue(self, arg):
        """c(ont(inue))
        Run on until a breakpoint is reached."""
        if not self.nosigint:
            try:
                Pdb._previous_sigint_handler = signal.signal(signal.SIGINT, self.sigint_handler)
            except ValueError:
                pass  # not the main thread: Ctrl-C keeps its handler
        self.set_continue()
        return 1

    def sigint_handler(self, signum, frame):
        """Ctrl-C while the program runs on after 'continue': stop where it is."""
        if self.allow_kbdint:
            raise KeyboardInterrupt
        self.message("\nProgram interrupted. (Use 'cont' to resume).")
        self.set_step()
        self.set_trace(frame)

    def do_jump(self, arg):
        """j(ump) lineno
        Make lineno the next line to run (only in the newest frame)."""
        if self.curindex + 1 != len(self.stack):
            self.error("You can only jump within the bottom frame")
            return
        try:
            target = int(arg)
        except ValueError:
            self.error("The 'jump' command requires a line number")
            return
        try:
            self.curframe.f_lineno = target
        except (ValueError, AttributeError) as why:
            self.error("Jump failed: %s" % why)
            return
        self.stack[self.curindex] = (self.curframe, target)
        self.print_stack_entry(self.stack[self.curindex])

    def do_quit(self, arg):
        """q(uit) | exit
        Leave the debugger; the program being run is aborted."""
        self._user_requested_quit = True
        self.set_quit()
        return 1

    def do_EOF(self, arg):
        """EOF
        End of input: leave like quit."""
        self.message("")
        return self.do_quit(arg)

    def do_run(self, arg):
        """run [args...] | restart [args...]
        Restart the script run by 'python -m pdb', with new sys.argv[1:] when given."""
        if arg:
            import shlex
            try:
                words = shlex.split(arg)
            except ValueError as why:
                self.error("Cannot run %s: %s" % (arg, why))
                return
            sys.argv[1:] = words
        raise Restart

    def do_debug(self, arg):
        """debug code
        Step through code (a statement) in a nested debugger, in the current frame's
        namespaces."""
        sys.settrace(None)
        inner = Pdb(self.completekey, self.stdin, self.stdout)
        inner.prompt = "(%s) " % self.prompt.strip()
        self.message("ENTERING RECURSIVE DEBUGGER")
        try:
            sys.call_tracing(inner.run, (arg, self.curframe.f_globals, self.curframe_locals))
        except Exception:
            self._report_exception()
        self.message("LEAVING RECURSIVE DEBUGGER")
        sys.settrace(self.trace_dispatch)
        self.lastcmd = inner.lastcmd

    # -- commands: looking at things
    def do_list(self, arg):
        """l(ist) [first[, last] | .]
        Show source: eleven lines around the current line, then the next eleven on each
        repetition; 'l .' starts over at the current line; 'l N' centres on N; 'l A, B'
        shows A to B (B smaller than A is a count)."""
        self.lastcmd = "list"
        last = None
        if arg and arg != ".":
            try:
                if "," in arg:
                    left, right = arg.split(",")
                    first, last = int(left.strip()), int(right.strip())
                    if last < first:
                        last += first
                else:
                    first = max(1, int(arg.strip()) - 5)
            except ValueError:
                self.error("Error in argument: %r" % arg)
                return
        elif arg == "." or self.lineno is None:
            first = max(1, self.curframe.f_lineno - 5)
        else:
            first = self.lineno + 1
        if last is None:
            last = first + 10
        filename = self.curframe.f_code.co_filename
        marks = self.get_file_breaks(filename)
        source = linecache.getlines(filename, self.curframe.f_globals)
        try:
            self._print_lines(source[first - 1:last], first, marks, self.curframe)
        except KeyboardInterrupt:
            return
        self.lineno = min(last, len(source))
        if len(source) < last:
            self.message("[EOF]")

    def _source_of(self, obj):
        """(lines, number of the first) of a frame's or function's code (a module frame: its
        whole file), or of what inspect finds for other objects."""
        import inspect
        if inspect.ismodule(obj):
            return inspect.findsource(obj)[0], 1
        frame = obj if inspect.isframe(obj) else None
        target = getattr(obj, "__func__", obj)
        code = frame.f_code if frame is not None else getattr(target, "__code__", None)
        if code is None:
            return inspect.getsourcelines(obj)
        scope = frame.f_globals if frame is not None else getattr(target, "__globals__", None)
        lines = linecache.getlines(code.co_filename, scope)
        if not lines:
            raise OSError("could not get source code")
        if frame is not None:
            # reading f_locals again would undo what '!name = value' just changed there
            names = self.curframe_locals if frame is self.curframe else frame.f_locals
            if frame.f_globals is names:
                return lines, 1
        first = code.co_firstlineno
        return _code_block(lines, first - 1), first

    def do_longlist(self, arg):
        """ll | longlist
        Show all the source of the current function or frame."""
        try:
            lines, start = self._source_of(self.curframe)
        except OSError as why:
            self.error(why)
            return
        marks = self.get_file_breaks(self.curframe.f_code.co_filename)
        self._print_lines(lines, start, marks, self.curframe)

    def do_source(self, arg):
        """source expression
        Show the source code of an object."""
        try:
            obj = self._getval(arg)
        except:
            return
        try:
            lines, start = self._source_of(obj)
        except (OSError, TypeError) as why:
            self.error(why)
            return
        self._print_lines(lines, start)

    def do_args(self, arg):
        """a(rgs)
        Show the current function's arguments and their values."""
        code = self.curframe.f_code
        names = self.curframe_locals
        count = code.co_argcount + code.co_kwonlyargcount
        count += bool(code.co_flags & 0x04) + bool(code.co_flags & 0x08)
        for name in code.co_varnames[:count]:
            if name in names:
                self.message("%s = %s" % (name, self._safe_repr(names[name], name)))
            else:
                self.message("%s = *** undefined ***" % (name,))

    def do_retval(self, arg):
        """retval | rv
        Show the value the current function returned."""
        if "__return__" in self.curframe_locals:
            self.message(self._safe_repr(self.curframe_locals["__return__"], "retval"))
        else:
            self.error("Not yet returned!")

    def _show_value(self, arg, render):
        try:
            value = self._getval(arg)
        except:
            return  # _getval reported it
        try:
            text = render(value)
        except:
            self._report_exception()
            return
        self.message(text)

    def do_p(self, arg):
        """p expression
        Show the value of expression."""
        self._show_value(arg, repr)

    def do_pp(self, arg):
        """pp expression
        Show the value of expression, laid out by pprint."""
        self._show_value(arg, pprint.pformat)

    def do_whatis(self, arg):
        """whatis expression
        Show the type of expression."""
        try:
            value = self._getval(arg)
        except:
            return
        method_code = getattr(getattr(value, "__func__", None), "__code__", None)
        if method_code is not None:
            self.message("Method %s" % method_code.co_name)
            return
        func_code = getattr(value, "__code__", None)
        if func_code is not None:
            self.message("Function %s" % func_code.co_name)
            return
        if value.__class__ is type:
            self.message("Class %s.%s" % (value.__module__, value.__qualname__))
            return
        self.message(type(value))

    def do_display(self, arg):
        """display [expression]
        Show expression now, and again at each stop in this frame where its value changed.
        Without expression, list the displayed expressions."""
        shown = self.displaying.setdefault(self.curframe, {}) if arg else self.displaying.get(self.curframe, {})
        if not arg:
            self.message("Currently displaying:")
            for expr, value in shown.items():
                self.message("%s: %s" % (expr, self._safe_repr(value, expr)))
            return
        value = self._getval_except(arg)
        shown[arg] = value
        self.message("display %s: %s" % (arg, self._safe_repr(value, arg)))

    def do_undisplay(self, arg):
        """undisplay [expression]
        Stop displaying expression (or all expressions) in the current frame."""
        if not arg:
            self.displaying.pop(self.curframe, None)
            return
        try:
            del self.displaying.get(self.curframe, {})[arg]
        except KeyError:
            self.error("not displaying %s" % arg)

    def do_interact(self, arg):
        """interact
        Start an interactive interpreter on a copy of the current frame's names."""
        import code
        names = dict(self.curframe.f_globals)
        names.update(self.curframe_locals)
        code.interact("*interactive*", local=names)

    def do_alias(self, arg):
        """alias [name [command]]
        Make name stand for command (%1, %2... are replaced by the arguments, %* by all of
        them). 'alias name' shows one alias, 'alias' all of them."""
        words = arg.split()
        if not words:
            for name in sorted(self.aliases):
                self.message("%s = %s" % (name, self.aliases[name]))
            return
        name = words[0]
        if len(words) == 1:
            if name in self.aliases:
                self.message("%s = %s" % (name, self.aliases[name]))
            else:
                self.error("Unknown alias %r" % name)
            return
        self.aliases[name] = " ".join(words[1:])

    def do_unalias(self, arg):
        """unalias name
        Remove an alias."""
        words = arg.split()
        if words:
            self.aliases.pop(words[0], None)

    def do_help(self, arg):
        """h(elp) [command]
        List the commands, or explain one."""
        if not arg:
            return cmd.Cmd.do_help(self, arg)
        topic = getattr(self, "help_" + arg, None)
        if topic is not None:
            return topic()
        method = getattr(self, "do_" + arg, None)
        if method is None:
            self.error("No help for %r" % arg)
            return None
        if sys.flags.optimize >= 2:
            self.error("No help for %r; please do not run Python with -OO if you need "
                       "command help" % arg)
            return None
        if method.__doc__ is None:
            self.error("No help for %r; __doc__ string missing" % arg)
            return None
        self.message(method.__doc__.rstrip())
        return None

    def help_exec(self):
        """(!) statement
        Run a Python statement in the current frame; the '!' is needed only when the
        statement starts like a debugger command. Assigning a global needs a 'global'
        statement first, on the same line."""
        self.message(self.help_exec.__doc__.rstrip())

    def help_pdb(self):
        help()

    # -- running things under the debugger
    def _run(self, target):
        """Run a script target (python -m pdb), stopping at its first line."""
        self._wait_for_mainpyfile = True
        self._user_requested_quit = False
        self.mainpyfile = self.canonic(target.filename)
        import __main__
        __main__.__dict__.clear()
        __main__.__dict__.update(target.namespace)
        self.run(target.code)


for _name, _others in _ALIASES:
    for _other in _others.split():
        setattr(Pdb, "do_" + _other, getattr(Pdb, "do_" + _name))
del _name, _others, _other


# -- the module's functions
def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    debugger = Pdb()
    if header is not None:
        debugger.message(header)
    debugger.set_trace(sys._getframe().f_back)


def post_mortem(t=None):
    """Examine traceback t (default: the exception being handled) at a (Pdb) prompt."""
    if t is None:
        t = sys.exc_info()[2]
    if t is None:
        raise ValueError("A valid traceback must be passed if no exception is being handled")
    debugger = Pdb()
    debugger.reset()
    debugger.interaction(None, t)


def pm():
    """Post-mortem of the last uncaught exception (sys.last_traceback)."""
    post_mortem(sys.last_traceback)


def test():
    run('print("hello from pdb.test")')


def help():
    """Show this module's documentation."""
    import pydoc
    pydoc.pager(__doc__)


class _ScriptTarget(str):
    """A script file for python -m pdb."""

    def __new__(cls, path):
        return str.__new__(cls, os.path.realpath(path))

    def check(self):
        if not os.path.exists(self):
            print("Error:", self, "does not exist")
            sys.exit(1)
        if os.path.isdir(self):
            print("Error:", self, "is a directory")
            sys.exit(1)
        # the script's folder comes first on the module search path, as when run directly
        sys.path[0] = os.path.dirname(self)

    @property
    def filename(self):
        return str(self)

    @property
    def namespace(self):
        return {"__name__": "__main__", "__file__": str(self), "__builtins__": __builtins__}

    @property
    def code(self):
        with open(self, "rb") as stream:
            text = stream.read()
        return "exec(compile(%r, %r, 'exec'))" % (text, str(self))


class _ModuleTarget(str):
    """A module for python -m pdb -m NAME (a package runs its __main__ submodule)."""

    def check(self):
        import importlib.util
        try:
            spec = importlib.util.find_spec(self)
            if spec is not None and spec.submodule_search_locations is not None:
                spec = importlib.util.find_spec(self + ".__main__")
                if spec is None:
                    raise ImportError("No module named %s.__main__; %r is a package and cannot "
                                      "be directly executed" % (self, str(self)))
            if spec is None or spec.loader is None:
                raise ImportError("No module named %s" % self)
            code = spec.loader.get_code(spec.name)
            if code is None:
                raise ImportError("No code object available for %s" % self)
        except ImportError as why:
            print("ImportError: %s" % why)
            sys.exit(1)
        except Exception:
            traceback.print_exc()
            sys.exit(1)
        self._spec, self._code = spec, code

    @property
    def filename(self):
        return self._code.co_filename

    @property
    def namespace(self):
        spec = self._spec
        return {"__name__": "__main__", "__file__": os.path.normcase(os.path.abspath(spec.origin)),
                "__package__": spec.parent, "__loader__": spec.loader, "__spec__": spec,
                "__builtins__": __builtins__}

    @property
    def code(self):
        return self._code


_usage = """\
usage: pdb.py [-c command] ... [-m module | pyfile] [arg] ...

Debug a Python program: stops at its first line (a (Pdb) prompt; 'help' lists the
commands). When the program ends it starts again; after an uncaught exception the
debugger shows where it happened (post-mortem).

-c command   run a debugger command first (as if read from .pdbrc); repeatable
-m module    debug a module found along sys.path, as python -m does"""


def main():
    import getopt
    options, args = getopt.getopt(sys.argv[1:], "mhc:", ["help", "command="])
    if not args:
        print(_usage)
        sys.exit(2)
    if any(opt in ("-h", "--help") for opt, _ in options):
        print(_usage)
        sys.exit()
    first_commands = [value for opt, value in options if opt in ("-c", "--command")]
    as_module = any(opt == "-m" for opt, _ in options)
    target = (_ModuleTarget if as_module else _ScriptTarget)(args[0])
    target.check()
    sys.argv[:] = args
    debugger = Pdb()
    debugger.rcLines.extend(first_commands)
    while True:
        try:
            debugger._run(target)
        except Restart:
            print("Restarting", target, "with arguments:")
            print("\t" + " ".join(sys.argv[1:]))
            continue
        except SystemExit:
            print("The program exited via sys.exit(). Exit status:", end=" ")
            print(sys.exc_info()[1])
        except SyntaxError:
            traceback.print_exc()
            sys.exit(1)
        except:
            traceback.print_exc()
            print("Uncaught exception. Entering post mortem debugging")
            print("Running 'cont' or 'step' will restart the program")
            debugger.interaction(None, sys.exc_info()[2])
            print("Post mortem debugger finished. The " + target + " will be restarted")
        else:
            if debugger._user_requested_quit:
                break
            print("The program finished and will be restarted")


if __name__ == "__main__":
    import pdb
    pdb.main()
