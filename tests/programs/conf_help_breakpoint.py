def f(a, b=1):
    "Doc of f."
    return a
help(f)
def g(x: int, *args, key=None, **kw) -> str:
    """Summary line.

        Indented details
      here.
    """
help(g)
def nodoc(): pass
help(nodoc)
import sys
def hook(*a, **k):
    print("breakpoint hook", a, k)
    return "r"
sys.breakpointhook = hook
print(breakpoint(1, x=2))
sys.breakpointhook = sys.__breakpointhook__
print(repr(help), repr(exit), repr(quit), copyright.__class__.__name__, type(help).__name__)
class Q:
    def m(self):
        "m doc"
help(Q.m)
help(lambda x, y=2: x)
