class P:
    x = 3
    items = [10, 20, 30]
    d = {'k': 'v', 1: 'one'}
    def __format__(self, spec):
        return f'P<{spec}>'
def t(fmt, *a, **k):
    try:
        print(repr(fmt), '->', repr(fmt.format(*a, **k)))
    except Exception as e:
        print(repr(fmt), 'EXC', type(e).__name__, e)
p = P()
t('{0.x} {0.items[1]} {0.d[k]} {0.d[1]}', p)
t('{} {}', 1, 2); t('{0} {0} {1}', 'a', 'b'); t('{} {1}', 1, 2); t('{1} {}', 1, 2); t('{}', ); t('{2}', 1)
t('{a}', b=1); t('{0[0]}', [5]); t('{0[-1]}', [5]); t('{0.nope}', p); t('{!r}', 'q'); t('{!s:>4}', 1); t('{!a}', 'ü')
t('{!x}', 1); t('{:>{}}', 'a', 4); t('{:{}{}}', 'a', '>', 3); t('{{}} {{{}}}', 7); t('}'); t('{'); t('{0!}', 1); t('{:abc}', 1)
t('{0:{1}}', 3.14159, '.2f'); t('{p}', p=p); t('{p:xyz}', p=p); t('{0[k]}', {'k': 1}); t('{0[key with space]}', {'key with space': 2})
t('{0.__class__.__name__}', 1); t('{.real}', 3); t('{[0]}', 'xy'); t('{0]}', 1); t('{0[}', 1); t('{0..x}', p); t('{0.}', p)
t('{:=^10}', 'mid'); t('{:*<+8.2f}', 3.14159); t('{:#>#10x}', 255); t('{0:{fill}{align}{width}}', 'z', fill='-', align='^', width=7)
t('{:{}}', 'x', '{'); t('{0:{1:{2}}}', 1, 2, 3); t('{:%Y}', 1)
print('{a.real}'.format_map({'a': 4}))
class M(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{x} {y}'.format_map(M(x=1)))
print(format('abc', '^7'), format('abc', '.2'), format('abc', '>3.1'), format('', '*^3'))
for bad in ['d', '=5', '+', ',', '#']:
    try:
        print(format('abc', bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
for v in [None, [1], (1,), {1: 2}, object]:
    try:
        print(format(v, ''), end=' | ')
        print(format(v, '>5'))
    except Exception as e:
        print(type(e).__name__, e)
x = 5; name = 'Ann'
print(f'{x=}', f'{x = }', f'{x=:>4}', f'{x=!s}', f'{name=}', f'{name=!s}', f'{x*2=}', f'{x+1 = :03d}')
print(f'{"quoted"!r}', f'{3.0!s:>6}', f'{[1, 2]=}', f"{'a' 'b'}", f'{x:{"^"}{10}}')
print(f'{{}}', f'{{{x}}}', f'{x!r:^5}|')
print(f'{x:}', f'{1e3:_>+10.1f}')
import datetime
print(f'{datetime.date(2024, 1, 5):%Y/%m/%d}', '{:%d.%m}'.format(datetime.date(2020, 12, 31)))
print(format(complex(1, 2)), format(1+2j, '>10'), format(1.5-2j, '.2f'), format(-0j, ''), format(complex(0, 1), 'e'), format(1j, '^12.1f'))
for bad in ['=10', '010', 'd', 'c']:
    try:
        print(format(1+1j, bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(repr(complex(1e16, -0.0)), repr(complex(-0.0, 0)), repr(complex('nan+infj')), complex('  (1+2j) '), complex(1, 2) ** 2, (1+2j) / (3-4j))
for bad in ['1+', '(1+2j', 'j1', '1 + 2j', '']:
    try:
        print(complex(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    (1+0j) / 0
except Exception as e:
    print(type(e).__name__, e)
try:
    (1+0j) % 2
except Exception as e:
    print(type(e).__name__, e)
try:
    (1+0j) < 2
except Exception as e:
    print(type(e).__name__, e)
print(abs(3+4j), (1+2j).conjugate(), complex(2), complex(real=1, imag=2), pow(1j, 2), 0j ** 0)
