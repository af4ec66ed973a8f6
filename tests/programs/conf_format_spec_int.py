def t(v, spec):
    try:
        print(repr(spec), '->', repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), 'EXC', type(e).__name__, e)

for v in [0, 1, -1, 42, -42, 255, 123456789, -987654321, 2**70, True]:
    for spec in ['', 'd', '+d', ' d', '-d', '5d', '<5d', '>5d', '^5d', '=8d', '08d', '+08d', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b',
                 ',', '_', '_x', '_b', ',d', '#010x', 'c', 'n', 'e', '.2f', '%', '.3g', '*^10', '0=10', ' ^10,', '#_o']:
        t(v, spec)
for spec in ['.2d', 's', ',x', ',b', 'z', '=', 'zd', '#c', '+c', ',c', '_,', ',_', '10.2', 'xx', '1000000000000000000000d']:
    t(5, spec)
t(-1, 'c')
t(0x110000, 'c')
t(65, 'c')
t(65, '>3c')
print(format(1234567, ',').replace(',', '.'))
print(f"{12345:_}", f"{12345:,}", f"{-12345:08,}", f"{12345:012_}", f"{0xabcdef:_X}")
print(f"{1234:#_b}")
print(f"{1:{'>'}{5}}")
print('{:{w}.{p}f}'.format(3.14159, w=10, p=3))
print(int.__format__(5, ''), bool.__format__(True, ''), format(True, 'd'), format(False, '>6'))
class I(int):
    def __str__(self): return 'I-str'
    def __repr__(self): return 'I-repr'
print(format(I(3)), format(I(3), ''), format(I(3), 'd'), f"{I(3)}", f"{I(3)!r}", f"{I(3):>5}")
