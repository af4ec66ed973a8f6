# help() and pydoc: classes (MRO, members by kind, inherited docs of object's slots), functions, lambdas, properties
import pydoc, sys, math, json
class Base:
    """Base doc."""
    kind = "base"
    def hello(self, n=1):
        """Say hello."""
    def _private(self): pass
    @classmethod
    def build(cls): "Build one."
class Point(Base):
    """A 2-D point.

    Second paragraph.
    """
    dims = 2
    origin = None
    __slots__ = ()
    def __init__(self, x, y=0):
        self.x = x
    def norm(self) -> float:
        "Length."
    async def fetch(self): pass
    @property
    def twice(self):
        """Doubled."""
    @twice.setter
    def twice(self, v): pass
    @staticmethod
    def origin2(): pass
    def __repr__(self): return "P"
    def __eq__(self, o): return True
def area(w: float, h: float = 1.0, *args, key=None, **kw) -> float:
    """Return the area."""
lam = lambda x, y=2: x
def nodoc(a, /, b, *, c): pass
help(Point)
help(area)
help(lam)
help(nodoc)
help(Point.norm)
help(Point(1).norm)
help(Point.twice)
print(pydoc.render_doc(area, renderer=pydoc.plaintext))
print(pydoc.describe(Point), pydoc.describe(area), pydoc.describe(sys), pydoc.describe(1))
print(repr(pydoc.getdoc(Point)))
print(pydoc.plain("a\bab\bb"))
