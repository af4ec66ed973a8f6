# atexit: LIFO order, arguments, unregister, errors in callbacks (reported, the others still run),
# callbacks after an uncaught SystemExit.
import atexit, sys

class Boom:
    def __repr__(self):
        return "<Boom>"
    def __call__(self):
        print("boom runs")
        raise ValueError("boom")

@atexit.register
def first():
    print("registered first, runs last")

def show(*a, **k):
    print("show", a, sorted(k.items()))

atexit.register(show, 1, 2, key="v")
atexit.register(show, "removed")
atexit.unregister(show)
atexit.register(show, "kept", x=1)
atexit.register(Boom())
atexit.register(print, "print as a callback")
print("main body")
sys.exit(4)
