import sys
def hook(etype, value, tb):
    print("custom hook:", etype.__name__, value, tb.tb_lineno if tb else None)
sys.excepthook = hook
print("before error")
raise LookupError("handled by hook")
