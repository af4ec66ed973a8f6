# compile() of parsed trees with one field or attribute replaced (None, a node of the wrong kind,
# bad positions): the exception python3 raises, or success.
import ast, sys
SRC = '''
import a.b as c
from .x import y
def f(a, b=1, *c, d, e=2, **g) -> int:
    global q
    x: int = 1
    for i in range(3):
        if i: continue
        else: break
    while x: x -= 1
    with open(a) as h: pass
    try: pass
    except E as e: raise X from e
    finally: pass
    return [i for i in y if i], {k: v for k, v in z}, (lambda p: p)(1), f"{x!r:>3}", a[1:2], -x, a and b, a < b
class C(B, metaclass=M):
    @dec
    async def m(self): await x; yield; del a[0]
match p:
    case [1, *r] | {"k": 1, **r} | P(1, a=r) | (None as r): pass
'''
base = ast.parse(SRC)
nodes = [n for n in ast.walk(base)]
results = []
count = 0
for idx, node in enumerate(nodes):
    if idx % 3:
        continue
    for field in node._fields + tuple(getattr(node, '_attributes', ())):
        for repl in (None, 5) if field != 'conversion' else ():
            tree = ast.parse(SRC)
            target = list(ast.walk(tree))[idx]
            try:
                old = getattr(target, field)
            except AttributeError:
                continue
            setattr(target, field, repl)
            try:
                compile(tree, '<fuzz>', 'exec')
                r = 'ok'
            except RecursionError:
                r = 'RecursionError'
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e).split(' object at ')[0]
            count += 1
            print(type(target).__name__, field, type(repl).__name__, r.split(" (<fuzz>")[0])
print(count)
