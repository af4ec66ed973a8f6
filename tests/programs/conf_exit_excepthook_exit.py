import sys
def hook(t, v, tb):
    print("hook saw", t.__name__, v)
    sys.exit(7)
sys.excepthook = hook
raise LookupError("nope")
