# code / codeop: incomplete-input detection and the interactive console (differential against CPython 3.11)
import code
import codeop
import sys

for src in ["x = 1", "x = (", "if x:", "if x:\n  y\n", "1+", "def f():\n  return 1", "def f():\n  return 1\n",
            "", "# just a comment", "\n\n", "1 +* 2", "x = 1\\", "'''abc", "if 1:\n  pass\nelse", "lambda: (yield)",
            "for i in range(3):\n    print(i)\n", "a b", "print('hi')", "@dec", "class A:\n  x = 1\n\n", "1 if"]:
    try:
        c = codeop.compile_command(src)
        print(repr(src), "code" if c is not None else None)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg, e.lineno)
print(codeop.compile_command("1 + 1", "<expr>", "eval") is not None, codeop.compile_command("(1 +", symbol="eval"))
try:
    codeop.compile_command("1 +", symbol="exec")
except SyntaxError as e:
    print("SyntaxError", e)
cc = codeop.CommandCompiler()
print(cc("from __future__ import annotations") is not None, bool(cc.compiler.flags & 0x1000000))
print(codeop.PyCF_DONT_IMPLY_DEDENT, codeop.PyCF_ALLOW_INCOMPLETE_INPUT)


class Console(code.InteractiveConsole):
    def __init__(self, lines):
        super().__init__({"__name__": "__console__"}, filename="<console>")
        self.lines = list(lines)
        self.log = []

    def raw_input(self, prompt=""):
        if not self.lines:
            raise EOFError
        line = self.lines.pop(0)
        self.log.append(prompt + line)
        return line

    def write(self, data):
        self.log.append("ERR:" + data)


c = Console(["x = 6 * 7", "x", "def f(n):", "    return n * 2", "", "f(x)", "1/0", "if x:", "  print('yes')", "",
             "1 +* 2", "undefined_name", "for i in range(2): i", "", "print('a'); print('b')", "raise ValueError('v')",
             "class C:", "  def m(self):", "    return 'm'", "", "C().m()"])
old = sys.stdout
import io
sys.stdout = buf = io.StringIO()
try:
    c.interact(banner="hello console", exitmsg="bye")
finally:
    sys.stdout = old
for entry in c.log:
    print(repr(entry))
print(repr(buf.getvalue()))
print(c.locals["x"], sorted(k for k in c.locals if k != "__builtins__"))

ii = code.InteractiveInterpreter()
print(ii.runsource("y = 3"), ii.runsource("if y:"), ii.locals["y"], ii.locals["__name__"])
c2 = Console(["2 + 2"])
sys.stdout = buf = io.StringIO()
try:
    c2.interact(banner="", exitmsg="")
finally:
    sys.stdout = old
print(c2.log, repr(buf.getvalue()))
print(c2.push("a = 1"), c2.push("if a:"), c2.push("  a = 2"), c2.push(""), c2.locals["a"])
