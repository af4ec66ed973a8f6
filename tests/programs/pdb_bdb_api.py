# bdb for debugger builders: a Bdb subclass's user_call/user_line/user_return/user_exception hooks driven by set_step/set_next/set_return/set_until/set_continue/set_quit; set_break/clear_break/get_break/get_breaks/get_file_breaks/get_all_breaks, Breakpoint.bpbynumber/bplist/bpformat, get_bpbynumber errors, canonic, format_stack_entry, get_stack, run/runeval/runcall, skip patterns
import bdb
import os
import sys

def short(frame):
    return "%s:%d" % (frame.f_code.co_name, frame.f_lineno)

class Scripted(bdb.Bdb):
    """Answers each stop with the next action of a script."""

    def __init__(self, actions, **kw):
        super().__init__(**kw)
        self.actions = list(actions)
        self.log = []

    def act(self, frame):
        action = self.actions.pop(0) if self.actions else "continue"
        if action == "step":
            self.set_step()
        elif action == "next":
            self.set_next(frame)
        elif action == "return":
            self.set_return(frame)
        elif action == "until":
            self.set_until(frame)
        elif action.startswith("until "):
            self.set_until(frame, int(action.split()[1]))
        elif action == "quit":
            self.set_quit()
        else:
            self.set_continue()

    def user_call(self, frame, args):
        if not self.stop_here(frame):
            return
        self.log.append("call " + short(frame))
        self.act(frame)

    def user_line(self, frame):
        self.log.append("line " + short(frame))
        self.act(frame)

    def user_return(self, frame, value):
        self.log.append("return %s %r" % (short(frame), value))
        self.act(frame)

    def user_exception(self, frame, info):
        self.log.append("exception %s %s" % (short(frame), info[0].__name__))
        self.act(frame)

    def do_clear(self, arg):
        self.log.append("clear " + arg)
        self.clear_bpbynumber(arg)

def helper(n):
    total = 0
    for i in range(n):
        total += i
    return total

def fails():
    raise KeyError("k")

def program(n):
    a = helper(n)
    b = helper(a)
    try:
        fails()
    except KeyError:
        pass
    return a + b

def run(actions, func=program, arg=3, **kw):
    dbg = Scripted(actions, **kw)
    result = dbg.runcall(func, arg)
    print(result, dbg.log)
    return dbg

run(["step"] * 8)
run(["next", "next", "step", "return", "next", "quit"])
run(["next", "step", "next", "until", "until", "next", "next"])
run(["next", "step", "until 59", "continue"])
run(["step", "step", "next", "next", "next", "next", "next", "next", "next"])

this = helper.__code__.co_filename
dbg = Scripted(["continue"] * 10)
print(dbg.set_break(this, 59))
print(dbg.set_break(this, 59, cond="i == 2"))
print(dbg.set_break(this, 60, temporary=True))
print(dbg.set_break(this, 99999))
print(dbg.get_break(this, 59), dbg.get_break(this, 58), len(dbg.get_breaks(this, 59)), dbg.get_breaks(this, 1))
print(sorted(dbg.get_file_breaks(this)), list(dbg.get_all_breaks().values()))
for bp in bdb.Breakpoint.bpbynumber:
    if bp:
        print(bp.bpformat())
        print(str(bp).replace(this, "FILE"))
print(sorted(k[1] for k in bdb.Breakpoint.bplist))
print(dbg.runcall(program, 3), dbg.log)
for bp in bdb.Breakpoint.bpbynumber:
    if bp:
        print(bp.number, bp.hits, bp.enabled, bp.temporary)
for arg in ("", "x", "99", "3", "1"):
    try:
        print(dbg.get_bpbynumber(arg))
    except ValueError as e:
        print("ValueError:", e)
print(dbg.clear_break(this, 58))
print(dbg.clear_bpbynumber(1))
print(dbg.clear_bpbynumber(1))
print(dbg.clear_break(this, 59))
print(dbg.clear_all_file_breaks(this))
print(dbg.clear_all_breaks())
print(dbg.clear_break("nowhere.py", 1).replace(os.getcwd(), "CWD"))

print(dbg.canonic("<string>"), dbg.canonic("x.py") == os.path.abspath("x.py"))
frame = sys._getframe()
entry = dbg.format_stack_entry((frame, frame.f_lineno))
print(entry.replace(this, "FILE"))
print(dbg.format_stack_entry((frame, frame.f_lineno), "|").replace(this, "FILE"))
stack, index = dbg.get_stack(frame, None)
print(len(stack) >= 1, index == len(stack) - 1)

d2 = Scripted(["step", "step", "continue"])
d2.run("x = 1\ny = x + 1\n", {}, None)
print(d2.log)
d3 = Scripted(["step", "return", "continue"])
print(d3.runeval("helper(4) * 2", globals()), d3.log)
d4 = Scripted(["step", "continue"], skip=["os*", "posixpath"])
def uses_os():
    return os.path.join("a", "b")
print(d4.runcall(uses_os), d4.log)
print(d4.is_skipped_module("os.path"), d4.is_skipped_module("mine"), d4.is_skipped_module(None))
