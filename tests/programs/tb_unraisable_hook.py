import sys
def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.err_msg, type(u.object).__name__, u.exc_traceback.tb_lineno if u.exc_traceback else None)
sys.unraisablehook = hook
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        raise RuntimeError("failed to close " + self.name)
r = Resource("one")
del r
def stubborn():
    try:
        yield 1
    finally:
        raise ValueError("error during generator cleanup")
g = stubborn()
next(g)
del g
def ignore_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            pass
g2 = ignore_exit()
next(g2)
del g2
print(sys.unraisablehook is hook, sys.__unraisablehook__ is not hook)
sys.unraisablehook = sys.__unraisablehook__

print("done")
