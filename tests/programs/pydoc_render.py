# pydoc: dataclasses, namedtuples, generators, module pages (NAME/DESCRIPTION/CLASSES tree/FUNCTIONS/DATA/FILE), describe, locate, unknown names
import pydoc, collections, dataclasses, sys, types
Pair = collections.namedtuple('Pair', 'left right')
@dataclasses.dataclass
class Item:
    """An item."""
    name: str
    qty: int = 0
    def total(self, price: float) -> float:
        return self.qty * price
class MyError(ValueError):
    """Something failed."""
class Dict2(dict):
    def extra(self): "extra"
def gen():
    "A generator."
    yield 1
print(pydoc.render_doc(Item, renderer=pydoc.plaintext))
print(pydoc.render_doc(gen, renderer=pydoc.plaintext))
print(pydoc.render_doc(Pair(1, 2), renderer=pydoc.plaintext)[:300])
m = types.ModuleType('mymod', 'My module.\n\nLonger description.')
exec('''
"""My module.

Longer description here.
"""
X = 1
NAMES = ['a', 'b']
def f(a, b=2):
    """Add things."""
    return a + b
class K:
    "K doc"
    def m(self): pass
class L(K): pass
''', m.__dict__)
sys.modules['mymod'] = m
m.f.__module__ = 'mymod'; m.K.__module__ = 'mymod'; m.L.__module__ = 'mymod'
print(pydoc.render_doc(m, renderer=pydoc.plaintext).replace(m.__dict__.get('__file__', ''), ''))
print(pydoc.getdoc(Item.total) == '', repr(pydoc.getdoc(MyError)))
print(pydoc.describe(len), pydoc.describe(print))
print(pydoc.render_doc('collections.namedtuple', renderer=pydoc.plaintext).splitlines()[0])
help('definitely_not_a_module')
