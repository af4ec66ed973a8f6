"""Line-oriented command interpreters: subclass Cmd, write do_<name>(self, arg) methods, call
cmdloop(). 'help' lists the commands (those with docstrings or help_<name> methods as documented,
help_<topic> methods without a command as topics); '?x' means 'help x', '!x' means 'shell x' when
there is a do_shell; an empty line repeats the last command."""

import string
import sys

__all__ = ['Cmd']

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


def _layout(words, width):
    """(rows, column widths) of the narrowest-height table of words, column-major, columns two
    spaces apart, that fits in width; one column when nothing else does."""
    count = len(words)
    for rows in range(1, count):
        cols = -(-count // rows)
        widths = []
        total = -2
        for c in range(cols):
            column = words[c * rows:(c + 1) * rows]
            widths.append(max(len(w) for w in column))
            total += widths[-1] + 2
            if total > width:
                break
        if total <= width:
            return rows, widths
    return count, [0]


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ''
    doc_header = 'Documented commands (type help <topic>):'
    misc_header = 'Miscellaneous help topics:'
    undoc_header = 'Undocumented commands:'
    nohelp = '*** No help on %s'
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # -- the loop
    def _read(self):
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        got = self.stdin.readline()
        return got.rstrip('\r\n') if got else 'EOF'

    def cmdloop(self, intro=None):
        """Read commands and run them until one's method returns a true value."""
        self.preloop()
        saved = self._hook_completion()
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + '\n')
            done = None
            while not done:
                line = self.precmd(self._read())
                done = self.postcmd(self.onecmd(line), line)
            self.postloop()
        finally:
            self._unhook_completion(saved)

    def _hook_completion(self):
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        previous = readline.get_completer()
        readline.set_completer(self.complete)
        readline.parse_and_bind(self.completekey + ': complete')
        return (readline, previous)

    def _unhook_completion(self, saved):
        if saved is not None:
            saved[0].set_completer(saved[1])

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    # -- parsing and dispatch
    def parseline(self, line):
        """(command, argument, line) of a line; command None when there is none."""
        line = line.strip()
        if not line:
            return None, None, line
        if line.startswith('?'):
            line = 'help ' + line[1:]
        elif line.startswith('!'):
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one line; returns what the command's method returns (true ends cmdloop)."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if not command:
            return self.default(line)
        method = getattr(self, 'do_' + command, None)
        if method is None:
            return self.default(line)
        return method(arg)

    def emptyline(self):
        """An empty line repeats the last command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # -- completion
    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        start = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(start)]

    def complete(self, text, state):
        """readline's completer: command names first, then complete_<command>'s answers."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            stripped = whole.lstrip()
            shift = len(whole) - len(stripped)
            begin = readline.get_begidx() - shift
            end = readline.get_endidx() - shift
            if begin > 0:
                command, args, _ = self.parseline(stripped)
                finder = self.completedefault if not command else getattr(self, 'complete_' + command, self.completedefault)
            else:
                finder = self.completenames
            self.completion_matches = finder(text, stripped, begin, end)
        matches = self.completion_matches
        return matches[state] if state < len(matches) else None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        found = set(self.completenames(*args))
        found.update(name[5:] for name in self.get_names() if name.startswith('help_' + args[0]))
        return list(found)

    # -- help
    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = self.get_names()
        topics = {name[5:] for name in names if name.startswith('help_')}
        documented, undocumented = [], []
        for name in sorted(set(names)):
            if not name.startswith('do_'):
                continue
            command = name[3:]
            if command in topics:
                topics.discard(command)
                documented.append(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write('%s\n' % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, arg):
        helper = getattr(self, 'help_' + arg, None)
        if helper is not None:
            helper()
            return
        method = getattr(self, 'do_' + arg, None)
        text = getattr(method, '__doc__', None) if method is not None else None
        if text:
            self.stdout.write('%s\n' % str(text))
        else:
            self.stdout.write('%s\n' % str(self.nohelp % (arg,)))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write('%s\n' % str(header))
        if self.ruler:
            self.stdout.write('%s\n' % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write('\n')

    def columnize(self, list, displaywidth=80):
        """Write the strings of list in as few rows as fit in displaywidth columns."""
        if not list:
            self.stdout.write('<empty>\n')
            return
        bad = [str(i) for i, item in enumerate(list) if not isinstance(item, str)]
        if bad:
            raise TypeError('list[i] not a string for i in %s' % ', '.join(bad))
        if len(list) == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        rows, widths = _layout(list, displaywidth)
        for r in range(rows):
            cells = list[r::rows][:len(widths)]
            while cells and not cells[-1]:
                cells.pop()
            padded = [cell.ljust(widths[k]) for k, cell in enumerate(cells)]
            self.stdout.write('%s\n' % str('  '.join(padded)))
