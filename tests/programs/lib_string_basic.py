import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords('  hello   wORLD  foo '), string.capwords('a-b c-d', '-'), string.capwords(''))
t = string.Template('$who likes ${what}, costs $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='tim'), t.template, t.get_identifiers(), t.is_valid())
for tpl, kw in (('$missing', {}), ('${bad', {}), ('$', {}), ('x $1y', {})):
    try:
        print(string.Template(tpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template('$a ${a} $$').safe_substitute({'a': 1}), string.Template('$b').safe_substitute(), string.Template('${x}y').substitute({'x': 'X'}, x='kw'))
class Pct(string.Template):
    delimiter = '%'
print(Pct('%who is %{age}').substitute(who='me', age=3))
class Up(string.Template):
    idpattern = r'[A-Z]+'
print(Up('$ABC $def').safe_substitute(ABC='x', def_='y'))
f = string.Formatter()
print(f.format('{0} {name!r} {x:>5} {y[1]} {z.real}', 'a', name='n', x=3, y=[1, 2], z=2j))
print(list(f.parse('a{0}b{x!s:^3}c{{}}')), f.vformat('{} {}', (1, 2), {}))
for spec in ('{', '}', '{0!z}', '{0', '{:}'):
    try:
        print(repr(f.format(spec, 1)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
class Loud(string.Formatter):
    def convert_field(self, value, conversion):
        return str(value).upper() if conversion == 'u' else super().convert_field(value, conversion)
print(Loud().format('{0!u} {1}', 'abc', 'def'))
