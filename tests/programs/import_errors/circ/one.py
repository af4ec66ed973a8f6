from .two import g
def f(): pass
