# string.Template subclasses that override `pattern` (a str compiled with flags | VERBOSE)
import re
import string


class Percent(string.Template):
    delimiter = '%'
    pattern = r"""
    %(?:
      (?P<escaped>%) |
      (?P<named>[a-z]+) |
      \[(?P<braced>[a-z]+)\] |
      (?P<invalid>)
    )"""


t = Percent('%who likes %[what] for 100%%')
print(t.substitute(who='tim', what='ham'))
print(t.safe_substitute(who='tim'))
print(t.get_identifiers(), t.is_valid())
print(type(Percent.pattern).__name__, Percent.pattern.flags & re.VERBOSE != 0)
for s in ['% x', 'line\n%', '%']:
    try:
        Percent(s).substitute()
    except ValueError as e:
        print('ValueError', e)
    print(Percent(s).is_valid())


class Upper(string.Template):
    flags = 0
    pattern = r'\$(?:(?P<escaped>\$)|(?P<named>[A-Z]+)|\{(?P<braced>[A-Z]+)\}|(?P<invalid>))'


print(Upper('$AB $cd ${EF}').safe_substitute(AB=1, EF=2, cd=3))


class NoGroups(string.Template):
    pattern = r'\$(?P<other>x)'


for call in (lambda: NoGroups('$x').substitute(x=1), lambda: NoGroups('ab').substitute(),
             lambda: NoGroups('$x').get_identifiers()):
    try:
        print(call())
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e.args[0])

try:
    class Compiled(string.Template):
        pattern = re.compile(r'\$(?P<named>\w+)')
except ValueError as e:
    print('ValueError', e)
