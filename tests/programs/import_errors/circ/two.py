from .one import f
def g(): pass
