# readline's history and completer interface; rlcompleter's name, keyword and attribute completion
import os, tempfile
import readline, rlcompleter
print(readline.get_history_length(), readline.get_current_history_length(), repr(readline.get_completer_delims()))
for s in ['first', 'second', 'third']:
    readline.add_history(s)
print(readline.get_current_history_length(), readline.get_history_item(1), readline.get_history_item(3), readline.get_history_item(9))
readline.replace_history_item(0, 'FIRST'); readline.remove_history_item(1)
print([readline.get_history_item(i) for i in range(1, readline.get_current_history_length() + 1)])
try:
    readline.remove_history_item(10)
except ValueError as e:
    print('ValueError', e)
path = os.path.join(tempfile.mkdtemp(), 'hist')
readline.write_history_file(path)
readline.clear_history(); print(readline.get_current_history_length())
readline.read_history_file(path); print(readline.get_current_history_length(), readline.get_history_item(2))
readline.parse_and_bind('tab: complete')
print(callable(readline.get_completer()))
readline.set_completer(None); print(readline.get_completer())
ns = {'alpha': 1, 'alpine': len, 'text': 'abc'}
class Thing:
    size = 3
    @property
    def area(self): return 9
    def grow(self): pass
    _hidden = 1
ns['thing'] = Thing()
c = rlcompleter.Completer(ns)
def all_of(text):
    out, i = [], 0
    while (m := c.complete(text, i)) is not None:
        out.append(m); i += 1
    return out
print(all_of('al'), all_of('wh'), all_of('tr'), all_of('fin'), all_of('Tr'), all_of('pas'))
print(all_of('text.up'), all_of('thing.'), all_of('thing._'), all_of('thing.ar'), all_of('nothing.x'))
print(repr(c.complete('', 0)), c.complete('', 1))
try:
    rlcompleter.Completer([1])
except TypeError as e:
    print('TypeError', e)
