import string
from string import Template, Formatter
import random
def attempt(f, *a):
    try: return f(*a)
    except Exception as e: return (type(e).__name__, str(e))
# --- constants
string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits, string.punctuation, string.whitespace, string.printable
sorted(string.__all__)
string.capwords('  hello   world '), string.capwords('a-b-c', '-'), string.capwords(''), string.capwords("they're bill's friends")
# --- Template
t = Template('$who likes $$ ${what}')
t.substitute(who='tim', what='kung pao'), t.substitute({'who': 1, 'what': 2}), t.substitute({'who': 1}, what=3)
t.substitute(who=1)
t.safe_substitute(), t.safe_substitute(who='x'), t.template
Template('$1').substitute()
Template('x $').substitute()
Template('${a').substitute(a=1)
Template('ab\n cd $').substitute()
Template('ab\n\ncd\n $!').substitute()
Template('$').safe_substitute(), Template('${a').safe_substitute(), Template('$$$a$').safe_substitute(a=5)
t.get_identifiers(), Template('$a $b ${a} $$c $ ').get_identifiers(), t.is_valid(), Template('$1').is_valid()
Template('$a_b1c.$Ab $_ $9').safe_substitute(a_b1c='X', Ab='Y', _='Z')
Template('${ä} $ä').safe_substitute()
Template('$a$b${c}d').substitute(a=1, b=2, c=3)
class Pct(Template):
    delimiter = '%'
Pct('%who %% %{x}').substitute(who=1, x=2)
class Multi(Template):
    delimiter = '<<'
Multi('<<a <<<< <<{b} <<').safe_substitute(a=1, b=2)
class Upper(Template):
    idpattern = r'[A-Z]+'
    flags = 0
Upper('$AB $cd').safe_substitute(AB=1, cd=2)
class Brace(Template):
    braceidpattern = r'[a-z ]+'
Brace('${a b} $x').safe_substitute({'a b': 1, 'x': 2})
Template(5)
Template('$x').substitute(x=[1])
# --- Formatter
f = Formatter()
f.format('{0} {1} {0}', 'a', 'b'), f.format('{} {}', 1, 2), f.format('{x!r:>{w}}', x='s', w=6), f.format('{0[1]} {a.real}', [5, 6], a=3j)
f.format('{:{}}', 'x', 4), f.format('{0:{1}.{2}f}', 3.14159, 8, 2), f.format('{{}} {}', 1), f.format('{!a}', 'é')
f.format('{0!x}', 1)
f.format('{', 1)
f.format('}', 1)
f.format('{0}{}', 1)
f.format('{}{0}', 1)
f.format('{a.b[0]}', a=1)
f.format('{0:{1:{2}}}', 1, 2, 3)
f.format('{:{:{:{}}}}', 1, 2, 3, 4)
f.format('{2}', 1)
f.format('{x}')
list(f.parse('a{0!r:>{1}}b{{c}}')), list(f.parse('')), list(f.parse('{}')), list(f.parse('x{a[}]}'))
f.parse(5)
f.get_field('a.b', (), {'a': 1j}) if False else f.get_field('0[0]', ([9],), {})
f.vformat('{a}{b}', (), {'a': 1, 'b': 2}), f.convert_field(1, 'r'), f.format_field(3.5, '.3f')
class Loud(Formatter):
    def get_value(self, key, args, kwargs):
        return str(key).upper() if isinstance(key, str) else super().get_value(key, args, kwargs)
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))
Loud().format('{x} {0}', 'arg')
rng = random.Random(7)
alpha = '{}[]!:.a0 r>'
strs = [''.join(rng.choice(alpha) for _ in range(rng.randrange(10))) for _ in range(3000)]
[attempt(lambda s: list(f.parse(s)), s) for s in strs]
[attempt(lambda s: f.format(s, 1, 2, a=[0], r={}), s) for s in strs[:1000]]
