import sys, io
print(1, 2, sep=None, end=None)
print(1, 2, sep='', end='|\n')
print(file=None)
print('a', 'b', sep='\n')
print()
print(*[], sep='x')
print(*'abc', sep=', ')
for bad in [dict(sep=1), dict(end=b'x'), dict(file=1), dict(flush='yes'), dict(bogus=1)]:
    try:
        print('x', **bad)
    except Exception as e:
        print(type(e).__name__, e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W(); print('hello', 42, file=w); print(w.parts)
class NoFlush:
    def write(self, s): pass
try: print('x', file=NoFlush(), flush=True)
except AttributeError as e: print(e)
buf = io.StringIO(); print('to buf', end='', file=buf); print(repr(buf.getvalue()))
try: sys.stdout.write(5)
except TypeError as e: print(e)
print(sys.stdout.write('written\n'))
class S:
    def __str__(self): return 'S-str'
print(S(), [S()] if False else '', str(S()))
class BadStr:
    def __str__(self): return 5
try: print(BadStr())
except TypeError as e: print(e)
try: str(BadStr())
except TypeError as e: print(e)
class BadRepr:
    def __repr__(self): return None
try: repr(BadRepr())
except TypeError as e: print(e)
try: print([BadRepr()])
except TypeError as e: print(e)
print(repr('a\tb\x00\u0085\u2028'), ascii('\u2028'), str(b'\x00'), repr(r'\n'))
sys.stdout.writelines(['l1\n', 'l2\n'])
print('end', flush=True)
