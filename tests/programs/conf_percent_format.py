def t(fmt, args):
    try:
        print(repr(fmt), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), 'EXC', type(e).__name__, e)
t('%s', 1); t('%s %s', (1, 2)); t('%r', 'a'); t('%a', 'é'); t('%5s|', 'ab'); t('%-5s|', 'ab'); t('%.1s', 'abc')
t('%d', 3.9); t('%i', -3); t('%u', 7); t('%x', 255); t('%X', 255); t('%#x', 255); t('%#o', 8); t('%o', -8)
t('%e', 1.5); t('%E', 1.5); t('%g', 1e-5); t('%G', 1e20); t('%f', 1/3); t('%.2f', 2.675); t('%10.3f|', -1.5)
t('%+d', 5); t('% d', 5); t('%05d', -42); t('%-05d|', 42); t('%c', 65); t('%c', 'x'); t('%%', ()); t('%5%|', ())
t('%(a)s-%(b)r', {'a': 1, 'b': 'x'}); t('%(a)s', {}); t('%s', ()); t('%s %s', (1,)); t('%s', (1, 2)); t('%d', 'x')
t('%x', 1.5); t('%c', 'ab'); t('%c', 0x110000); t('%z', 1); t('%', 1); t('%(a', {'a': 1}); t('%*d', (5, 3)); t('%.*f', (2, 3.14159))
t('%-*d|', (4, 7)); t('%s', [1, 2]); t('%s', ((1, 2),)); t('abc', ()); t('abc', 5); t('abc', [1]); t('abc', {'a': 1})
t('%d', True); t('%s', None); t('%r', b'x'); t('%d', 2**80); t('%x', -255); t('%#X', -255); t('%.3d', 7); t('%.0e', 12345.0)
t('%#.0f', 3.0); t('%#g', 3.0); t('%i', '3')
class D(dict):
    def __missing__(self, k): return k.upper()
t('%(hello)s', D())
t(b'%s' , b'x'); t(b'%d %x', (3, 255)); t(b'%s', 'str'); t(b'%r', 'a'); t(b'%a', 'é'); t(b'%c', 65); t(b'%c', b'z'); t(b'%b', b'q')
t(b'%s', bytearray(b'ba')); t(b'%5s|', b'ab'); t(b'%(k)s', {b'k': b'v'}); t(b'%f', 1.5)
class F:
    def __int__(self): return 4
    def __index__(self): return 5
    def __float__(self): return 6.5
t('%d', F()); t('%x', F()); t('%f', F()); t('%c', F())
class S:
    def __str__(self): return 'S!'
    def __repr__(self): return 'R!'
t('%s %r %a', (S(), S(), S()))
