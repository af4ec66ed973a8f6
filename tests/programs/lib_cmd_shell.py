# cmd.Cmd: a command loop over a file, help listings (documented, topics, undocumented), ?/!,
# empty line repeating the last command, parseline, columnize layouts
import cmd, io
class Shell(cmd.Cmd):
    intro = 'Welcome.'
    prompt = '(s) '
    def do_greet(self, arg):
        "Greet someone: greet NAME"
        print('hello', arg or 'world')
    def do_add(self, arg):
        print(sum(map(int, arg.split())))
    def help_add(self):
        print('add numbers')
    def do_quit(self, arg):
        'Quit.'
        return True
    def help_topic(self): print('a topic')
    def do_x1(self, a): pass
    def do_x2(self, a): pass
    def do_EOF(self, a): return True
    def precmd(self, line):
        return line.replace('plus', 'add')
    def postloop(self):
        print('bye')
inp = io.StringIO("greet\ngreet bob\nadd 1 2 3\n\nhelp\nhelp greet\nhelp add\nhelp nope\nbogus 1\n?\n!ls\nplus 4 5\nquit\n")
s = Shell(stdin=inp); s.use_rawinput = False
s.cmdloop()
print(s.parseline("greet bob"), s.parseline("?x"), s.parseline(""), s.parseline("!x"), s.lastcmd)
s.columnize([str(i) * (i % 5 + 1) for i in range(30)], displaywidth=40)
s.columnize([])
s.columnize(['one'])
s.columnize(['a' * 50, 'b' * 50], displaywidth=60)
s.columnize(['x', '', 'y', ''], displaywidth=3)
try:
    s.columnize(['a', 1, 'b', None])
except TypeError as e:
    print(e)
class Sh2(cmd.Cmd):
    def do_shell(self, a): print('shell:', a)
    def do_EOF(self, a): print(); return True
s2 = Sh2(stdin=io.StringIO("!echo hi\n"), stdout=io.StringIO()); s2.use_rawinput = False
s2.cmdloop(); print(repr(s2.stdout.getvalue()))
print(sorted(s.completenames('x')), sorted(s.complete_help('a')))
